// The statutory calendar as published by the State Council each year, from the `chinese-days`
// package's offline JSON (keys 'YYYY-MM-DD'). Importing the JSON (not the package's code) keeps
// the engine free of Node APIs and lets webpack bundle the data (~37 KB, ~8 KB gzipped).
//
// The package silently treats years it has no data for as plain Monday–Friday weeks, so we
// record which years its data covers and refuse to count working days outside them.
import chineseDays from 'chinese-days/dist/chinese-days.json';
import { ymdToSerial } from '../dates';

export type DayType = '休' | '班';

export interface StatutoryCalendar {
  /** Excel serial → 休 (statutory holiday) or 班 (make-up working day, 调休). */
  days: ReadonlyMap<number, DayType>;
  /** Years present in the package data (each has at least one holiday). */
  years: ReadonlySet<number>;
}

let cached: StatutoryCalendar | null = null;

/** Built once, on first use. */
export function statutoryCalendar(): StatutoryCalendar {
  if (cached) return cached;
  const days = new Map<number, DayType>();
  const years = new Set<number>();
  const add = (key: string, type: DayType): void => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
    if (!m) return;
    const year = Number(m[1]);
    days.set(ymdToSerial(year, Number(m[2]), Number(m[3])), type);
    years.add(year);
  };
  const data = chineseDays as { holidays: Record<string, string>; workdays: Record<string, string> };
  for (const key of Object.keys(data.holidays)) add(key, '休');
  for (const key of Object.keys(data.workdays)) add(key, '班');
  cached = { days, years };
  return cached;
}
