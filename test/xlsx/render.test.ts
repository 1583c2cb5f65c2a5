// The SheetPlan renderer: draw a plan with ExcelJS, save, reopen, and check what Excel would see.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { SheetPlan } from '../../src/engine';
import { renderPlans, SheetNameClashError } from '../../src/xlsx/exceljs/render';
import { markedSheets } from '../../src/xlsx/exceljs/markers';
import { snapshotOfWorkbook } from '../helpers/exceljs-snapshot';

let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qs-render-'))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A small summary-like plan: title merged over 3 columns, header, two rows, one of them user text. */
function plan(name = '2026年第3季度考核汇总', marker = 'QSAssess.2026Q3.summary', title = '2026年第3季度考核汇总'): SheetPlan {
  return {
    name,
    kind: 'quarter-summary',
    period: '2026Q3',
    marker,
    values: [
      [title, null, null],
      ['单位', '得分', '备注'],
      ['城区供电所', 92.5, '=SUM(A1:A2)'],
      ['路口供电所', 100, null],
    ],
    styles: [
      { range: { row: 0, col: 0, rows: 1, cols: 3 }, style: { bold: true, fontSize: 16, hAlign: 'center' } },
      { range: { row: 1, col: 0, rows: 3, cols: 3 }, style: { border: true, fontSize: 10 } },
      { range: { row: 1, col: 0, rows: 1, cols: 3 }, style: { bold: true, fill: '#DDEBF7', hAlign: 'center', wrap: true } },
      { range: { row: 2, col: 1, rows: 2, cols: 1 }, style: { numberFormat: '0.00', hAlign: 'right' } },
    ],
    merges: [{ row: 0, col: 0, rows: 1, cols: 3 }],
    columnWidths: [16, 8.5, 30],
    rowHeights: [{ row: 0, height: 28 }],
    freeze: { rows: 2, cols: 1 },
    print: {
      paper: 'A4',
      orientation: 'landscape',
      fitToWidth: 1,
      titleRows: { first: 0, last: 1 },
      footer: '第 &P 页 共 &N 页',
      area: { row: 0, col: 0, rows: 4, cols: 3 },
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      centerHorizontally: true,
    },
    charts: [],
  };
}

async function saveAndReopen(wb: ExcelJS.Workbook, name = 'out.xlsx'): Promise<{ wb: ExcelJS.Workbook; file: string }> {
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(file);
  return { wb: back, file };
}

/** A user's sheet with values, a formula, a style and a merge, as a person might have it. */
function addUserSheet(wb: ExcelJS.Workbook, name = '我的笔记'): void {
  const ws = wb.addWorksheet(name);
  ws.getCell('A1').value = '备忘';
  ws.getCell('A1').font = { name: 'Arial', bold: true, color: { argb: 'FFFF0000' } };
  ws.getCell('B2').value = 3;
  ws.getCell('B3').value = { formula: 'B2*2', result: 6 };
  ws.getCell('C4').value = new Date(Date.UTC(2026, 0, 5));
  ws.getCell('C4').numFmt = 'yyyy-mm-dd';
  ws.mergeCells('D1:E2');
  ws.getCell('D1').value = '合并';
  ws.getColumn(1).width = 33;
}

