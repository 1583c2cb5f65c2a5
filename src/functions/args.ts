// Reading custom-function arguments. Excel hands over numbers, text, booleans, null for an
// omitted optional argument, and ranges as any[][] (empty cells as '' or null). Dates arrive as
// serial numbers; text dates are read by the engine's own reader, so a formula accepts exactly
// what a sheet cell does.
import { cellText, parseDateText, parseNumber, toHalfWidth, type CellValue } from '../engine';
import { badNumber, badValue } from './errors';

/** True for an omitted optional argument or an empty cell. */
export function isOmitted(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** A single cell passed where a value belongs arrives as [[v]]: unwrap it. */
function scalar(v: unknown): CellValue {
  let x = v;
  while (Array.isArray(x)) x = x.length ? x[0] : null;
  if (x === undefined) return null;
  if (typeof x === 'number' || typeof x === 'string' || typeof x === 'boolean' || x === null) return x;
  return String(x);
}

const quoted = (v: unknown): string => `“${cellText(scalar(v))}”`;

/** Serial numbers below this are not plausible dates (SPEC dates are 1950 and later). */
const MIN_DATE_SERIAL = 18264; // 1950-01-01
const MAX_DATE_SERIAL = 109574; // 2199-12-31

/** A date: a serial (its day; a time of day is dropped) or text such as 2026-07-15. */
export function toDate(v: unknown, label: string): number {
  const x = scalar(v);
  if (isOmitted(x)) badValue(`${label}为空:请填写日期,如 2026-07-15`);
  if (typeof x === 'number') {
    if (!Number.isFinite(x) || x < MIN_DATE_SERIAL || x > MAX_DATE_SERIAL) {
      badValue(`${label}${quoted(x)}不是日期:请填写日期单元格或 2026-07-15 这样的文本`);
    }
    return Math.floor(x);
  }
  if (typeof x === 'string') {
    const d = parseDateText(x);
    if (d !== null) return d;
  }
  return badValue(`${label}${quoted(x)}不是日期:请填写日期单元格或 2026-07-15 这样的文本`);
}

const TIME_SUFFIX = /[ T](\d{1,2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?$/;

/** A date and time: a serial with a fraction, or text such as 2026-07-15 08:30. */
export function toDateTime(v: unknown, label: string): number {
  const x = scalar(v);
  if (typeof x === 'string' && !isOmitted(x)) {
    const text = toHalfWidth(x).trim();
    const day = parseDateText(text);
    if (day === null) badValue(`${label}${quoted(x)}不是日期时间:请填写如 2026-07-15 08:30 的日期时间`);
    const m = TIME_SUFFIX.exec(text);
    if (!m) return day;
    const [h, min, s] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
    if (h > 23 || min > 59 || s >= 60) badValue(`${label}${quoted(x)}的时间无效:请填写 0:00 到 23:59 之间的时间`);
    return day + (h * 3600 + min * 60 + s) / 86400;
  }
  if (typeof x === 'number' && Number.isFinite(x) && x >= MIN_DATE_SERIAL && x <= MAX_DATE_SERIAL) return x;
  if (isOmitted(x)) badValue(`${label}为空:请填写日期时间,如 2026-07-15 08:30`);
  return badValue(`${label}${quoted(x)}不是日期时间:请填写如 2026-07-15 08:30 的日期时间`);
}

/** A number (numeric text such as '5' too). */
export function toNumber(v: unknown, label: string): number {
  const x = scalar(v);
  if (isOmitted(x)) badValue(`${label}为空:请填写数值`);
  const n = typeof x === 'boolean' ? null : parseNumber(x);
  if (n === null) badValue(`${label}${quoted(x)}不是数值`);
  return n;
}

/** A non-negative measured quantity (minutes, hours, rings, days). */
export function toQuantity(v: unknown, label: string): number {
  const n = toNumber(v, label);
  if (n < 0) badNumber(`${label}${quoted(n)}不能为负数`);
  return n;
}

/** A whole number, optionally with a lower bound. */
export function toInteger(v: unknown, label: string, min = -Infinity): number {
  const n = toNumber(v, label);
  if (!Number.isInteger(n)) badNumber(`${label}${quoted(n)}必须是整数`);
  if (n < min) badNumber(`${label}${quoted(n)}不能小于 ${min}`);
  return n;
}

/** Trimmed, half-width text; numbers in their shortest form. */
export function toText(v: unknown, label: string): string {
  const x = scalar(v);
  const t = toHalfWidth(cellText(x));
  if (t === '') badValue(`${label}为空`);
  return t;
}

/**
 * An optional range: null when omitted. Excel's cells are already numbers, text, booleans or
 * empty, which is what the engine reads, so a range is used as it comes — no copy of a 100,000-row
 * ledger per call. A single value where a range belongs becomes a 1×1 range.
 */
export function toRange(v: unknown): CellValue[][] | null {
  if (v === null || v === undefined) return null;
  if (!Array.isArray(v)) return [[scalar(v)]];
  if (v.length && !Array.isArray(v[0])) return [v.map(scalar)];
  return v as CellValue[][];
}

export { quoted };
