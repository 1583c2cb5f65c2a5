// The import's write (src/xlsx/append.ts) on its own: user text stays text (never a formula, control
// characters kept), a target cell that is not empty refuses the whole write, a missing ledger is a
// new sheet, and a 1904 workbook gets its dates shifted. Books are written by ExcelJS and read back
// by our reader.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { LedgerWrite } from '../../src/engine';
import { appendLedgerRows } from '../../src/xlsx/append';
import { FileProblem, readSnapshot, readWorkbookBytes } from '../../src/xlsx';

async function book(date1904 = false): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  if (date1904) wb.properties.date1904 = true;
  const ws = wb.addWorksheet('二级单位考核记录');
  ws.addRow(['日期', '单位', '事项描述', '备注']);
  ws.addRow([46218, 'S01', '已有', null]);
  ws.getCell('A2').numFmt = 'yyyy-mm-dd';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const write = (cells: LedgerWrite['rows'][number]['cells'], row = 3, sheet = '二级单位考核记录', create = false): LedgerWrite => ({
  sheet,
  create,
  headerRow: 1,
  headers: create ? [{ column: 1, text: '日期' }] : [],
  rows: [{ row, cells }],
});

test('text that looks like a formula stays text, control characters survive, dates are dates', async () => {
  const out = appendLedgerRows(await book(), [
    write([
      { column: 1, value: 46219, kind: 'date', mark: false },
      { column: 2, value: '=HYPERLINK("http://x","y")', kind: 'text', mark: true },
      { column: 3, value: 'a\u0001b _x0041_ <&>', kind: 'text', mark: false },
      { column: 4, value: '007', kind: 'text', mark: false },
    ]),
  ]);
  const s = readSnapshot(out).sheets[0];
  expect(s.values[2]).toEqual([46219, '=HYPERLINK("http://x","y")', 'a\u0001b _x0041_ <&>', '007']);
  expect(s.values[1].slice(0, 3)).toEqual([46218, 'S01', '已有']);
  const xml = await (await JSZip.loadAsync(out)).file('xl/worksheets/sheet1.xml')!.async('string');
  expect(xml).not.toMatch(/<f>/);
});

test('a target cell that holds anything refuses the write; nothing is returned', async () => {
  expect(() => appendLedgerRows(new Uint8Array(0), [])).toThrow(FileProblem);
  const b = await book();
  expect(() => appendLedgerRows(b, [write([{ column: 2, value: 'x', kind: 'text', mark: false }], 2)])).toThrow(
    /「二级单位考核记录」的 B2 单元格已有内容/,
  );
});

test('a missing ledger is created as a new sheet; a 1904 book gets its dates shifted back', async () => {
  const out = appendLedgerRows(await book(true), [write([{ column: 1, value: 46219, kind: 'date', mark: true }], 2, '部门考核记录', true)]);
  const { snapshot, date1904 } = readWorkbookBytes(out);
  expect(date1904).toBe(true);
  const dept = snapshot.sheets.find((x) => x.name === '部门考核记录')!;
  // The reader gives 1900-system serials whatever the book's system: the same day comes back.
  expect(dept.values).toEqual([['日期'], [46219]]);
});