describe('rendering a SheetPlan with ExcelJS', () => {
  test('values, styles, merges, widths, heights and frozen panes arrive in the file', async () => {
    const wb = new ExcelJS.Workbook();
    renderPlans(wb, [plan()]);
    const { wb: back } = await saveAndReopen(wb);
    const ws = back.getWorksheet('2026年第3季度考核汇总')!;
    expect(ws.getCell('A1').value).toBe('2026年第3季度考核汇总');
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 16 });
    expect(ws.getCell('A1').alignment).toMatchObject({ horizontal: 'center' });
    expect(ws.getCell('B3').value).toBe(92.5);
    expect(ws.getCell('B3').numFmt).toBe('0.00');
    expect(ws.getCell('B3').alignment).toMatchObject({ horizontal: 'right' });
    // A later range wins property by property: the header is bold, filled, bordered, size 10.
    expect(ws.getCell('B2').font).toMatchObject({ bold: true, size: 10 });
    expect(ws.getCell('B2').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } });
    expect(ws.getCell('B2').border).toMatchObject({ top: { style: 'thin' }, bottom: { style: 'thin' } });
    expect(ws.getCell('B2').alignment).toMatchObject({ wrapText: true });
    // Borders on empty cells of a bordered range too.
    expect(ws.getCell('C4').border).toMatchObject({ left: { style: 'thin' } });
    expect((ws.model as { merges: string[] }).merges).toEqual(['A1:C1']);
    expect([1, 2, 3].map((c) => ws.getColumn(c).width)).toEqual([16, 8.5, 30]);
    expect(ws.getRow(1).height).toBe(28);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 2 });
  });

  test('the print setup of SPEC §3: A4 landscape, one page wide, titles, footer, area, margins, centred', async () => {
    const wb = new ExcelJS.Workbook();
    renderPlans(wb, [plan()]);
    const { wb: back, file } = await saveAndReopen(wb, 'print.xlsx');
    const ws = back.getWorksheet('2026年第3季度考核汇总')!;
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:2',
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    });
    expect(ws.headerFooter.oddFooter).toBe('&C第 &P 页 共 &N 页');
    // The print area as Excel stores it: a defined name _xlnm.Print_Area on that sheet.
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const book = await zip.file('xl/workbook.xml')!.async('string');
    expect(book).toMatch(
      /<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;2026年第3季度考核汇总&apos;!\$A\$?1:\$C\$?4<\/definedName>/,
    );
    expect(book).toMatch(
      /<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;2026年第3季度考核汇总&apos;!\$1:\$2<\/definedName>/,
    );
    expect(book).toContain('<definedName name="QSAssess.2026Q3.summary">&apos;2026年第3季度考核汇总&apos;!$A$1</definedName>');
  });

  test("a value starting with '=' is written as a text cell, never a formula", async () => {
    const wb = new ExcelJS.Workbook();
    renderPlans(wb, [plan()]);
    const { wb: back, file } = await saveAndReopen(wb, 'text.xlsx');
    expect(back.getWorksheet('2026年第3季度考核汇总')!.getCell('C3').value).toBe('=SUM(A1:A2)');
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const sheetXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheetXml).not.toContain('<f>');
    expect(sheetXml).toMatch(/<c r="C3"[^>]*t="s"/);
  });

  test('regenerating replaces only our sheet, in its tab position, and keeps user sheets intact', async () => {
    const wb = new ExcelJS.Workbook();
    addUserSheet(wb, '前');
    renderPlans(wb, [plan(undefined, undefined, '第一次')]);
    addUserSheet(wb, '后');
    const first = await saveAndReopen(wb, 'regen1.xlsx');
    renderPlans(first.wb, [plan(undefined, undefined, '第二次')]);
    const { wb: back } = await saveAndReopen(first.wb, 'regen2.xlsx');
    expect(back.worksheets.map((w) => w.name)).toEqual(['前', '2026年第3季度考核汇总', '后']);
    expect(back.getWorksheet('2026年第3季度考核汇总')!.getCell('A1').value).toBe('第二次');
    expect([...markedSheets(back)]).toEqual(['2026年第3季度考核汇总']);
    const names = (back.definedNames.model as { name: string; ranges: string[] }[]).filter((n) => n.name.startsWith('QSAssess'));
    expect(names).toEqual([{ name: 'QSAssess.2026Q3.summary', ranges: ["'2026年第3季度考核汇总'!$A$1"] }]);
    for (const name of ['前', '后']) {
      const ws = back.getWorksheet(name)!;
      expect(ws.getCell('A1').value).toBe('备忘');
      expect(ws.getCell('A1').font).toMatchObject({ name: 'Arial', bold: true, color: { argb: 'FFFF0000' } });
      expect(ws.getCell('B3').value).toEqual({ formula: 'B2*2', result: 6 });
      expect(ws.getCell('C4').value).toEqual(new Date(Date.UTC(2026, 0, 5)));
      expect(ws.getCell('C4').numFmt).toBe('yyyy-mm-dd');
      expect((ws.model as { merges: string[] }).merges).toEqual(['D1:E2']);
      expect(ws.getColumn(1).width).toBe(33);
    }
    // And the user sheets read back to the same Snapshot values as before regeneration.
    const before = snapshotOfWorkbook(first.wb).sheets.filter((s) => !s.generated);
    const after = snapshotOfWorkbook(back).sheets.filter((s) => !s.generated);
    expect(after).toEqual(before);
  });

  test("a user's sheet with the name of a sheet we would generate is refused, nothing changed", async () => {
    const wb = new ExcelJS.Workbook();
    addUserSheet(wb, '2026年第3季度扣分明细');
    const detail = plan('2026年第3季度扣分明细', 'QSAssess.2026Q3.detail');
    expect(() => renderPlans(wb, [plan(), detail])).toThrow(SheetNameClashError);
    expect(() => renderPlans(wb, [plan(), detail])).toThrow(/「2026年第3季度扣分明细」.*不是本工具生成的/);
    // The first plan was not drawn either: the check comes before any change.
    expect(wb.worksheets.map((w) => w.name)).toEqual(['2026年第3季度扣分明细']);
    expect(wb.getWorksheet('2026年第3季度扣分明细')!.getCell('A1').value).toBe('备忘');
  });

  test('a generated sheet the user renamed to keep loses the marker to the new one and becomes theirs', async () => {
    const wb = new ExcelJS.Workbook();
    renderPlans(wb, [plan()]);
    wb.getWorksheet('2026年第3季度考核汇总')!.name = '第三季度(已签字)';
    // ExcelJS does not follow renames in defined names, Excel does: do what Excel would have done.
    wb.definedNames.model = [{ name: 'QSAssess.2026Q3.summary', ranges: ["'第三季度(已签字)'!$A$1"] }];
    renderPlans(wb, [plan()]);
    const { wb: back } = await saveAndReopen(wb, 'renamed.xlsx');
    expect(back.worksheets.map((w) => w.name)).toEqual(['第三季度(已签字)', '2026年第3季度考核汇总']);
    expect([...markedSheets(back)]).toEqual(['2026年第3季度考核汇总']);
  });
});
