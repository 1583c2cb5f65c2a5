// Real .xlsx files for the bad-input catalogue and the fuzz test, built by code with ExcelJS (its
// non-streaming writer, so a cell may hold a formula with or without a stored result).
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { CellValue, SheetSnapshot } from '../../src/engine/types';
import { defaultUnits, event, sheet, type Row } from '../helpers/snapshot';

/** A cell of a built book: a plain value, or a formula (result omitted = never calculated). */
export type BookCell = CellValue | { formula: string; result?: CellValue | { error: string } };

export interface BookSheet {
  name: string;
  rows: BookCell[][];
}

/** Sheet snapshots (header + rows) as book sheets. */
export function asBook(sheets: SheetSnapshot[]): BookSheet[] {
  return sheets.map((s) => ({ name: s.name, rows: s.values }));
}

/** A sound book: 单位 and both ledgers with a few Q3 events (exit 0 for 2026Q3). */
export function soundBook(extra: { events?: Row[]; units?: Row[]; sheets?: SheetSnapshot[] } = {}): BookSheet[] {
  const units = extra.units ?? defaultUnits();
  const events = extra.events ?? [
    event({ 单位: 'S01', 日期: '2026-07-15' }),
    event({ 单位: 'S02', 日期: '2026-08-03', 等级: '较大', 来源: '来信来访' }),
    event({ 单位: 'D02', 日期: '2026-09-01', 等级: '表扬', 条款: '8.1', 来源: '客户表扬' }),
  ];
  return asBook([sheet('单位', units), sheet('二级单位考核记录', events), ...(extra.sheets ?? [])]);
}

export async function writeBook(file: string, sheets: BookSheet[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    // Date columns carry a date format, as users' do (a reader may treat such cells differently).
    (s.rows[0] ?? []).forEach((h, c) => {
      if (h === '日期') ws.getColumn(c + 1).numFmt = 'yyyy-mm-dd';
    });
    s.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === undefined) return;
        const cell = ws.getCell(r + 1, c + 1);
        if (typeof v === 'object') {
          cell.value = (v.result === undefined ? { formula: v.formula } : { formula: v.formula, result: v.result }) as ExcelJS.CellValue;
        } else cell.value = v;
      }),
    );
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await wb.xlsx.writeFile(file);
}

/** A copy of `sheets` with one cell replaced (0-based row and column of the named sheet). */
export function withCell(sheets: BookSheet[], name: string, row: number, col: number, value: BookCell): BookSheet[] {
  return sheets.map((s) => {
    if (s.name !== name) return s;
    const rows = s.rows.map((r) => [...r]);
    while (rows.length <= row) rows.push([]);
    while (rows[row].length <= col) rows[row].push(null);
    rows[row][col] = value;
    return { name: s.name, rows };
  });
}

/** The 0-based column of a header on a book sheet's first row. */
export function columnOf(sheets: BookSheet[], name: string, header: string): number {
  const s = sheets.find((x) => x.name === name)!;
  const c = s.rows[0].indexOf(header);
  if (c < 0) throw new Error(`no ${header} on ${name}`);
  return c;
}
