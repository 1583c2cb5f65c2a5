// How user text is written so Excel never takes it for a formula, a number or a date.
//
// We prefix every non-empty string with an apostrophe, Excel's quote prefix: the cell stores
// the text exactly, shows it without the apostrophe, and never evaluates it. The alternative,
// formatting text columns as '@' before writing, is not enough: a value written through the API
// that starts with '=' can still become a formula, and a Text format would also stick to the
// cell when the user later types a number into it. The prefix costs one byte per string.
import type { CellValue } from '../engine';

export function asLiteral(v: CellValue): string | number | boolean {
  if (v === null) return '';
  if (typeof v === 'string') return v === '' ? '' : `'${v}`;
  if (typeof v === 'number' && !Number.isFinite(v)) return '';
  return v;
}

export function literalRows(rows: CellValue[][]): (string | number | boolean)[][] {
  return rows.map((row) => row.map(asLiteral));
}
