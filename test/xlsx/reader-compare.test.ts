// The streaming reader (src/xlsx/reader) against ExcelJS's document reader, cell for cell: on the
// bundled sample, on a generated 20k-event workbook (ExcelJS's streaming writer, shared strings),
// and on random workbooks holding every kind of cell the engine may meet. Both must give the same
// Snapshot, and the same formula cells without a stored result.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import type { Snapshot } from '../../src/engine';
import { snapshotOfWorkbook } from '../helpers/exceljs-snapshot';
import { readWorkbookBytes } from '../../src/xlsx/reader';
import { cellKey, nodeInflate, uncalculatedCells } from '../../src/xlsx/node/read';
import { addMarker } from '../../src/xlsx/exceljs/markers';
import { writeSnapshotFile } from '../helpers/write-snapshot';
import { writeSampleOrTemplate } from '../../src/cli/init';
import { generateWorkbook } from '../../bench/generate';

let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qs-reader-'))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function viaExcelJS(bytes: Buffer): Promise<{ snapshot: Snapshot; uncalculated: Set<string> }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const uncalculated = new Set<string>();
  return { snapshot: snapshotOfWorkbook(wb, uncalculated), uncalculated };
}

/** The snapshot without the reader-only `uncalculated` lists (compared separately, as sets). */
function bare(s: Snapshot): Snapshot {
  return { sheets: s.sheets.map(({ uncalculated: _, ...rest }) => rest) };
}

async function expectSameAsExcelJS(bytes: Buffer, sliceBytes?: number): Promise<Snapshot> {
  const ours = readWorkbookBytes(bytes, { sliceBytes }).snapshot;
  const theirs = await viaExcelJS(bytes);
  expect(bare(ours)).toEqual(theirs.snapshot);
  expect([...uncalculatedCells(ours)].sort()).toEqual([...theirs.uncalculated].sort());
  // The command's path: parts unpacked whole by Node's zlib instead of fflate in chunks.
  expect(readWorkbookBytes(bytes, { inflateWhole: nodeInflate }).snapshot).toEqual(ours);
  return ours;
}

test('the bundled sample reads the same as through ExcelJS', async () => {
  const file = path.join(dir, 'sample.xlsx');
  await writeSampleOrTemplate(file, true);
  const s = await expectSameAsExcelJS(fs.readFileSync(file));
  expect(s.sheets.map((x) => x.name)).toContain('单位');
});

test('a generated 20k-event workbook (shared strings, date formats) reads the same, in tiny chunks too', async () => {
  const file = path.join(dir, 'generated.xlsx');
  await writeSnapshotFile(generateWorkbook({ events: 20_000 }), file);
  const bytes = fs.readFileSync(file);
  const s = await expectSameAsExcelJS(bytes);
  expect(s.sheets.reduce((n, x) => n + x.values.length, 0)).toBeGreaterThan(20_000);
  // Slices of 1 KiB packed split many tags, entities and multi-byte characters between chunks.
  expect(readWorkbookBytes(bytes, { sliceBytes: 1024 }).snapshot).toEqual(s);
});

// ── random workbooks with every kind of cell ──

type Cell =
  | { kind: 'text'; v: string }
  | { kind: 'number'; v: number }
  | { kind: 'bool'; v: boolean }
  | { kind: 'date'; v: number; fmt: string }
  | { kind: 'rich'; runs: string[] }
  | { kind: 'error'; v: string }
  | { kind: 'formula'; result: number | string | boolean | { error: string } | undefined; date?: boolean };

const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('营销部', '=1+1', '  前后空格  ', 'a&b<c>"d\'', '第8.4条', '', '换\n行', '_x000D_', '😀 表情'),
);
const ERRORS = ['#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!'];
const cell: fc.Arbitrary<Cell> = fc.oneof(
  text.map((v) => ({ kind: 'text' as const, v })),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }).map((v) => ({ kind: 'number' as const, v })),
  fc.integer({ min: -5, max: 100000 }).map((v) => ({ kind: 'number' as const, v })),
  fc.boolean().map((v) => ({ kind: 'bool' as const, v })),
  fc
    .tuple(
      fc.integer({ min: 2, max: 80000 }),
      fc.integer({ min: 0, max: 1439 }),
      fc.constantFrom('yyyy-mm-dd', 'yyyy/m/d h:mm', 'm/d/yy', '[$-804]yyyy"年"m"月"d"日"'),
    )
    .map(([d, m, fmt]) => ({ kind: 'date' as const, v: d + m / 1440, fmt })),
  fc.array(text, { minLength: 1, maxLength: 3 }).map((runs) => ({ kind: 'rich' as const, runs })),
  fc.constantFrom(...ERRORS).map((v) => ({ kind: 'error' as const, v })),
  fc
    // No falsy results (0, '', FALSE): ExcelJS's document reader drops them (tested on their own below).
    .oneof(
      fc.integer({ min: -1000, max: 1000 }).filter((n) => n !== 0),
      text.filter((t) => t !== ''),
      fc.constant(true),
      fc.constantFrom(...ERRORS).map((error) => ({ error })),
      fc.constant(undefined),
    )
    .map((result) => ({ kind: 'formula' as const, result })),
  fc.integer({ min: 30000, max: 60000 }).map((d) => ({ kind: 'formula' as const, result: d, date: true })),
);

