// The ExcelJS reader: a real .xlsx written by ExcelJS, read back into the engine's Snapshot.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { cellKey, readWorkbookFile } from '../../src/xlsx/node/read';
import { addMarker } from '../../src/xlsx/exceljs/markers';
import type { SheetSnapshot } from '../../src/engine';

let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qs-read-'))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function roundTrip(build: (wb: ExcelJS.Workbook) => void): Promise<SheetSnapshot[]> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const file = path.join(dir, `rt-${Math.random().toString(36).slice(2)}.xlsx`);
  await wb.xlsx.writeFile(file);
  return (await readWorkbookFile(file)).snapshot.sheets;
}

describe('reading a workbook into a Snapshot', () => {
  test('plain values keep their types, from A1, rows ragged', async () => {
    const [s] = await roundTrip((wb) => {
      const ws = wb.addWorksheet('单位');
      ws.addRow(['单位编码', '单位名称', '类别']);
      ws.addRow(['D01', '办公室', '部门']);
      ws.getCell('B4').value = 12.5;
      ws.getCell('C4').value = true;
    });
    expect(s.name).toBe('单位');
    expect(s.top).toBe(1);
    expect(s.left).toBe(1);
    expect(s.values).toEqual([['单位编码', '单位名称', '类别'], ['D01', '办公室', '部门'], [], [null, 12.5, true]]);
  });

  test('dates become Excel serials: 2026-07-15 is 46218, a time keeps its fraction', async () => {
    const [s] = await roundTrip((wb) => {
      const ws = wb.addWorksheet('记录');
      ws.getCell('A1').value = new Date(Date.UTC(2026, 6, 15));
      ws.getCell('A1').numFmt = 'yyyy-mm-dd';
      ws.getCell('B1').value = new Date(Date.UTC(2026, 6, 15, 18, 0, 0));
      ws.getCell('B1').numFmt = 'yyyy-mm-dd hh:mm';
      ws.getCell('C1').value = new Date(Date.UTC(1999, 11, 31));
      ws.getCell('C1').numFmt = 'yyyy/m/d';
    });
    expect(s.values[0]).toEqual([46218, 46218.75, 36525]);
  });

  test('a workbook in the 1904 date system still yields 1900-system serials', async () => {
    const [s] = await roundTrip((wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet('记录');
      ws.getCell('A1').value = new Date(Date.UTC(2026, 6, 15));
      ws.getCell('A1').numFmt = 'yyyy-mm-dd';
    });
    expect(s.values[0]).toEqual([46218]);
  });

  test('rich text, hyperlinks, formulas and errors read as what the user sees', async () => {
    const [s] = await roundTrip((wb) => {
      const ws = wb.addWorksheet('杂项');
      ws.getCell('A1').value = { richText: [{ text: '客户投诉', font: { bold: true } }, { text: '抄表员估抄' }] };
      ws.getCell('B1').value = { text: '营销部', hyperlink: 'https://example.invalid/yx' };
      ws.getCell('C1').value = { formula: 'D1*2', result: 8 };
      ws.getCell('D1').value = 4;
      ws.getCell('E1').value = { formula: 'TEXT(D1,"0")', result: '4' };
      ws.getCell('F1').value = { formula: 'DATE(2026,7,15)', result: new Date(Date.UTC(2026, 6, 15)) };
      ws.getCell('G1').value = { formula: '1/0', result: { error: '#DIV/0!' } };
      ws.getCell('H1').value = { error: '#N/A' };
      ws.getCell('I1').value = { formula: 'D1>3', result: true };
      // A formula never calculated by a spreadsheet program has no cached result: an empty cell.
      ws.getCell('J1').value = { formula: 'D1+1' } as ExcelJS.CellFormulaValue;
      ws.getCell('K1').value = 'end';
    });
    expect(s.values[0]).toEqual(['客户投诉抄表员估抄', '营销部', 8, 4, '4', 46218, '#DIV/0!', '#N/A', true, null, 'end']);
  });

  test('shared formulas read their own cached results', async () => {
    const [s] = await roundTrip((wb) => {
      const ws = wb.addWorksheet('公式');
      ws.getCell('A1').value = 1;
      ws.getCell('A2').value = 2;
      ws.getCell('B1').value = { formula: 'A1*10', result: 10, shareType: 'shared', ref: 'B1:B2' } as ExcelJS.CellFormulaValue;
      ws.getCell('B2').value = { sharedFormula: 'B1', result: 20 } as ExcelJS.CellSharedFormulaValue;
    });
    expect(s.values).toEqual([
      [1, 10],
      [2, 20],
    ]);
  });

  test('a merged range holds its value once, in the master cell', async () => {
    const [s] = await roundTrip((wb) => {
      const ws = wb.addWorksheet('合并');
      ws.getCell('A1').value = '考核汇总';
      ws.mergeCells('A1:C2');
      ws.getCell('A3').value = 'x';
    });
    expect(s.values).toEqual([['考核汇总'], [], ['x']]);
  });

  test("text beginning with '=' stays text through write and read", async () => {
    const [s] = await roundTrip((wb) => {
      wb.addWorksheet('记录').addRow(['=1+1', '=HYPERLINK("http://x")', '+5']);
    });
    expect(s.values[0]).toEqual(['=1+1', '=HYPERLINK("http://x")', '+5']);
  });

  test('hidden sheets are read; sheets carrying our marker are flagged generated', async () => {
    const sheets = await roundTrip((wb) => {
      wb.addWorksheet('单位').getCell('A1').value = 'a';
      const hidden = wb.addWorksheet('节假日', { state: 'hidden' });
      hidden.getCell('A1').value = '日期';
      wb.addWorksheet('2026年第3季度考核汇总').getCell('A1').value = '标题';
      addMarker(wb, '2026年第3季度考核汇总', 'QSAssess.2026Q3.summary');
      // A user's own defined name does not make a sheet ours.
      wb.addWorksheet('备注').getCell('A1').value = 'n';
      wb.definedNames.add("'备注'!$A$1", 'myName');
    });
    expect(sheets.map((s) => [s.name, s.generated ?? false])).toEqual([
      ['单位', false],
      ['节假日', false],
      ['2026年第3季度考核汇总', true],
      ['备注', false],
    ]);
    expect(sheets[1].values).toEqual([['日期']]);
  });
});

describe('formulas never calculated', () => {
  test('read as empty, and are listed so messages can say why', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('记录');
    ws.getCell('A1').value = { formula: '1+1', result: 2 } as ExcelJS.CellFormulaValue;
    ws.getCell('B2').value = { formula: 'DATE(2026,7,15)' } as ExcelJS.CellFormulaValue;
    const file = path.join(dir, 'uncalculated.xlsx');
    await wb.xlsx.writeFile(file);
    const { snapshot, uncalculated } = await readWorkbookFile(file);
    expect(snapshot.sheets[0].values).toEqual([[2]]);
    expect([...uncalculated]).toEqual([cellKey('记录', 2, 2)]);
  });
});
