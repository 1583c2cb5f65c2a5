// Reads the open workbook into the engine's Snapshot: each sheet's used range as one Value2 read,
// generated sheets (by their markers) flagged and never read. Dates come as serials; a book in the
// 1904 date system has its date cells moved to the 1900 system the engine counts in.
import { PUBLISH_MARKER, type CellValue, type SheetSnapshot, type Snapshot } from '../engine';
import { a1, activeWorkbook, probe, yieldToUi } from './app';
import type { EtApplication, EtWorkbook, EtWorksheet } from './et';
import { allNames, readMarkers, sheetKey } from './markers';
import { DATE_1904_SHIFT, isDateFormat, toCellValue, toRows } from './values';

/**
 * Date1904 is not in WPS's Workbook documentation (WPS.md "Not confirmed"): a build without it
 * throws or returns nothing, and such a book is taken to be in the 1900 system, as WPS creates them.
 */
export function uses1904(wb: EtWorkbook): boolean {
  return probe(() => wb.Date1904) === true;
}

export async function readSnapshot(app: EtApplication): Promise<Snapshot> {
  const wb = activeWorkbook(app);
  const markers = readMarkers(allNames(wb));
  const marked = new Set(markers.map((m) => sheetKey(m.sheet)));
  // The 发布记录 (SPEC §10) is ours but read back: the published results are compared with the book.
  const record = new Set(markers.filter((m) => m.name === PUBLISH_MARKER).map((m) => sheetKey(m.sheet)));
  const date1904 = uses1904(wb);
  const sheets: SheetSnapshot[] = [];
  const count = wb.Worksheets.Count;
  for (let i = 1; i <= count; i++) {
    const ws = wb.Worksheets.Item(i);
    const name = String(ws.Name);
    if (marked.has(sheetKey(name)) && !record.has(sheetKey(name))) {
      sheets.push({ name, values: [], generated: true });
      continue;
    }
    if (record.has(sheetKey(name))) {
      sheets.push({ ...readSheet(ws, name, false), generated: true });
      continue;
    }
    sheets.push(readSheet(ws, name, date1904));
    // A big sheet is one long synchronous call: let the pane repaint between sheets.
    await yieldToUi();
  }
  return { sheets };
}

function readSheet(ws: EtWorksheet, name: string, date1904: boolean): SheetSnapshot {
  const used = ws.UsedRange;
  const top = used.Row;
  const left = used.Column;
  const values: CellValue[][] = toRows(used.Value2).map((row) => row.map(toCellValue));
  if (date1904) shiftDates(ws, values, top, left);
  return { name, values, top, left };
}

/**
 * Value2 alone cannot tell a date from a number, so in a 1904 book the number formats decide: a
 * column formatted as a date throughout is shifted at once; a mixed column (a text header above
 * dates, say) is looked at cell by cell, numbers only. Only 1904 books pay for this.
 */
function shiftDates(ws: EtWorksheet, values: CellValue[][], top: number, left: number): void {
  const cols = values.reduce((n, r) => Math.max(n, r.length), 0);
  for (let c = 0; c < cols; c++) {
    const column = { row: top - 1, col: left - 1 + c, rows: values.length, cols: 1 };
    const format = ws.Range(a1(column)).NumberFormat;
    for (let r = 0; r < values.length; r++) {
      const v = values[r][c];
      if (typeof v !== 'number') continue;
      const date = typeof format === 'string' ? isDateFormat(format) : isDateFormat(ws.Cells.Item(top + r, left + c).NumberFormat);
      if (date) values[r][c] = v + DATE_1904_SHIFT;
    }
  }
}
