// The scoring articles of the regulation (seed: 优质服务考核办法, Articles 5–14) and the one
// normaliser that turns what users type in a 条款 cell into a clause id.
import type { CellValue, Clause } from '../types';
import { parseSmallNumber, toHalfWidth } from '../text';

/** The ten areas of Articles 5–14, in article order (drop-down for 考核条款.类别). */
export const AREAS = [
  '部门协作', // 5
  '单位建设', // 6
  '营业窗口', // 7
  '柜台服务', // 8
  '现场服务', // 9
  '查询服务', // 10
  '供电保障', // 11
  '特别服务', // 12
  '服务监督', // 13
  '服务纪律', // 14
] as const;

// Default levels follow SPEC §1.3's meanings: plans, records, premises and checklist items are
// 轻微 (L1); broken counter/phone rules and missed measured commitments (8.4, 8.5, 9.3, 10, 11)
// are 一般 (L2), as a valid complaint usually is; Article 14 (disciplinary breaches that reach the
// media or the deputies) is 较大 (L3). Any event may of course be graded higher or lower.
const C = (id: string, area: string, standard: string, defaultLevel: string): Clause => ({
  id,
  area,
  standard,
  defaultLevel,
});

/** Every clause of Articles 5–14, as the built-in 考核条款 table. */
export const DEFAULT_CLAUSES: readonly Clause[] = Object.freeze([
  C('5.1', '部门协作', '各部门认真履行职责,不断提高管理水平和服务质量', 'L1'),
  C('5.2', '部门协作', '跨部门工作相互协调、密切配合,不得推诿而影响工作进度和对外形象', 'L2'),
  C('5.3', '部门协作', '部门内部加强协作,提高综合管理能力和工作质量', 'L1'),
  C('5.4', '部门协作', '部门对业务对口二级单位加强服务、指导、监督和协调', 'L1'),
  C('6.1', '单位建设', '年初有工作计划,季度、半年和年终有总结,年中有检查督办', 'L1'),
  C('6.2', '单位建设', '经常开展政治理论、业务技能学习培训和职业道德、纪律教育,并有详细记录', 'L1'),
  C('6.3', '单位建设', '做好所辖工作,及时处理矛盾和问题,不上交问题、不回避矛盾', 'L1'),
  C('7.1', '营业窗口', '营业场所门外和室内有醒目、一致的标识和名称牌', 'L1'),
  C('7.2', '营业窗口', '工作环境整洁,地面清洁、窗明几净、物品摆放有序', 'L1'),
  C('7.3', '营业窗口', '无周休日营业,设等候休息处、书写用具和客户意见簿(卡)', 'L1'),
  C('7.4', '营业窗口', '公示服务时间、业务范围、办事程序、收费项目标准和服务承诺', 'L1'),
  C('8.1', '柜台服务', '柜台人员提前 5 分钟上岗,营业前做好设备检查等准备工作', 'L1'),
  C('8.2', '柜台服务', '工作时间统一着装、注意仪表,佩戴统一编号的服务证', 'L1'),
  C('8.3', '柜台服务', '接待客户主动热情、耐心细致,使用文明用语,禁止服务忌语', 'L2'),
  C('8.4', '柜台服务', '报装简捷及时,具备供电条件的客户 5 个工作日内完成装表接电', 'L2'),
  C('8.5', '柜台服务', '收费准确快捷、唱收唱付,不拒收小额纸币零钞,居民收费每件 5 分钟内办完', 'L2'),
  C('8.6', '柜台服务', '咨询热情及时、件件有记录事事有回复,不推诿搪塞,不能解答的说明原因或转办', 'L2'),
  C('9.1', '现场服务', '认真抄表,避免错抄漏抄,严禁估抄,杜绝多收少收或累积电费', 'L2'),
  C('9.2', '现场服务', '低压装表接电及计量施工严禁故意设卡、刁难客户', 'L2'),
  C('9.3', '现场服务', '按程序停电催费,客户缴清欠费后 24 小时内恢复送电', 'L2'),
  C('9.4', '现场服务', '依法开展用电检查,发现违约窃电及时交涉、报告,不与客户争吵', 'L2'),
  C('10', '查询服务', '对外公布的服务电话响铃 5 声内摘机,热情简捷地提供查询服务', 'L2'),
  C(
    '11',
    '供电保障',
    '计划检修停电前提前公告停电原因、线路、区域和时间,大客户和特殊客户单独通知;抢修人员接到报修后在承诺时限内到达现场,不得推诿延误',
    'L2',
  ),
  C('12', '特别服务', '为伤残、孤寡老人等困难客户上门服务,定期开展便民服务和安全用电、反窃电宣传活动', 'L1'),
  C('13.1', '服务监督', '每年至少开展两次客户满意度评议活动', 'L1'),
  C('13.2', '服务监督', '定期走访客户,召开座谈会和义务监督员会议,听取意见并改进', 'L1'),
  C('14', '服务纪律', '遵守服务承诺和纪律,杜绝引起媒体曝光、上级或人大代表政协委员批评的违规行为', 'L3'),
]) as readonly Clause[];