const sheetArb = fc.record({
  rows: fc.array(fc.array(fc.option(cell, { nil: null, freq: 3 }), { maxLength: 8 }), { maxLength: 12 }),
  hidden: fc.boolean(),
  merge: fc.option(fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 4 })), { nil: null }),
});

function put(ws: ExcelJS.Worksheet, r: number, c: number, x: Cell): void {
  const target = ws.getCell(r, c);
  switch (x.kind) {
    case 'text':
    case 'number':
    case 'bool':
      target.value = x.v;
      break;
    case 'date':
      // A serial in a date-formatted cell, as Excel stores it.
      target.value = new Date(Math.round((x.v - 25569) * 86400000));
      target.numFmt = x.fmt;
      break;
    case 'rich':
      target.value = { richText: x.runs.map((t, i) => ({ text: t, font: i % 2 ? { bold: true } : {} })) };
      break;
    case 'error':
      target.value = { error: x.v } as ExcelJS.CellErrorValue;
      break;
    case 'formula':
      target.value = (
        x.date
          ? { formula: 'DATE(2026,1,1)', result: new Date(Math.round(((x.result as number) - 25569) * 86400000)) }
          : x.result === undefined
            ? { formula: 'A1+1' }
            : { formula: 'A1+1', result: x.result }
      ) as ExcelJS.CellFormulaValue;
      if (x.date) target.numFmt = 'yyyy-mm-dd';
      break;
  }
}

test('random workbooks with every kind of cell read the same as through ExcelJS', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(sheetArb, { minLength: 1, maxLength: 3 }), fc.boolean(), fc.boolean(), async (sheets, date1904, marked) => {
      const wb = new ExcelJS.Workbook();
      wb.properties.date1904 = date1904;
      sheets.forEach((s, i) => {
        const ws = wb.addWorksheet(`表${i + 1}`, s.hidden && sheets.length > 1 && i > 0 ? { state: 'hidden' } : {});
        s.rows.forEach((row, r) => row.forEach((x, c) => x !== null && put(ws, r + 1, c + 1, x)));
        if (s.merge) ws.mergeCells(1, 1, s.merge[0], s.merge[1]);
      });
      if (marked) addMarker(wb, '表1', 'QSAssess.2026Q3.summary');
      const bytes = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
      await expectSameAsExcelJS(bytes);
      await expectSameAsExcelJS(bytes, 5);
    }),
    { numRuns: 60 },
  );
});

test('a formula never calculated is listed under its own sheet and cell', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('记录').getCell('C7').value = { formula: 'DATE(2026,7,15)' } as ExcelJS.CellFormulaValue;
  const bytes = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const s = readWorkbookBytes(bytes).snapshot;
  expect(s.sheets[0].uncalculated).toEqual([[7, 3]]);
  expect([...uncalculatedCells(s)]).toEqual([cellKey('记录', 7, 3)]);
});

test('formulas whose stored result is FALSE, 0 or empty text read as such (ExcelJS drops those results)', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('判断');
  ws.getCell('A1').value = { formula: 'B1>1', result: false } as ExcelJS.CellFormulaValue;
  ws.getCell('A2').value = { formula: 'B1*0', result: 0 } as ExcelJS.CellFormulaValue;
  ws.getCell('A3').value = { formula: 'B1<1', result: true } as ExcelJS.CellFormulaValue;
  ws.getCell('A4').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
  const bytes = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const ours = readWorkbookBytes(bytes).snapshot.sheets[0];
  expect(ours.values).toEqual([[false], [0], [true], ['#DIV/0!']]);
  expect(ours.uncalculated).toBeUndefined();
  expect((await viaExcelJS(bytes)).snapshot.sheets[0].values).toEqual([[], [], [true], ['#DIV/0!']]);
});
