// QS.CHECK: is a measured commitment of the regulation met? Thresholds come from the parameters
// (考核参数; built-in defaults when no range is given).
//
// One value is the measured quantity itself; two values are its start and end:
//   8.4  working days ≤ 装表接电时限       value2 given: applied date, connected date (working days)
//   8.5  minutes ≤ 居民收费时限            value2 given: start, end datetimes
//   9.3  hours ≤ 欠费复电时限              value2 given: paid, restored datetimes
//   10   rings ≤ 摘机响铃次数              (one value only)
//   11   with an area (城区/农村/边远): repair arrival, minutes ≤ 抢修到达时限[area]
//                                          value2 given: called, arrived datetimes
//        without an area: planned-outage notice, days ≥ 计划停电提前公告
//                                          value2 given: notice date, outage date (calendar days)
// Article 11 is told apart by the presence of the area, never by the size of the numbers: a
// repair always has an area (its time limit depends on it), a notice never does.
import {
  defaultParams,
  makeClauseLookup,
  normaliseClauseId,
  parseDateText,
  DEFAULT_CLAUSES,
  REPAIR_AREAS,
  type Params,
  type RepairArea,
} from '../engine';
import { isOmitted, quoted, toDate, toDateTime, toQuantity, toText } from './args';
import { calendarFor } from './calendar';
import { badValue, notFound } from './errors';
import { loadWorkbook } from './workbook';
import type { CellValue } from '../engine';

const MEASURED = ['8.4', '8.5', '9.3', '10', '11'];
const clauseLookup = makeClauseLookup(DEFAULT_CLAUSES);

export interface CheckArgs {
  clause: unknown;
  value: unknown;
  value2: unknown;
  area: unknown;
  params: CellValue[][] | null;
  holidays: CellValue[][] | null;
}

export function checkCommitment(a: CheckArgs): boolean {
  const clause = clauseOf(a.clause);
  const p = a.params ? loadWorkbook({ params: a.params }).model.rules.params : builtInParams();
  const two = !isOmitted(a.value2);
  if (!two && clause !== '10') refuseLoneStart(a.value, a.value2);
  switch (clause) {
    case '8.4': {
      const days = two ? elapsedWorkdays(a.value, a.value2, a.holidays) : toQuantity(a.value, '装表接电用时(工作日)');
      return days <= p.connectDays;
    }
    case '8.5': {
      const minutes = two ? elapsedSeconds(a.value, a.value2, '开始时间', '结束时间') / 60 : toQuantity(a.value, '收费用时(分钟)');
      return minutes <= p.paymentMinutes;
    }
    case '9.3': {
      const hours = two ? elapsedSeconds(a.value, a.value2, '缴费时间', '复电时间') / 3600 : toQuantity(a.value, '复电用时(小时)');
      return hours <= p.restoreHours;
    }
    case '10': {
      if (two) badValue('条款 10 只需一个数值:摘机前的响铃次数');
      return toQuantity(a.value, '响铃次数') <= p.rings;
    }
    default: {
      // Article 11.
      if (!isOmitted(a.area)) {
        const area = areaOf(a.area);
        const minutes = two
          ? elapsedSeconds(a.value, a.value2, '接到报修时间', '到达现场时间') / 60
          : toQuantity(a.value, '抢修到达用时(分钟)');
        return minutes <= p.repairMinutes[area];
      }
      const days = two ? elapsedDays(a.value, a.value2) : toQuantity(a.value, '停电提前公告天数');
      return days >= p.outageNoticeDays;
    }
  }
}

/**
 * One value where a start and an end belong: Excel passes a blank cell exactly as an omitted
 * argument (null), so `=QS.CHECK(11, A2, B2)` with B2 still empty would measure the notice date
 * itself as a number of days and say TRUE. A lone value that is a date (date text, or a number
 * from 18264 = 1950-01-01 up, which as minutes, hours, days or rings is no real measurement) is
 * therefore a start whose end is missing: #VALUE!, never a guess. A blank text end is the same.
 */
function refuseLoneStart(value: unknown, value2: unknown): void {
  const v = Array.isArray(value) ? value[0]?.[0] : value;
  const blankEnd = typeof value2 === 'string'; // a blank text end: omitted is null
  const dateText = typeof v === 'string' && parseDateText(v.trim().split(/[ T]/)[0]) !== null;
  const dateNumber = typeof v === 'number' && v >= FIRST_DATE_SERIAL;
  if (blankEnd || dateText || dateNumber) {
    badValue(
      `结束值为空:第二个参数${quoted(v)}是开始的日期或时间,请在第三个参数填写结束的日期或时间(如停电日期、到达时间);只给一个值时它应是用时或天数,如 7`,
    );
  }
}

/** 1950-01-01 as an Excel serial: the earliest date SPEC accepts. */
const FIRST_DATE_SERIAL = 18264;

let defaults: Params | null = null;
/** The built-in parameters (the ones parseWorkbook uses when no 考核参数 sheet exists). */
function builtInParams(): Params {
  return (defaults ??= defaultParams());
}

function clauseOf(v: unknown): string {
  const raw = Array.isArray(v) ? v[0]?.[0] : v;
  const shaped = isOmitted(raw) ? null : normaliseClauseId(raw as CellValue);
  if (shaped === null) badValue(`条款${quoted(raw)}无效:请填写条款号,如 8.4、第8.4条 或 第八条第4款`);
  const id = clauseLookup(raw as CellValue);
  if (id === null) notFound(`条款 ${shaped} 不在考核办法第五至十四条中`);
  if (!MEASURED.includes(id)) {
    notFound(`条款 ${id} 没有可量化检验的承诺:QS.CHECK 支持 8.4(装表接电)、8.5(收费)、9.3(欠费复电)、10(摘机)、11(抢修到达/停电公告)`);
  }
  return id;
}

function areaOf(v: unknown): RepairArea {
  const t = toText(v, '区域');
  if (!(REPAIR_AREAS as readonly string[]).includes(t)) badValue(`区域${quoted(t)}无效:请填写 ${REPAIR_AREAS.join('、')} 之一`);
  return t as RepairArea;
}

function elapsedWorkdays(applied: unknown, connected: unknown, holidays: CellValue[][] | null): number {
  const a = toDate(applied, '申请日期');
  const b = toDate(connected, '接电日期');
  if (b < a) badValue('接电日期早于申请日期:请检查两个日期的顺序');
  return calendarFor(holidays).workdaysBetween(a, b);
}

/** Whole seconds between two datetimes: serial fractions carry float noise, seconds do not. */
function elapsedSeconds(start: unknown, end: unknown, startLabel: string, endLabel: string): number {
  const a = toDateTime(start, startLabel);
  const b = toDateTime(end, endLabel);
  const seconds = Math.round((b - a) * 86400);
  if (seconds < 0) badValue(`${endLabel}早于${startLabel}:请检查两个时间的顺序`);
  return seconds;
}

function elapsedDays(notice: unknown, outage: unknown): number {
  const a = toDate(notice, '公告日期');
  const b = toDate(outage, '停电日期');
  if (b < a) badValue('停电日期早于公告日期:请检查两个日期的顺序');
  return b - a;
}
