// An ExcelJS workbook → the engine's Snapshot: every sheet (hidden ones too), its values from A1,
// with our generated sheets flagged so the parser never reads them as input. The command reads
// files with the streaming reader (src/xlsx/reader); this one serves the tests, which compare the
// two cell for cell, and the reader benchmark.
import type ExcelJS from 'exceljs';
import type { CellValue, SheetSnapshot, Snapshot } from '../../src/engine';
import { toCellValue } from './cell-value';
import { markedSheets } from '../../src/xlsx/exceljs/markers';

// ExcelJS's ValueType.Merge: a non-master cell of a merged range. ExcelJS echoes the master's
// value there; the sheet holds it once, so we read it once.
const MERGE = 1;
const FORMULA = 6;

/**
 * Formula cells with no cached result (a file written by a program and never opened in a
 * spreadsheet): they read as empty, and messages about them should say why. Keys from cellKey().
 */
export type UncalculatedCells = Set<string>;

export function cellKey(sheet: string, row: number, column: number): string {
  return `${sheet}\u0000${row}\u0000${column}`;
}

export function snapshotOfWorkbook(workbook: ExcelJS.Workbook, uncalculated?: UncalculatedCells): Snapshot {
  const generated = markedSheets(workbook);
  const sheets: SheetSnapshot[] = workbook.worksheets.map((ws) => {
    const values = sheetValues(ws, uncalculated);
    const sheet: SheetSnapshot = { name: ws.name, values, top: 1, left: 1 };
    if (generated.has(ws.name)) sheet.generated = true;
    return sheet;
  });
  return { sheets };
}

function sheetValues(ws: ExcelJS.Worksheet, uncalculated?: UncalculatedCells): CellValue[][] {
  const values: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (cell.type === MERGE) return;
      const v = toCellValue(cell.value);
      if (v === null) {
        if (uncalculated && cell.type === FORMULA) uncalculated.add(cellKey(ws.name, rowNumber, col));
        return;
      }
      while (out.length < col - 1) out.push(null);
      out[col - 1] = v;
    });
    if (out.length === 0) return;
    while (values.length < rowNumber - 1) values.push([]);
    values[rowNumber - 1] = out;
  });
  return values;
}
