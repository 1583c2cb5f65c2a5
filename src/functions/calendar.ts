// QS.QUARTER, QS.WORKDAYS, QS.ADDWORKDAYS: dates and Chinese working days.
import { buildCalendar, formatPeriod, serialToYmd, type CellValue, type Model, type WorkCalendar } from '../engine';
import { toDate, toInteger } from './args';
import { loadWorkbook } from './workbook';

const calendars = new WeakMap<Model, WorkCalendar>();
let builtIn: WorkCalendar | null = null;

/** The statutory calendar, overridden by a 节假日 range (日期, 类型 休/班) when one is given. */
export function calendarFor(holidays: CellValue[][] | null): WorkCalendar {
  if (!holidays) return (builtIn ??= buildCalendar());
  const { model } = loadWorkbook({ holidays });
  let cal = calendars.get(model);
  if (!cal) calendars.set(model, (cal = buildCalendar(model.calendar)));
  return cal;
}

/** '2026Q3' for a date in July–September 2026. */
export function quarterOf(date: unknown): string {
  const { year, month } = serialToYmd(toDate(date, '日期'));
  return formatPeriod({ kind: 'quarter', year, quarter: (Math.floor((month - 1) / 3) + 1) as 1 | 2 | 3 | 4 });
}

/** Working days after `start` up to and including `end` (negative when end is earlier). */
export function workdaysBetween(start: unknown, end: unknown, holidays: CellValue[][] | null): number {
  const a = toDate(start, '开始日期');
  const b = toDate(end, '结束日期');
  return calendarFor(holidays).workdaysBetween(a, b);
}

/** The date `n` working days after `start`; a fractional n is truncated, as Excel's WORKDAY does. */
export function addWorkdays(start: unknown, n: unknown, holidays: CellValue[][] | null): number {
  const a = toDate(start, '开始日期');
  const days = typeof n === 'number' ? Math.trunc(n) : toInteger(n, '工作日数');
  return calendarFor(holidays).addWorkdays(a, days);
}