const CLAUSE_SHAPE = /^\d+(\.\d+)?$/;
const DOTTED = /^第?(\d+(?:\.\d+)?)[条款]?$/;
const ARTICLE_ITEM = /^第?([0-9零〇一二两三四五六七八九十]+)条(?:第?([0-9零〇一二两三四五六七八九十]+)(?:款|项|点)?)?$/;

/**
 * What a 条款 cell says, as a clause id, whether or not such a clause exists:
 * 8.4, '8.4', '8.40', '8.4条', '第8.4条', '第八条第4款', '第八条第四款', '第十条', '10', '８．４' →
 * '8.4' / '10'. The one normaliser for 条款 cells of event sheets and of the 考核条款 sheet alike.
 * Numbers are read as typed: 10 → '10', 8.4 → '8.4' (a float like 8.4000000001 is rounded).
 * Returns null when the text is not shaped like a clause at all.
 */
export function normaliseClauseId(value: CellValue): string | null {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value <= 0) return null;
    // Clause numbers have at most two decimals; rounding cancels binary noise such as 13.200000001.
    return String(Math.round(value * 100) / 100);
  }
  if (typeof value !== 'string') return null;
  const t = toHalfWidth(value)
    .replace(/\s+/g, '')
    .replace(/[。.]$/, '');
  if (t === '') return null;
  let m = DOTTED.exec(t);
  if (m) return canonical(m[1]);
  m = ARTICLE_ITEM.exec(t);
  if (m) {
    const article = parseSmallNumber(m[1]);
    const item = m[2] === undefined ? null : parseSmallNumber(m[2]);
    if (article === null || article === 0 || (m[2] !== undefined && (item === null || item === 0))) return null;
    return item === null ? String(article) : `${article}.${item}`;
  }
  return null;
}

/**
 * Drops leading zeros of the article and trailing zeros of the item ('08.40' → '8.4', '10.0' →
 * '10'), so text reads as the same number a numeric cell does: '8.40' and '8.4' are one clause,
 * and so are '8.10' and '8.1' (an Excel number cannot tell them apart either). Only dotted text
 * comes here: '第八条第十款' stays '8.10' (no article of the regulation has ten items).
 */
function canonical(id: string): string {
  const [a, b] = id.split('.');
  const item = b === undefined ? '' : b.replace(/0+$/, '');
  return item === '' ? String(Number(a)) : `${Number(a)}.${item}`;
}

/** True when an id has the shape of a clause number ('8.4', '10'). */
export function isClauseIdShape(id: string): boolean {
  return CLAUSE_SHAPE.test(id);
}

/**
 * A cached resolver of 条款 cells against a clause table: returns the existing clause id or null.
 * Table ids and cells go through the same normaliser, so text '8.40' (a number formatted with two
 * decimals, then pasted as text) is clause 8.4; ids are normalised again here in case a table was
 * built by hand.
 */
export function makeClauseLookup(clauses: readonly Clause[]): (value: CellValue) => string | null {
  const ids = new Map<string, string>(); // normalised id → the table's id
  for (const c of clauses) {
    const n = normaliseClauseId(c.id) ?? c.id;
    if (!ids.has(n)) ids.set(n, c.id);
  }
  const byText = new Map<string, string | null>();
  const byNumber = new Map<number, string | null>();
  const resolve = (value: CellValue): string | null => {
    const id = normaliseClauseId(value);
    return id === null ? null : (ids.get(id) ?? null);
  };
  return (value) => {
    if (typeof value === 'number') {
      let r = byNumber.get(value);
      if (r === undefined) byNumber.set(value, (r = resolve(value)));
      return r;
    }
    if (typeof value !== 'string') return null;
    let r = byText.get(value);
    if (r === undefined) byText.set(value, (r = resolve(value)));
    return r;
  };
}
