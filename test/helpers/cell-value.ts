// ExcelJS cell values → the engine's CellValue. ExcelJS hands over many shapes (Dates, rich text,
// hyperlinks, formulas with cached results, error objects); the engine wants only
// string | number | boolean | null, with dates as Excel serials.
import type { CellValue } from '../../src/engine';

const UNIX_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86_400_000;

/**
 * ExcelJS builds its Date objects in UTC from the serial (it honours the 1904 date system when
 * reading), so the serial comes back by plain arithmetic, with no time zone involved.
 */
export function dateToSerial(d: Date): number | null {
  const ms = d.getTime();
  if (!Number.isFinite(ms)) return null;
  // Round to the millisecond so 2026-07-15 reads 46218, not 46217.999999999
  return Math.round(ms) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

export function toCellValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case 'string':
      return v;
    case 'number':
      return Number.isFinite(v) ? v : null;
    case 'boolean':
      return v;
    case 'object':
      break;
    default:
      return null;
  }
  if (v instanceof Date) return dateToSerial(v);
  const o = v as Record<string, unknown>;
  // Rich text: the runs' text, formatting dropped.
  if (Array.isArray(o.richText)) {
    return (o.richText as { text?: unknown }[]).map((r) => (typeof r.text === 'string' ? r.text : '')).join('');
  }
  // Formulas (plain, shared, array): the cached result Excel saved; a formula never calculated
  // by a spreadsheet program has no result and reads as an empty cell.
  if ('formula' in o || 'sharedFormula' in o) return toCellValue(o.result);
  // Hyperlinks: the text the user sees (which may itself be rich text).
  if ('hyperlink' in o) return toCellValue(o.text);
  // Errors (#N/A, #DIV/0! …) read as their text, so validation quotes them instead of
  // silently treating the cell as empty.
  if (typeof o.error === 'string') return o.error;
  if ('text' in o) return toCellValue(o.text);
  return null;
}
