// A1-style addresses for the Excel double: just enough to read what the adapter writes
// ('A1', 'B2:Q70', '$1:$3', "'考核汇总'!$A$1") into 0-based rectangles.
import { columnLetter } from '../../src/engine/cells';

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Excel's sheet limits, used for whole-row references such as '$1:$3'. */
export const MAX_COLUMNS = 16384;
export const MAX_ROWS = 1048576;

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 0-based column index → letters (the engine's columnLetter counts from 1). */
export function columnLetters(index: number): string {
  return columnLetter(index + 1);
}

/** Splits "'My sheet'!$A$1:$B$2" into sheet and local address; sheet is null when absent. */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const text = address.replace(/^=/, '');
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { sheet: null, local: text };
  let sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: text.slice(bang + 1) };
}

function parseRef(ref: string): { row: number | null; col: number | null } {
  const m = /^\$?([A-Za-z]*)\$?(\d*)$/.exec(ref.trim());
  if (!m || (!m[1] && !m[2])) throw new Error(`bad cell reference '${ref}'`);
  return { col: m[1] ? columnIndex(m[1]) : null, row: m[2] ? Number(m[2]) - 1 : null };
}

/** 'B2:C5' → { row: 1, col: 1, rows: 4, cols: 2 }; '$1:$3' spans every column. */
export function parseA1(local: string): Rect {
  const [a, b = a] = local.split(':');
  const p = parseRef(a);
  const q = parseRef(b);
  const row = p.row ?? 0;
  const col = p.col ?? 0;
  const lastRow = q.row ?? MAX_ROWS - 1;
  const lastCol = q.col ?? MAX_COLUMNS - 1;
  return { row, col, rows: lastRow - row + 1, cols: lastCol - col + 1 };
}

export function formatA1(r: Rect): string {
  const first = `${columnLetters(r.col)}${r.row + 1}`;
  if (r.rows === 1 && r.cols === 1) return first;
  return `${first}:${columnLetters(r.col + r.cols - 1)}${r.row + r.rows}`;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
