// Dates as Excel serial day numbers (1900 date system, as Excel and ExcelJS use on Windows).
// Serial 25569 is 1970-01-01. Excel's phantom 1900-02-29 (serial 60) is before any date we
// handle, so serials ≥ 61 map to the real calendar exactly.

const UNIX_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86_400_000;

export interface Ymd {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

export function ymdToSerial(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** Whole-day part of a serial → calendar date. */
export function serialToYmd(serial: number): Ymd {
  const d = new Date((Math.floor(serial) - UNIX_EPOCH_SERIAL) * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 'YYYY-MM-DD'. */
export function serialToIso(serial: number): string {
  const { year, month, day } = serialToYmd(serial);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(serial: number): number {
  return (((Math.floor(serial) - UNIX_EPOCH_SERIAL + 4) % 7) + 7) % 7;
}

/** True when y-m-d is a real calendar date. */
export function isValidYmd(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** First and last serial of a quarter. */
export function quarterBounds(year: number, quarter: number): { first: number; last: number } {
  const first = ymdToSerial(year, (quarter - 1) * 3 + 1, 1);
  const last = ymdToSerial(year, quarter * 3 + 1, 1) - 1;
  return { first, last };
}
