// ET's Value2 → the engine's cells. Value2 is a scalar for a one-cell range and rows of values
// otherwise (WPS.md §3: normalise defensively); dates arrive as serial numbers in the book's own
// date system.
import type { CellValue } from '../engine';

/** A one-cell Value2, or rows: always rows. */
export function toRows(value2: unknown): unknown[][] {
  if (!Array.isArray(value2)) return [[value2]];
  if (value2.length > 0 && !Array.isArray(value2[0])) return [value2 as unknown[]];
  return value2 as unknown[][];
}

/** ET reports an empty cell as undefined, null or ''; the engine wants null. */
export function toCellValue(v: unknown): CellValue {
  if (v === '' || v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  return String(v);
}

/** The 1904 date system counts from 1904-01-01, which is serial 1462 in the 1900 system. */
export const DATE_1904_SHIFT = 1462;

/** True for a number format that shows a date (a y, or a d/m outside of quotes and colours). */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== 'string') return false;
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[yd]/i.test(bare) || /[年月日]/.test(bare);
}
