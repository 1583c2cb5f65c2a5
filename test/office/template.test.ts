import { writeTemplateSheets } from '../../src/office/template';
import { readSnapshot } from '../../src/office/read';
import { selectCell } from '../../src/office/select';
import { parseWorkbook } from '../../src/engine';
import { sampleSheets, templateSheets } from '../../src/engine/template';
import { newDouble } from '../doubles/host';

describe('writeTemplateSheets (新建模板)', () => {
  test('creates every template sheet with headers, table, frozen header and drop-downs in two round trips', async () => {
    const { excel, host } = newDouble();
    excel.addSheet('Sheet1');
    const template = templateSheets();
    const outcome = await writeTemplateSheets(host, template, 'skip');
    expect(outcome.created).toEqual(template.map((s) => s.name));
    expect(outcome.skipped).toEqual([]);
    expect(outcome.warnings).toEqual([]);
    expect(excel.syncs).toHaveLength(2);

    const ledger = excel.sheet('部门考核记录')!;
    expect(excel.valuesOf('部门考核记录')[0].slice(0, 6)).toEqual(['日期', '单位', '来源', '条款', '等级', '事项描述']);
    expect(ledger.freeze).toEqual({ rows: 1, cols: 0 });
    expect(ledger.tables).toHaveLength(1);
    expect(ledger.tables[0]).toMatchObject({ address: expect.stringMatching(/^A1:[A-Z]+2$/), hasHeaders: true });
    expect(ledger.numberFormats.get('1,0')).toBe('yyyy-mm-dd');
    const sources = Object.fromEntries(
      ledger.validations.map((v) => [v.address.replace(/\d+/g, ''), (v.rule as { list: { source: string } }).list.source]),
    );
    expect(sources['C:C']).toContain('95598工单');
    expect(sources['D:D']).toMatch(/^='考核条款'!\$A\$2:\$A\$\d+$/);
    expect(sources['E:E']).toMatch(/^='处罚标准'!\$A\$2:\$A\$\d+$/);
    expect(Object.values(sources)).toContain('是,否');
    expect(excel.sheet('单位')!.validations.map((v) => (v.rule as { list: { source: string } }).list.source)).toEqual(['部门,二级单位']);
    // The clause ids stay text ('5.1', not the number 5.1).
    const clauses = excel.valuesOf('考核条款');
    expect(clauses[1][0]).toBe('5.1');
    expect(excel.sheet('考核条款')!.formulas.size).toBe(0);
    expect(excel.activeSheet).toBe(template[0].name);
  });

  test('skips sheets the workbook already has and leaves them as they were', async () => {
    const { excel, host } = newDouble();
    excel.addSheet('单位', [['我的单位表'], ['D01']]);
    const outcome = await writeTemplateSheets(host, templateSheets(), 'skip');
    expect(outcome.skipped).toEqual(['单位']);
    expect(outcome.created).not.toContain('单位');
    expect(excel.valuesOf('单位')).toEqual([['我的单位表'], ['D01']]);
    expect(excel.sheet('单位')!.validations).toEqual([]);
  });

  test('without data validation (ExcelApi < 1.8) the template is made without drop-downs, and says so', async () => {
    const { excel, host } = newDouble({ excelApi: '1.7' });
    excel.addSheet('Sheet1');
    const outcome = await writeTemplateSheets(host, templateSheets(), 'skip');
    expect(outcome.warnings).toEqual([expect.stringContaining('ExcelApi 1.8')]);
    expect(excel.sheets.flatMap((s) => s.validations)).toEqual([]);
    expect(excel.sheet('部门考核记录')!.tables).toHaveLength(1);
  });
});

describe('writeTemplateSheets (插入示例数据)', () => {
  test('refuses to mix the sample into existing sheets', async () => {
    const { excel, host } = newDouble();
    excel.addSheet('部门考核记录', [['日期']]);
    await expect(writeTemplateSheets(host, sampleSheets(), 'refuse')).rejects.toMatchObject({
      kind: 'sheet-conflict',
      sheets: ['部门考核记录'],
    });
    expect(excel.sheets).toHaveLength(1);
  });

  test('the inserted sample reads back and parses without a single error', async () => {
    const { excel, host } = newDouble();
    excel.addSheet('Sheet1');
    await writeTemplateSheets(host, sampleSheets(), 'refuse');
    const snapshot = await readSnapshot(host);
    const { model, errors } = parseWorkbook(snapshot);
    expect(errors).toEqual([]);
    expect(model.units).toHaveLength(18);
    expect(model.events.length).toBeGreaterThan(50);
    expect(model.rules.source).toEqual({ clauses: 'workbook', ladder: 'workbook', params: 'workbook' });
  });
});

describe('selectCell', () => {
  test('activates the sheet and selects the cell in one round trip', async () => {
    const { excel, host } = newDouble();
    excel.addSheet('单位');
    excel.addSheet('部门考核记录');
    await selectCell(host, '部门考核记录', 12, 4);
    expect(excel.activeSheet).toBe('部门考核记录');
    expect(excel.selection).toEqual({ sheet: '部门考核记录', address: 'D12' });
    expect(excel.syncs).toHaveLength(1);
  });

  test('a whole-row error selects the row; a missing sheet gives a plain message', async () => {
    const { excel, host } = newDouble();
    excel.addSheet('单位');
    await selectCell(host, '单位', 7, null);
    expect(excel.selection).toEqual({ sheet: '单位', address: 'A7:XFD7' });
    await expect(selectCell(host, '已删除', 1, 1)).rejects.toMatchObject({ kind: 'not-found', message: expect.stringContaining('「已删除」') });
  });
});
