// Writing a block of values and reading it back. Community reports say an ET write can do nothing
// without an error (WPS.md §6), so every block is read back once: a cell that did not take its
// value stops the run with a message naming the sheet, row and column, instead of a summary that
// silently lacks numbers.
import { cellText, type CellValue } from '../engine';
import { WorkbookError } from './errors';
import { a1 } from './app';
import type { EtWorksheet } from './et';
import { asLiteral } from '../engine';
import { toCellValue, toRows } from './values';

/** Rows per Value2 write: one call per block keeps each synchronous call short. */
export const ROWS_PER_BLOCK = 2000;

/** Writes `rows` (all `cols` wide) at 0-based (top, 0) and checks them; `shift` adjusts date cells. */
export function writeBlock(
  ws: EtWorksheet,
  sheetName: string,
  top: number,
  rows: CellValue[][],
  cols: number,
  shift: (row: number, col: number, v: number) => number = (_r, _c, v) => v,
): void {
  const intended = rows.map((row, r) =>
    Array.from({ length: cols }, (_, c) => {
      const v = row[c] ?? null;
      return typeof v === 'number' ? shift(top + r, c, v) : v;
    }),
  );
  const target = ws.Range(a1({ row: top, col: 0, rows: rows.length, cols }));
  target.Value2 = intended.map((row) => row.map(asLiteral));
  const back = toRows(target.Value2);
  for (let r = 0; r < intended.length; r++) {
    for (let c = 0; c < cols; c++) {
      const want = intended[r][c];
      const got = toCellValue(back[r]?.[c]);
      if (!sameValue(want, got)) {
        throw new WorkbookError(
          'refused',
          `写入工作表「${sheetName}」第 ${top + r + 1} 行第 ${c + 1} 列后读回的是“${cellText(got)}”,应为“${cellText(want)}”:WPS 未完成写入。请重新生成;若仍如此,请将 WPS 版本号告知管理员。`,
        );
      }
    }
  }
}

function sameValue(want: CellValue, got: CellValue): boolean {
  if (want === null || want === '') return got === null || got === '';
  if (typeof want === 'number' && typeof got === 'number') return Math.abs(want - got) <= 1e-9 * Math.max(1, Math.abs(want));
  return want === got;
}
