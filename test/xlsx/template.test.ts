// The template drawn by ExcelJS: headers, frozen row, widths, formats and drop-downs in the file.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { sampleSheets, templateSheets } from '../../src/engine/template';
import { renderTemplate } from '../../src/xlsx/exceljs/template';
import { readWorkbookFile } from '../../src/xlsx/node/read';
import { parseWorkbook } from '../../src/engine';

let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qs-tpl-'))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type Validated = ExcelJS.Worksheet & { dataValidations: { model: Record<string, ExcelJS.DataValidation> } };

test('the template file has frozen headers, widths, formats and drop-downs', async () => {
  const wb = new ExcelJS.Workbook();
  renderTemplate(wb, templateSheets());
  const file = path.join(dir, 'template.xlsx');
  await wb.xlsx.writeFile(file);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(file);
  const ledger = back.getWorksheet('二级单位考核记录') as Validated;
  expect(ledger.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  expect(ledger.getCell('A1').value).toBe('日期');
  expect(ledger.getCell('A1').font).toMatchObject({ bold: true });
  expect(ledger.getColumn(6).width).toBe(44); // 事项描述
  const dv = ledger.dataValidations.model;
  // ExcelJS expands a validated range to its cells on reading: check the first and last input rows.
  expect(dv['D2']).toMatchObject({ type: 'list', formulae: ["'考核条款'!$A$2:$A$28"] });
  expect(dv['D1001']).toMatchObject({ type: 'list', formulae: ["'考核条款'!$A$2:$A$28"] });
  expect(dv['D1002']).toBeUndefined();
  expect(dv['E2']).toMatchObject({ type: 'list', formulae: ["'处罚标准'!$A$2:$A$10"] });
  expect(dv['C2']).toMatchObject({
    type: 'list',
    formulae: ['"95598工单,新闻媒体,来信来访,明察暗访,上级检查,公司检查,日常考核,客户表扬,其他"'],
  });
  expect(dv['I2']).toMatchObject({ type: 'list', formulae: ['"是,否"'] });
  const units = back.getWorksheet('单位') as Validated;
  expect(units.dataValidations.model['C2']).toMatchObject({ type: 'list', formulae: ['"部门,二级单位"'] });
  // A date typed into the 日期 column shows as a date: the column carries the format.
  expect(ledger.getColumn(1).numFmt).toBe('yyyy-mm-dd');
  expect(ledger.getColumn(4).numFmt).toBe('@');
});

test('the sample file reads back clean through the reader and the engine, dates as serials', async () => {
  const wb = new ExcelJS.Workbook();
  renderTemplate(wb, sampleSheets());
  const file = path.join(dir, 'sample.xlsx');
  await wb.xlsx.writeFile(file);
  const { snapshot } = await readWorkbookFile(file);
  const { model, errors } = parseWorkbook(snapshot);
  expect(errors).toEqual([]);
  expect(model.units).toHaveLength(18);
  expect(model.events.length).toBeGreaterThanOrEqual(280);
  const ledger = snapshot.sheets.find((s) => s.name === '二级单位考核记录')!;
  expect(typeof ledger.values[1][0]).toBe('number');
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(file);
  expect(back.getWorksheet('二级单位考核记录')!.getCell('A2').numFmt).toBe('yyyy-mm-dd');
});
