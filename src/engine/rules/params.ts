// The parameters of SPEC §1.4: their defaults, their keys as users type them, and how one value
// is read. Each definition says how to set its field, so the 考核参数 sheet, the custom functions
// and the template all share one list.
import type { AnnualMethod, CellValue, Params } from '../types';
import { cellText, labelKey, parseNumber, quote, toHalfWidth } from '../text';
import { serialToIso } from '../dates';
import { parseDateText } from '../parse/values';

/** The seed regulation's own title, which the notice cites (考核办法名称). */
export const DEFAULT_REGULATION = '黄冈黄州区供电公司优质服务管理考核办法';

export const ANNUAL_METHODS: readonly AnnualMethod[] = ['季度平均', '年度累计'];

/** A fresh copy of the built-in parameters (callers may mutate it). */
export function defaultParams(): Params {
  return {
    company: '黄冈黄州区供电公司',
    base: 100,
    bonusCap: 5,
    repeatFactors: [1, 1.5, 2],
    excellentLine: 95,
    goodLine: 90,
    passLine: 80,
    openItemPoints: 0,
    annualMethod: '季度平均',
    connectDays: 5,
    paymentMinutes: 5,
    restoreHours: 24,
    rings: 5,
    repairMinutes: { 城区: 45, 农村: 90, 边远: 120 },
    outageNoticeDays: 7,
    preparedBy: '',
    reviewedBy: '',
    approvedBy: '',
    ladderConfirmed: false,
    noticeNumber: '',
    noticeDate: null,
    regulation: DEFAULT_REGULATION,
    copyTo: '',
    printer: '',
    historyOpenPoints: 0,
  };
}

type Kind = 'text' | 'number' | 'count' | 'factors' | 'method' | 'yesNo' | 'date';

export interface ParamDef {
  /** The key as SPEC §1.4 and the template write it. */
  key: string;
  /** English alias (case-insensitive). */
  alias: string;
  kind: Kind;
  /** Text parameters that may be left empty (the sign-off names). */
  optional?: boolean;
  /** The value as the template shows it. */
  display: (p: Params) => CellValue;
  set: (p: Params, v: never) => void;
}

const def = <T>(
  key: string,
  alias: string,
  kind: Kind,
  display: (p: Params) => CellValue,
  set: (p: Params, v: T) => void,
  optional = false,
): ParamDef => ({ key, alias, kind, display, set: set as (p: Params, v: never) => void, optional });

