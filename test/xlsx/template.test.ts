// The template and the sample as our writer draws them (src/xlsx/writer/template.ts), read back by
// a reader that is not ours, ExcelJS (frozen header, widths, column formats, drop-downs and hints),
// and by our reader and the engine (the sample is clean). LibreOffice opens and prints it in
// template-print.test.ts (an integration suite).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { sampleSheets, templateSheets, type TemplateSheet } from '../../src/engine/template';
import { readSnapshot, writeTemplateWorkbook } from '../../src/xlsx';
import { readWorkbookFile } from '../../src/xlsx/node/read';
import { parseWorkbook } from '../../src/engine';

let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qs-tpl-'))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type Validated = ExcelJS.Worksheet & { dataValidations: { model: Record<string, ExcelJS.DataValidation & { prompt?: string }> } };

async function written(name: string, sheets: TemplateSheet[]): Promise<{ file: string; back: ExcelJS.Workbook }> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, writeTemplateWorkbook(sheets));
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(file);
  return { file, back };
}

test('the template file has frozen headers, widths, formats, drop-downs and hints', async () => {
  const { back } = await written('template.xlsx', templateSheets());
  expect(back.worksheets.map((w) => w.name)).toEqual(templateSheets().map((s) => s.name));
  expect(back.creator).toBe('QS Assess');
  const ledger = back.getWorksheet('二级单位考核记录') as Validated;
  expect(ledger.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  expect(ledger.getCell('A1').value).toBe('日期');
  expect(ledger.getCell('A1').font).toMatchObject({ bold: true, name: '宋体' });
  expect(ledger.getCell('A1').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } });
  expect(ledger.getCell('A1').border).toMatchObject({ bottom: { style: 'thin' } });
  expect(ledger.getRow(1).height).toBe(20);
  expect(ledger.getColumn(6).width).toBe(44); // 事项描述
  const dv = ledger.dataValidations.model;
  // ExcelJS expands a validated range to its cells on reading: check the first and last input rows.
  expect(dv['D2']).toMatchObject({ type: 'list', formulae: ["'考核条款'!$A$2:$A$28"], prompt: '如 8.4(见「考核条款」)' });
  expect(dv['D1001']).toMatchObject({ type: 'list', formulae: ["'考核条款'!$A$2:$A$28"] });
  expect(dv['D1002']).toBeUndefined();
  expect(dv['E2']).toMatchObject({ type: 'list', formulae: ["'处罚标准'!$A$2:$A$10"] });
  expect(dv['C2']).toMatchObject({
    type: 'list',
    formulae: ['"95598工单,新闻媒体,来信来访,明察暗访,上级检查,公司检查,日常考核,客户表扬,其他"'],
    errorStyle: 'warning',
    showErrorMessage: true,
    allowBlank: true,
  });
  expect(dv['I2']).toMatchObject({ type: 'list', formulae: ['"是,否"'] });
  // A hint without a list: an input prompt that accepts anything.
  expect(dv['A2']).toMatchObject({ prompt: '如 2026-07-15', showInputMessage: true });
  expect(dv['A2'].type ?? 'any').toBe('any');
  const units = back.getWorksheet('单位') as Validated;
  expect(units.dataValidations.model['C2']).toMatchObject({ type: 'list', formulae: ['"部门,二级单位"'] });
  // A date typed into the 日期 column shows as a date: the column carries the format.
  expect(ledger.getColumn(1).numFmt).toBe('yyyy-mm-dd');
  expect(ledger.getColumn(4).numFmt).toBe('@');
  expect(ledger.getColumn(1).font).toMatchObject({ name: '宋体', size: 11 });
});

test('the sample file reads back clean through the reader and the engine, dates as serials', async () => {
  const { file, back } = await written('sample.xlsx', sampleSheets());
  const { snapshot } = await readWorkbookFile(file);
  const { model, errors } = parseWorkbook(snapshot);
  expect(errors).toEqual([]);
  expect(model.units).toHaveLength(18);
  expect(model.events.length).toBeGreaterThanOrEqual(280);
  const ledger = snapshot.sheets.find((s) => s.name === '二级单位考核记录')!;
  expect(typeof ledger.values[1][0]).toBe('number');
  expect(back.getWorksheet('二级单位考核记录')!.getCell('A2').numFmt).toBe('yyyy-mm-dd');
  // Every cell of every sheet, as the engine drew it.
  for (const sheet of sampleSheets()) {
    const values = snapshot.sheets.find((s) => s.name === sheet.name)!.values;
    expect(values[0]).toEqual(sheet.columns.map((c) => c.header));
    sheet.rows.forEach((row, r) =>
      row.forEach((v, c) => expect([sheet.name, r, c, values[r + 1]?.[c] ?? null]).toEqual([sheet.name, r, c, v])),
    );
  }
});

test('text is written as text: a formula-like string, white space at the ends, characters XML cannot hold', () => {
  const odd = ['=SUM(A1:A3)', ' 两端有空格 ', 'a\u0001b', '_x0041_', '<&>"\''];
  const sheet: TemplateSheet = {
    name: '杂项 & <测试>',
    columns: [
      { header: '文字', width: 20, numberFormat: '@' },
      { header: '数', width: 8, numberFormat: '0.00' },
      { header: '是否', width: 6 },
    ],
    rows: [...odd.map((t, i) => [t, i + 0.25, i % 2 === 0]), [null, null, null], ['', 7, null]],
    inputRows: 10,
  };
  const snapshot = readSnapshot(writeTemplateWorkbook([sheet]));
  expect(snapshot.sheets.map((s) => s.name)).toEqual(['杂项 & <测试>']);
  const values = snapshot.sheets[0].values;
  odd.forEach((t, i) => expect(values[i + 1].slice(0, 3)).toEqual([t, i + 0.25, i % 2 === 0]));
  expect(values[odd.length + 2]?.[1]).toBe(7);
});
