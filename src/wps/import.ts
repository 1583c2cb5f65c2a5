// 「导入记录…」 in WPS (SPEC §9): the engine's import plan written into the active workbook through
// ET, as the Excel host and the .xlsx appender write it: a missing ledger added with its header, a
// missing column's header cell, rows below the last record, cells to fill light yellow. Every
// target cell is checked empty first (the workbook may have changed since it was read): one that
// is not stops the import before anything is written.
import { asLiteral, cellAddress, cellText, type LedgerWrite, type PlannedCell } from '../engine';
import { activeWorkbook, bgr } from './app';
import type { EtApplication, EtWorksheet } from './et';
import { sheetKey } from './markers';
import { uses1904 } from './read';
import { sheetsByKey } from './render';
import { toCellValue } from './values';

const MARK_COLOR = '#FFF2CC';
const HEADER_FILL = '#DDEBF7';
const DATE_1904_SHIFT = 1462;

export async function appendRows(app: EtApplication, writes: readonly LedgerWrite[]): Promise<void> {
  const wb = activeWorkbook(app);
  const sheets = sheetsByKey(wb);
  for (const w of writes) {
    if (w.create) continue;
    const ws = sheets.get(sheetKey(w.sheet));
    if (!ws) throw new Error(`找不到工作表「${w.sheet}」,它可能已被改名或删除:未写入任何内容。请重新读取后再导入。`);
    const cells = [...w.headers.map((h) => [w.headerRow, h.column]), ...w.rows.flatMap((r) => r.cells.map((c) => [r.row, c.column]))];
    for (const [row, column] of cells) {
      const v = toCellValue(ws.Range(cellAddress(row, column)).Value2);
      if (cellText(v) !== '') {
        throw new Error(
          `「${w.sheet}」的 ${cellAddress(row, column)} 单元格已有内容:导入只在最后一条记录下方追加,不会覆盖任何单元格,未写入任何内容。请重新读取工作簿后再导入。`,
        );
      }
    }
  }
  const shift = uses1904(wb) ? DATE_1904_SHIFT : 0;
  for (const w of writes) {
    let ws: EtWorksheet;
    if (w.create) {
      ws = wb.Worksheets.Add(null, wb.Worksheets.Item(wb.Worksheets.Count));
      ws.Name = w.sheet;
    } else ws = sheetsByKey(wb).get(sheetKey(w.sheet))!;
    for (const h of w.headers) {
      const cell = ws.Range(cellAddress(w.headerRow, h.column));
      cell.NumberFormat = '@';
      cell.Value2 = asLiteral(h.text);
      cell.Font.Bold = true;
      cell.Interior.Color = bgr(HEADER_FILL);
    }
    for (const r of w.rows) for (const c of r.cells) writeCell(ws, r.row, c, shift);
  }
}

/** Format first, so a serial lands as a date and a ticket number stays text. */
function writeCell(ws: EtWorksheet, row: number, c: PlannedCell, shift: number): void {
  const cell = ws.Range(cellAddress(row, c.column));
  cell.NumberFormat = c.kind === 'date' ? 'yyyy-mm-dd' : c.kind === 'number' ? 'General' : '@';
  if (c.value !== null) cell.Value2 = c.kind === 'date' && typeof c.value === 'number' ? c.value - shift : asLiteral(c.value);
  if (c.mark) cell.Interior.Color = bgr(MARK_COLOR);
}