/** Every parameter, in the order of SPEC §1.4 (the template writes them in this order). */
export const PARAM_DEFS: readonly ParamDef[] = [
  def<string>(
    '公司名称',
    'Company',
    'text',
    (p) => p.company,
    (p, v) => (p.company = v),
  ),
  def<number>(
    '基础分',
    'Base',
    'number',
    (p) => p.base,
    (p, v) => (p.base = v),
  ),
  def<number>(
    '季度加分上限',
    'BonusCap',
    'number',
    (p) => p.bonusCap,
    (p, v) => (p.bonusCap = v),
  ),
  def<number[]>(
    '重复发生系数',
    'RepeatFactors',
    'factors',
    (p) => p.repeatFactors.join(','),
    (p, v) => (p.repeatFactors = v),
  ),
  def<number>(
    '优秀线',
    'ExcellentLine',
    'number',
    (p) => p.excellentLine,
    (p, v) => (p.excellentLine = v),
  ),
  def<number>(
    '良好线',
    'GoodLine',
    'number',
    (p) => p.goodLine,
    (p, v) => (p.goodLine = v),
  ),
  def<number>(
    '合格线',
    'PassLine',
    'number',
    (p) => p.passLine,
    (p, v) => (p.passLine = v),
  ),
  def<number>(
    '未闭环扣分',
    'OpenItemPoints',
    'number',
    (p) => p.openItemPoints,
    (p, v) => (p.openItemPoints = v),
  ),
  def<AnnualMethod>(
    '年度得分方式',
    'AnnualMethod',
    'method',
    (p) => p.annualMethod,
    (p, v) => (p.annualMethod = v),
  ),
  def<number>(
    '装表接电时限(工作日)',
    'ConnectDays',
    'count',
    (p) => p.connectDays,
    (p, v) => (p.connectDays = v),
  ),
  def<number>(
    '居民收费时限(分钟)',
    'PaymentMinutes',
    'number',
    (p) => p.paymentMinutes,
    (p, v) => (p.paymentMinutes = v),
  ),
  def<number>(
    '欠费复电时限(小时)',
    'RestoreHours',
    'number',
    (p) => p.restoreHours,
    (p, v) => (p.restoreHours = v),
  ),
  def<number>(
    '摘机响铃次数',
    'Rings',
    'count',
    (p) => p.rings,
    (p, v) => (p.rings = v),
  ),
  def<number>(
    '抢修到达时限(城区,分钟)',
    'RepairMinutesCity',
    'number',
    (p) => p.repairMinutes.城区,
    (p, v) => (p.repairMinutes.城区 = v),
  ),
  def<number>(
    '抢修到达时限(农村,分钟)',
    'RepairMinutesRural',
    'number',
    (p) => p.repairMinutes.农村,
    (p, v) => (p.repairMinutes.农村 = v),
  ),
  def<number>(
    '抢修到达时限(边远,分钟)',
    'RepairMinutesRemote',
    'number',
    (p) => p.repairMinutes.边远,
    (p, v) => (p.repairMinutes.边远 = v),
  ),
  def<number>(
    '计划停电提前公告(天)',
    'OutageNoticeDays',
    'count',
    (p) => p.outageNoticeDays,
    (p, v) => (p.outageNoticeDays = v),
  ),
  def<string>(
    '制表人',
    'PreparedBy',
    'text',
    (p) => p.preparedBy,
    (p, v) => (p.preparedBy = v),
    true,
  ),
  def<string>(
    '审核人',
    'ReviewedBy',
    'text',
    (p) => p.reviewedBy,
    (p, v) => (p.reviewedBy = v),
    true,
  ),
  def<string>(
    '批准人',
    'ApprovedBy',
    'text',
    (p) => p.approvedBy,
    (p, v) => (p.approvedBy = v),
    true,
  ),
  // SPEC §2 rule 11: until this says 是, a built-in ladder is printed with a warning.
  def<boolean>(
    '处罚标准已确认',
    'LadderConfirmed',
    'yesNo',
    (p) => (p.ladderConfirmed ? '是' : '否'),
    (p, v) => (p.ladderConfirmed = v),
  ),
  def<string>(
    '通报文号',
    'NoticeNumber',
    'text',
    (p) => p.noticeNumber,
    (p, v) => (p.noticeNumber = v),
    true,
  ),
  // SPEC §7: the notice's 成文日期; blank = the day it is made, never before the period's end.
  def<number | null>(
    '通报日期',
    'NoticeDate',
    'date',
    (p) => (p.noticeDate === null ? '' : serialToIso(p.noticeDate)),
    (p, v) => (p.noticeDate = v),
    true,
  ),
  def<string>(
    '考核办法名称',
    'Regulation',
    'text',
    (p) => p.regulation,
    (p, v) => (p.regulation = v.replace(/^《|》$/g, '')),
  ),
  // The notice's 版记 (GB/T 9704 7.4): 抄送 may stay empty; 印发机关 defaults to the company's 办公室.
  def<string>(
    '抄送',
    'CopyTo',
    'text',
    (p) => p.copyTo,
    (p, v) => (p.copyTo = v),
    true,
  ),
  def<string>(
    '印发机关',
    'Printer',
    'text',
    (p) => p.printer,
    (p, v) => (p.printer = v),
    true,
  ),
  // SPEC §2 rule 13: earlier periods' incidents still open are listed; scored only when this is set.
  def<number>(
    '历史未闭环扣分',
    'HistoryOpenPoints',
    'number',
    (p) => p.historyOpenPoints,
    (p, v) => (p.historyOpenPoints = v),
  ),
];

const BY_KEY = new Map<string, ParamDef>();
for (const d of PARAM_DEFS) {
  BY_KEY.set(labelKey(d.key), d);
  BY_KEY.set(labelKey(d.alias), d);
}

/** The definition for a key as typed ('基础分', '装表接电时限（工作日）', 'base'); null when unknown. */
export function findParam(key: CellValue): ParamDef | null {
  return BY_KEY.get(labelKey(cellText(key))) ?? null;
}

