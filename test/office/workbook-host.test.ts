// The Office WorkbookHost over the strict Excel double: the members the pane added (generated
// sheets, delete, settings, change events) and the 1904 date system.
import { parsePeriod, parseWorkbook, planSummaries, score } from '../../src/engine';
import { officeWorkbookHost } from '../../src/office';
import { isDateFormat } from '../../src/office/date1904';
import { ExcelDouble, paneState, userEdits } from '../doubles/excel-double';
import { doubleHost } from '../doubles/host';

async function sampleHost() {
  const excel = new ExcelDouble();
  excel.addSheet('Sheet1');
  const host = officeWorkbookHost(doubleHost(excel));
  await host.insertSample();
  return { excel, host };
}

async function generate(host: ReturnType<typeof officeWorkbookHost>, period: string) {
  const { model } = parseWorkbook(await host.readSnapshot());
  await host.renderPlans(planSummaries(model, score(model, parsePeriod(period)!)));
}

test('generatedSheets lists the sheets by their markers, with period and kind', async () => {
  const { host } = await sampleHost();
  expect(await host.generatedSheets()).toEqual([]);
  await generate(host, '2026Q3');
  await generate(host, '2026');
  expect(await host.generatedSheets()).toEqual([
    { name: '2026年第3季度考核汇总', period: '2026Q3', kind: 'quarter-summary' },
    { name: '2026年第3季度扣分明细', period: '2026Q3', kind: 'quarter-detail' },
    { name: '2026年度考核汇总', period: '2026', kind: 'annual-summary' },
  ]);
});

test('a user sheet with a summary name is not listed, and deleteGenerated never touches it', async () => {
  const { excel, host } = await sampleHost();
  await generate(host, '2026Q3');
  excel.addSheet('2026年度考核汇总', [['我的表']]);
  expect((await host.generatedSheets()).map((g) => g.name)).not.toContain('2026年度考核汇总');
  await expect(host.deleteGenerated('2026')).rejects.toMatchObject({ kind: 'not-found' });
  expect(excel.valuesOf('2026年度考核汇总')).toEqual([['我的表']]);
});

test('deleteGenerated removes one period’s sheets and markers, in two requests, and nothing else', async () => {
  const { excel, host } = await sampleHost();
  await generate(host, '2026Q3');
  await generate(host, '2026Q2');
  excel.resetSyncs();
  await host.deleteGenerated('2026Q3');
  expect(excel.syncs).toHaveLength(2);
  expect(excel.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['2026年第2季度考核汇总', '单位', '部门考核记录']));
  expect(excel.sheet('2026年第3季度考核汇总')).toBeUndefined();
  expect(excel.names.map((n) => n.name).filter((n) => n.startsWith('QSAssess.'))).toEqual([
    'QSAssess.2026Q2.summary',
    'QSAssess.2026Q2.detail',
  ]);
});

test('settings are kept in the workbook, under our prefix', async () => {
  const excel = new ExcelDouble();
  excel.addSheet('Sheet1');
  const host = officeWorkbookHost(doubleHost(excel));
  expect(await host.loadSetting('period')).toBeNull();
  await host.saveSetting('period', '2026Q3');
  expect(paneState(excel).settings.get('QSAssess.period')).toBe('2026Q3');
  expect(await host.loadSetting('period')).toBe('2026Q3');
});

test('onChanged reports the user’s edits, not our own writes, and unsubscribes', async () => {
  const { excel, host } = await sampleHost();
  const seen: number[] = [];
  const off = await host.onChanged(() => seen.push(1));
  userEdits(excel, '单位', 1, 1, '营销部');
  expect(seen).toHaveLength(1);
  // Our own write fires the event in Excel as well: the host drops it.
  const { model } = parseWorkbook(await host.readSnapshot());
  const plans = planSummaries(model, score(model, parsePeriod('2026Q3')!));
  let during = 0;
  const write = host.renderPlans(plans, () => {
    userEdits(excel, '单位', 1, 1, '营销部'); // arrives while our batch runs
    during++;
  });
  await write;
  expect(during).toBeGreaterThan(0);
  expect(seen).toHaveLength(1);
  off();
  await new Promise((r) => setTimeout(r, 0));
  userEdits(excel, '单位', 1, 1, '营销部');
  expect(seen).toHaveLength(1);
});

test('without ExcelApi 1.9 there are no change events, and nothing breaks', async () => {
  const excel = new ExcelDouble({ excelApi: '1.8' });
  excel.addSheet('Sheet1');
  const off = await officeWorkbookHost(doubleHost(excel)).onChanged(() => {});
  expect(() => off()).not.toThrow();
});

describe('1904 date system', () => {
  function book(date1904: boolean) {
    const excel = new ExcelDouble();
    paneState(excel).date1904 = date1904;
    // 2026-07-15 is 46218 in the 1900 system, 44756 in the 1904 one.
    const serial = date1904 ? 46218 - 1462 : 46218;
    excel.addSheet('部门考核记录', [
      ['日期', '单位', '扣分调整'],
      [serial, '营销部', 3],
      ['2026-07-15', '营销部', 2],
    ]);
    excel.sheet('部门考核记录')!.numberFormats.set('1,0', 'yyyy"年"m"月"d"日"');
    return excel;
  }

  test.each([true, false])('date1904=%s: date cells arrive as 1900-system serials, other numbers and text unchanged', async (date1904) => {
    const excel = book(date1904);
    excel.resetSyncs();
    const snapshot = await officeWorkbookHost(doubleHost(excel)).readSnapshot();
    expect(snapshot.sheets[0].values).toEqual([
      ['日期', '单位', '扣分调整'],
      [46218, '营销部', 3],
      ['2026-07-15', '营销部', 2],
    ]);
    expect(excel.syncs).toHaveLength(3); // the probe rides in the first request
  });

  test('date formats are told from number formats', () => {
    for (const f of ['yyyy-mm-dd', 'm/d/yyyy', 'yyyy"年"m"月"d"日"', '[$-F800]dddd, mmmm dd, yyyy', 'd-mmm'])
      expect([f, isDateFormat(f)]).toEqual([f, true]);
    for (const f of ['General', '0.00', '#,##0', 'h:mm', '"day"0', '@']) expect([f, isDateFormat(f)]).toEqual([f, false]);
  });
});
