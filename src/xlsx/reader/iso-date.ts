// A `t="d"` cell holds an ISO 8601 date and/or time as text (other producers than Excel write them:
// LibreOffice, pandas/openpyxl, online tools). It means the wall-clock date and time it states, as
// a typed-in date does: `2026-07-01T00:00:00` is 1 July whatever zone the reader runs in. Date.parse
// would read a date-time without a zone as local time (moving the event to 30 June in
// Asia/Shanghai, out of Q3) and a date alone as UTC, so the digits are taken as they stand; a
// zone suffix (`Z`, `+08:00`) names where the wall clock was and changes nothing here.

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25569;

const DATE_TIME =
  /^\s*(?:([+-]?\d{4,6})-(\d{2})-(\d{2}))?(?:(?:^\s*|T|\s+)(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?\s*$/i;

/** The 1900-system serial of an ISO 8601 date/time, read as wall-clock; null when the text is not one. */
export function isoDateSerial(text: string): number | null {
  const m = DATE_TIME.exec(text);
  if (!m || (m[1] === undefined && m[4] === undefined)) return null;
  const [year, month, day] = m[1] === undefined ? [1899, 12, 30] : [Number(m[1]), Number(m[2]), Number(m[3])];
  const [h, mi, s] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  const fraction = m[7] ? Number(`0.${m[7]}`) : 0;
  if (month < 1 || month > 12 || day < 1 || day > 31 || h > 24 || mi > 59 || s > 60) return null;
  const ms = Date.UTC(year, month - 1, day, h, mi, s) + Math.round(fraction * 1000);
  // 2026-02-30 would roll over into March: not a date.
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return null;
  if (!Number.isFinite(ms)) return null;
  return ms / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}
