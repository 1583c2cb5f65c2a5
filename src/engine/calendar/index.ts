// Chinese working days (SPEC §1.6): the statutory calendar from `chinese-days`, overridden by
// the rows of the 节假日 sheet (Model.calendar).
//
// A working day is Monday–Friday not declared 休, plus any day declared 班. Counting follows
// the civil-code rule of DOMAIN.md: the day of acceptance is not counted, and a deadline of N
// working days is the N-th working day after it.
//
// Coverage: a year is covered when the package has data for it, or when the 节假日 sheet has
// at least one row dated in that year — by writing any row for a year the user takes
// responsibility for that year's holidays (they list its 休 and 班 days; plain weekends need
// no rows). A count that touches any day of an uncovered year throws CalendarCoverageError
// instead of guessing.
import type { CalendarOverride } from '../types';
import { serialToYmd, weekday, ymdToSerial } from '../dates';
import { statutoryCalendar, type DayType } from './statutory';

export type { DayType } from './statutory';

/** A working-day count reached a year the calendar does not cover. */
export class CalendarCoverageError extends Error {
  constructor(
    public readonly year: number,
    public readonly covered: { first: number; last: number } | null,
  ) {
    const range = covered ? `(内置日历覆盖 ${covered.first}–${covered.last} 年)` : '';
    super(`${year} 年不在节假日日历范围内${range}:请在「节假日」表中填写 ${year} 年的放假(休)和调休上班(班)日期后再计算工作日`);
    this.name = 'CalendarCoverageError';
  }
}

export interface WorkCalendar {
  /** True for a working day; throws CalendarCoverageError for a day of an uncovered year. */
  isWorkday(serial: number): boolean;
  /** Working days after `start` up to and including `end`; negative when end is before start. */
  workdaysBetween(start: number, end: number): number;
  /** The date `n` working days after `start` (before it when n < 0); `start` itself when n = 0. */
  addWorkdays(start: number, n: number): number;
  /** True when the year's 休/班 days are known (package data or a 节假日 row). */
  covers(year: number): boolean;
  /** Years covered, ascending. */
  coveredYears(): number[];
}

export function buildCalendar(overrides: readonly CalendarOverride[] = []): WorkCalendar {
  const statutory = statutoryCalendar();
  const own = new Map<number, DayType>();
  const years = new Set<number>(statutory.years);
  for (const o of overrides) {
    const day = Math.floor(o.date);
    own.set(day, o.type);
    years.add(serialToYmd(day).year);
  }
  const builtIn = [...statutory.years].sort((a, b) => a - b);
  const builtInRange = builtIn.length ? { first: builtIn[0], last: builtIn[builtIn.length - 1] } : null;

  // Serial bounds of the year last checked: consecutive days rarely change year, so coverage is
  // checked once per year crossed rather than once per day.
  let knownFirst = 1;
  let knownLast = 0;
  const ensureCovered = (day: number): void => {
    if (day >= knownFirst && day <= knownLast) return;
    const { year } = serialToYmd(day);
    if (!years.has(year)) throw new CalendarCoverageError(year, builtInRange);
    knownFirst = ymdToSerial(year, 1, 1);
    knownLast = ymdToSerial(year + 1, 1, 1) - 1;
  };

  const isWorkday = (serial: number): boolean => {
    const day = Math.floor(serial);
    ensureCovered(day);
    const declared = own.get(day) ?? statutory.days.get(day);
    if (declared === '班') return true;
    if (declared === '休') return false;
    const w = weekday(day);
    return w >= 1 && w <= 5;
  };

  const workdaysBetween = (start: number, end: number): number => {
    const a = Math.floor(start);
    const b = Math.floor(end);
    if (b < a) return -workdaysBetween(b, a);
    let count = 0;
    for (let day = a + 1; day <= b; day++) if (isWorkday(day)) count++;
    return count;
  };

  const addWorkdays = (start: number, n: number): number => {
    let day = Math.floor(start);
    const step = n < 0 ? -1 : 1;
    let left = Math.abs(Math.trunc(n));
    // Each step lands on a covered day or throws, so the walk is bounded by the covered years.
    while (left > 0) {
      day += step;
      if (isWorkday(day)) left--;
    }
    return day;
  };

  return {
    isWorkday,
    workdaysBetween,
    addWorkdays,
    covers: (year) => years.has(year),
    coveredYears: () => [...years].sort((a, b) => a - b),
  };
}
