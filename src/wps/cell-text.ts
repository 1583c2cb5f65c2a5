// How values are written so WPS never takes user text for a formula, a number or a date.
//
// Decision: every non-empty string is written behind the apostrophe quote prefix, as the Excel
// host does (src/office/cell-text.ts), rather than formatting cells as text ('@') first. The
// prefix is what the spreadsheet itself does when a user types '=1+1: the cell keeps the text
// exactly and shows it without the apostrophe. A '@' format would stick to the cell when the user
// later types a number into it, and would have to be set cell by cell around our number columns.
import type { CellValue } from '../engine';

export function asLiteral(v: CellValue): string | number | boolean {
  if (v === null) return '';
  if (typeof v === 'string') return v === '' ? '' : `'${v}`;
  if (typeof v === 'number' && !Number.isFinite(v)) return '';
  return v;
}
