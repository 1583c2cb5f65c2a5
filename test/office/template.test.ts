import { writeTemplateSheets } from '../../src/office/template';
import { readSnapshot } from '../../src/office/read';
import { selectCell } from '../../src/office/select';
import { parseWorkbook } from '../../src/engine';
import { sampleSheets, templateSheets } from '../../src/engine/template';
import { newDouble } from '../doubles/host';
import { WEB_PAYLOAD_LIMIT, type ExcelDouble } from '../doubles/excel-double';
import type { TemplateSheet } from '../../src/engine/template';

/** The sample with both ledgers blown up to ~3 MB each, so Excel on the web needs several requests. */
function bigSample(): TemplateSheet[] {
  const sheets = sampleSheets();
  for (const name of ['部门考核记录', '二级单位考核记录']) {
    const s = sheets.find((x) => x.name === name)!;
    const rows = s.rows;
    s.rows = Array.from({ length: 10_000 }, (_, i) => rows[i % rows.length]); // two web requests, the first holding 单位 and 部门考核记录
  }
  return sheets;
}

/** Everything 新建模板 / 插入示例数据 writes, per sheet, to compare two workbooks. */
function state(excel: ExcelDouble) {
  return excel.sheets.map((s) => ({
    name: s.name,
    // As JSON: toEqual over 12,000-row grids is slow.
    values: JSON.stringify(excel.valuesOf(s.name)),
    formats: JSON.stringify([...s.numberFormats.entries()]),
    freeze: s.freeze,
    tables: s.tables.map((t) => t.address),
    validations: s.validations,
    widths: [...s.columnWidths.entries()],
  }));
}

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

describe('writeTemplateSheets on Excel on the web, interrupted', () => {
  test.each([
    ['插入示例数据', 'refuse'],
    ['新建模板', 'skip'],
  ] as const)('%s: a run cut short mid-way is finished by the next run, as if never interrupted', async (_label, mode) => {
    const clean = newDouble({ platform: 'OfficeOnline' });
    clean.excel.addSheet('Sheet1');
    await writeTemplateSheets(clean.host, bigSample(), mode);
    const writes = clean.excel.syncs.length - 1;
    expect(writes).toBeGreaterThanOrEqual(2); // so there is a "mid-way"
    for (const s of clean.excel.syncs) expect(s.requestBytes).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);

    const { excel, host } = newDouble({ platform: 'OfficeOnline' });
    excel.addSheet('Sheet1');
    excel.editModeAtSync = 3; // 1: sheet list and names, 2: first write (some sheets), 3: second write
    await expect(writeTemplateSheets(host, bigSample(), mode)).rejects.toMatchObject({ kind: 'edit-mode' });
    const half = excel.sheets.map((s) => s.name);
    expect(half.length).toBeGreaterThan(1);
    expect(half.length).toBeLessThan(clean.excel.sheets.length);

    excel.editMode = false;
    excel.editModeAtSync = null;
    const outcome = await writeTemplateSheets(host, bigSample(), mode);
    expect(outcome.created).toEqual(bigSample().map((s) => s.name));
    expect(outcome.skipped).toEqual([]);
    expect(state(excel)).toEqual(state(clean.excel));
    expect(excel.names).toEqual([]);
    expect(excel.activeSheet).toBe('单位');
  });

  test('插入示例数据 refused next to unfinished sample sheets: the message says which are which and what to do', async () => {
    const { excel, host } = newDouble({ platform: 'OfficeOnline' });
    excel.addSheet('Sheet1');
    excel.editModeAtSync = 3;
    await expect(writeTemplateSheets(host, bigSample(), 'refuse')).rejects.toMatchObject({ kind: 'edit-mode' });
    excel.editMode = false;
    excel.editModeAtSync = null;
    excel.addSheet('考核条款', [['我自己的条款']]);
    const err = await writeTemplateSheets(host, bigSample(), 'refuse').catch((e) => e);
    expect(err).toMatchObject({ kind: 'sheet-conflict', sheets: ['考核条款'] });
    expect(err.message).toContain('上次插入示例数据未完成,已写入的「单位」「部门考核记录」会在重试时补全');
    expect(err.message).toContain('已有工作表「考核条款」');
    expect(err.message).toContain('改名或删除后重试');
    expect(excel.valuesOf('考核条款')).toEqual([['我自己的条款']]);
  });

  test("新建模板 does not take over the sample's unfinished sheets (and the other way round)", async () => {
    const { excel, host } = newDouble({ platform: 'OfficeOnline' });
    excel.addSheet('Sheet1');
    excel.editModeAtSync = 3;
    await expect(writeTemplateSheets(host, bigSample(), 'refuse')).rejects.toMatchObject({ kind: 'edit-mode' });
    excel.editMode = false;
    excel.editModeAtSync = null;
    const outcome = await writeTemplateSheets(host, templateSheets(), 'skip');
    expect(outcome.skipped).toEqual(['单位', '部门考核记录']);
    expect(excel.sheet('单位')!.validations).toEqual([]);
    // The template has filled in the rest with its own (empty) sheets: the sample refuses to mix in.
    await expect(writeTemplateSheets(host, bigSample(), 'refuse')).rejects.toMatchObject({ kind: 'sheet-conflict' });
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
    await expect(selectCell(host, '已删除', 1, 1)).rejects.toMatchObject({
      kind: 'not-found',
      message: expect.stringContaining('「已删除」'),
    });
  });
});