/**
 * '1,1.5,2', '1，1.5，2', '1、1.5、2', or a single number → the factors for the 1st, 2nd and
 * 3rd-and-later occurrence. Fewer than three repeat the last one (a single 1 turns escalation off).
 * Null when any part is not a non-negative number.
 */
export function parseRepeatFactors(value: CellValue): number[] | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? [value, value, value] : null;
  if (typeof value !== 'string') return null;
  const parts = toHalfWidth(value)
    .trim()
    .split(/\s*[,、;/\s]\s*/)
    .filter((s) => s !== '');
  if (parts.length === 0) return null;
  const out: number[] = [];
  for (const part of parts) {
    const n = parseNumber(part);
    if (n === null || n < 0) return null;
    out.push(n);
  }
  while (out.length < 3) out.push(out[out.length - 1]);
  return out;
}

/**
 * Sets one parameter from a cell value. Returns null when done, else a plain-Chinese message
 * saying what to type instead (the caller adds where).
 */
export function applyParam(params: Params, d: ParamDef, value: CellValue): string | null {
  const blank = value === null || (typeof value === 'string' && value.trim() === '');
  if (blank && !d.optional) return `参数「${d.key}」的值为空:请填写,或删除这一行以使用默认值 ${cellText(d.display(defaultParams()))}`;
  switch (d.kind) {
    case 'text':
      d.set(params, cellText(value) as never);
      return null;
    case 'number':
    case 'count': {
      const n = parseNumber(value);
      if (n === null) return `${quote(value)}不是数字:参数「${d.key}」请填写阿拉伯数字,如 ${cellText(d.display(defaultParams()))}`;
      if (n < 0) return `参数「${d.key}」的值${quote(value)}不能为负数:请填写不小于 0 的数`;
      if (d.kind === 'count' && !Number.isInteger(n))
        return `参数「${d.key}」的值${quote(value)}应为整数:请填写如 ${cellText(d.display(defaultParams()))}`;
      d.set(params, n as never);
      return null;
    }
    case 'factors': {
      const f = parseRepeatFactors(value);
      if (f === null) return `无法识别的重复发生系数${quote(value)}:请按第1次、第2次、第3次及以上的顺序填写数字,用逗号分隔,如 1,1.5,2`;
      d.set(params, f as never);
      return null;
    }
    case 'yesNo': {
      const t = toHalfWidth(cellText(value)).trim().toLowerCase();
      const yes = value === true || value === 1 || YES.has(t);
      const no = value === false || value === 0 || NO.has(t);
      if (!yes && !no) return `参数「${d.key}」的值${quote(value)}无效:请填写“是”或“否”`;
      d.set(params, yes as never);
      return null;
    }
    case 'date': {
      if (blank) {
        d.set(params, null as never);
        return null;
      }
      const serial = typeof value === 'number' ? (Number.isFinite(value) ? Math.floor(value) : null) : parseDateText(cellText(value));
      if (serial === null)
        return `参数「${d.key}」的值${quote(value)}不是日期:请填写如 2026-10-15 或 2026年10月15日,或留空(取生成通报的日期)`;
      d.set(params, serial as never);
      return null;
    }
    case 'method': {
      const t = cellText(value);
      if (!(ANNUAL_METHODS as readonly string[]).includes(t)) return `年度得分方式${quote(value)}无效:请填写“季度平均”或“年度累计”`;
      d.set(params, t as never);
      return null;
    }
  }
}

const YES = new Set(['是', 'y', 'yes', 'true', '1', '已确认', '确认']);
const NO = new Set(['否', 'n', 'no', 'false', '0', '未确认']);

/** Cross-parameter sanity: the grade lines must not cross. Returns messages (empty when fine). */
export function checkParams(p: Params): string[] {
  const out: string[] = [];
  if (!(p.excellentLine >= p.goodLine && p.goodLine >= p.passLine)) {
    out.push(`等级线应满足 优秀线 ≥ 良好线 ≥ 合格线(现为 ${p.excellentLine} / ${p.goodLine} / ${p.passLine}):请调整`);
  }
  return out;
}
