// The assessment period, in one place: its text forms ('2026Q3', '2026'), its days, the period
// before it, its Chinese label, and the period a door offers first. A door carries a `Period`
// end to end and stores `formatPeriod(p)`; nobody else parses '2026Q3'.
import type { Model, Period } from './types';
import { quarterBounds, serialToYmd } from './dates';

/** A calendar day as a host's clock gives it; the engine never reads a clock itself. */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

export type Quarter = 1 | 2 | 3 | 4;

/** '2026Q3', '2026q3', '2026-Q3', '2026年第3季度' → quarter; '2026', '2026年' → year; else null. */
export function parsePeriod(text: string): Period | null {
  const t = String(text).trim();
  let m = /^(\d{4})\s*-?\s*[Qq]\s*([1-4])$/.exec(t) ?? /^(\d{4})年第?([1-4一二三四])季度?$/.exec(t);
  if (m) {
    const q = '一二三四'.indexOf(m[2]) >= 0 ? '一二三四'.indexOf(m[2]) + 1 : Number(m[2]);
    return { kind: 'quarter', year: Number(m[1]), quarter: q as Quarter };
  }
  m = /^(\d{4})(?:年度?)?$/.exec(t);
  if (m) return { kind: 'year', year: Number(m[1]) };
  return null;
}

/** The canonical text: '2026Q3' or '2026' (markers, settings, file names, JSON). */
export function formatPeriod(p: Period): string {
  return p.kind === 'quarter' ? `${p.year}Q${p.quarter}` : String(p.year);
}

/** 「2026年第3季度」 or 「2026年度」: how sheets and the notice name a period. */
export function periodLabel(p: Period): string {
  return p.kind === 'year' ? `${p.year}年度` : `${p.year}年第${p.quarter}季度`;
}

export function quarterPeriod(year: number, quarter: Quarter): Period {
  return { kind: 'quarter', year, quarter };
}

export function yearPeriod(year: number): Period {
  return { kind: 'year', year };
}

export function samePeriod(a: Period, b: Period): boolean {
  return formatPeriod(a) === formatPeriod(b);
}

/** First and last day of the period, as Excel serials (inclusive). */
export function periodBounds(p: Period): { first: number; last: number } {
  if (p.kind === 'quarter') return quarterBounds(p.year, p.quarter);
  return { first: quarterBounds(p.year, 1).first, last: quarterBounds(p.year, 4).last };
}

/** The quarter before a quarter (2026Q1 → 2025Q4), the year before a year. */
export function previousPeriod(p: Period): Period {
  if (p.kind === 'year') return yearPeriod(p.year - 1);
  return p.quarter === 1 ? quarterPeriod(p.year - 1, 4) : quarterPeriod(p.year, (p.quarter - 1) as Quarter);
}

/** The quarter a day falls in. */
export function quarterOf(day: Ymd): Period {
  return quarterPeriod(day.year, (Math.floor((day.month - 1) / 3) + 1) as Quarter);
}

/** The quarter an Excel serial falls in. */
export function quarterOfSerial(serial: number): Period {
  return quarterOf(serialToYmd(serial));
}

/**
 * The period a door offers first: the last quarter that has ended by `today` and holds events
 * (an office scores a quarter after it closes, so the quarter still running is not the default,
 * even when it already has events). Falling back: the latest quarter with events when none has
 * ended yet; the quarter before today's when there are no events. `kind: 'year'` gives that
 * quarter's year.
 */
export function defaultPeriod(model: Pick<Model, 'events'> | null, today: Ymd, kind: 'quarter' | 'year' = 'quarter'): Period {
  const running = periodBounds(quarterOf(today)).first;
  // Loops, not Math.max(...dates): spreading a million arguments overflows the call stack.
  let lastEnded: number | null = null;
  let latest: number | null = null;
  const events = model?.events ?? [];
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (latest === null || e.date > latest) latest = e.date;
    if (e.date < running && (lastEnded === null || e.date > lastEnded)) lastEnded = e.date;
  }
  const serial = lastEnded ?? latest;
  const quarter = serial !== null ? quarterOfSerial(serial) : previousPeriod(quarterOf(today));
  return kind === 'year' ? yearPeriod(quarter.year) : quarter;
}

/** Years a period picker offers: every year with events, plus the given year and one either side. */
export function periodYears(model: Pick<Model, 'events'> | null, around: number): number[] {
  const years = new Set<number>([around - 1, around, around + 1]);
  const events = model?.events ?? [];
  for (let i = 0; i < events.length; i++) years.add(serialToYmd(events[i].date).year);
  return [...years].sort((a, b) => a - b);
}

/** Today as a Ymd from a host's Date (local wall-clock day: the user's own calendar). */
export function ymdOf(date: Date): Ymd {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}
