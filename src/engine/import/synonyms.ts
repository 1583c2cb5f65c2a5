// The documented tables of SPEC §9 (docs/workbook.md “导入”): which header of another table can
// serve as which column of a ledger, and which words of a service system's export mean which
// 来源. One table for the import plan and for the explanation of unread sheets, so what validate
// says "could serve" is exactly what the import takes.
import { EVENT_SOURCES } from '../rules/lists';
import { labelKey, toHalfWidth } from '../text';

/** Ledger columns an import can fill (keys of EVENT_TABLE). */
export type ImportField =
  | 'date'
  | 'unit'
  | 'source'
  | 'clause'
  | 'level'
  | 'description'
  | 'person'
  | 'override'
  | 'causeFound'
  | 'handled'
  | 'fixed'
  | 'remark'
  | 'finding'
  | 'ticket';

/**
 * Field → headers that mean it, the ledger's own header first. Compared by labelKey (spaces,
 * width, case and a trailing '*' ignored). 扣分 and 罚款 are not here: points and fines are
 * computed from 等级, never imported (a clerk's numbers go into 备注, see KEPT_IN_REMARK).
 */
export const HEADER_SYNONYMS: Readonly<Record<ImportField, readonly string[]>> = {
  date: ['日期', '受理时间', '发生时间', '登记日期', '发生日期', '受理日期', '登记时间', '来信日期', '投诉时间', '时间', 'Date'],
  unit: ['单位', '责任单位', '供电单位', '所属单位', '责任部门', '被考核单位', '考核单位', '单位名称', '所属供电所', 'Unit'],
  source: ['来源', '工单类型', '渠道', '受理渠道', '业务类型', '问题来源', '考核来源', '信息来源', 'Source'],
  clause: ['条款', '考核条款', '依据条款', '违反条款', 'Clause'],
  level: ['等级', '考核等级', '处罚等级', '问题等级', 'Level'],
  description: [
    '事项描述',
    '问题',
    '工单内容',
    '诉求内容',
    '反映内容',
    '问题描述',
    '事项',
    '内容',
    '考核事项',
    '投诉内容',
    '来信内容',
    'Description',
  ],
  person: ['直接责任人', '责任人', '当事人', 'Person'],
  override: ['扣分调整', 'Override'],
  causeFound: ['原因查清', 'CauseFound'],
  handled: ['责任处理', 'Handled'],
  fixed: ['整改落实', 'Fixed'],
  remark: ['备注', '说明', 'Remark'],
  finding: ['认定', '认定结果', 'Finding'],
  ticket: ['工单编号', '工单号', '编号', '工单流水号', '业务编号', '来信编号', 'TicketNo'],
};

/** The ledger's own header of each field (what a created ledger and an added column are called). */
export const LEDGER_HEADER: Readonly<Record<ImportField, string>> = Object.fromEntries(
  Object.entries(HEADER_SYNONYMS).map(([k, v]) => [k, v[0]]),
) as Record<ImportField, string>;

/**
 * Columns of a clerk's own ledger that the tool computes (扣分, 罚款 …): not imported as such, but
 * their values are kept in 备注 of the imported row (「原表 扣分 2;罚款 200」), so nothing is lost
 * and the clerk can compare with what QS Assess computes.
 */
export const KEPT_IN_REMARK: readonly string[] = ['扣分', '罚款', '考核扣分', '扣款', '考核金额', '罚款金额', '得分'];

const byLabel = new Map<string, ImportField>();
for (const [field, names] of Object.entries(HEADER_SYNONYMS) as [ImportField, readonly string[]][]) {
  for (const n of names) if (!byLabel.has(labelKey(n))) byLabel.set(labelKey(n), field);
}
const keptLabels = new Set(KEPT_IN_REMARK.map(labelKey));

/** The field a header names by the synonym table, or null. A bilingual '日期(Date)' counts as its first part. */
export function fieldOfHeader(header: string): ImportField | null {
  const k = labelKey(header);
  const hit = byLabel.get(k);
  if (hit) return hit;
  const b = k.search(/[(（]/);
  return b > 0 ? (byLabel.get(k.slice(0, b)) ?? null) : null;
}

/** True for a header whose values go into 备注 (扣分, 罚款 …). */
export function isKeptInRemark(header: string): boolean {
  return keptLabels.has(labelKey(header));
}

/**
 * The export's words → 来源 (SPEC §9), tried in order on the half-width text: the first rule whose
 * word the text contains wins. 表扬 comes before 95598 (a 95598 praise ticket is 客户表扬), 来信
 * before 投诉 (a letter of complaint is 来信来访).
 */
export const SOURCE_WORDS: readonly { words: readonly string[]; source: string }[] = [
  { words: ['表扬', '锦旗', '感谢'], source: '客户表扬' },
  { words: ['来信', '来访', '信访', '信件', '12345'], source: '来信来访' },
  { words: ['媒体', '报道', '新闻', '舆情', '曝光'], source: '新闻媒体' },
  { words: ['明察', '暗访'], source: '明察暗访' },
  { words: ['上级', '省公司', '市公司', '督查'], source: '上级检查' },
  { words: ['公司检查', '稽查', '自查'], source: '公司检查' },
  { words: ['日常'], source: '日常考核' },
  { words: ['95598', '投诉', '举报', '意见', '工单', '热线', '故障报修', '催办'], source: '95598工单' },
];

/** 来源 text of an export → one of SPEC's sources, or null when no rule knows the word. */
export function sourceOfWord(text: string): string | null {
  const t = toHalfWidth(text).replace(/\s+/g, '');
  if (t === '') return null;
  if ((EVENT_SOURCES as readonly string[]).includes(t)) return t;
  for (const r of SOURCE_WORDS) if (r.words.some((w) => t.includes(w))) return r.source;
  return null;
}
