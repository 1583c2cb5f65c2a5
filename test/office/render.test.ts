import { renderPlans, widthToPoints } from '../../src/office/render';
import { WorkbookError } from '../../src/office/errors';
import { WEB_PAYLOAD_LIMIT, chartsOf } from '../doubles/excel-double';
import { newDouble } from '../doubles/host';
import { summaryPlan } from '../doubles/plans';
import { parsePeriod, parseWorkbook, planSummaries, sampleSheets, score, type SheetPlan } from '../../src/engine';

const NAME = '2026年第3季度考核汇总';

function detailPlan(rows: number): SheetPlan {
  const plan = summaryPlan(0, '2026年第3季度扣分明细', 'QSAssess.2026Q3.detail');
  plan.values = [
    ['扣分明细', null, null, null, null],
    ['日期', '单位', '描述', '扣分', '罚款'],
    ...Array.from({ length: rows }, (_, i) => [
      `2026-07-${String((i % 28) + 1).padStart(2, '0')}`,
      `单位${i % 60}`,
      '客户投诉营业员态度生硬,经核实属实',
      2,
      200,
    ]),
  ];
  plan.styles = [{ range: { row: 2, col: 3, rows, cols: 1 }, style: { numberFormat: '0.00' } }];
  plan.merges = [{ row: 0, col: 0, rows: 1, cols: 5 }];
  plan.print.area = { row: 0, col: 0, rows: rows + 2, cols: 5 };
  return plan;
}

describe('renderPlans', () => {
  test('writes the values, formats, styles, merges, widths, panes, print setup and marker of a new sheet', async () => {
    const { excel, host } = newDouble();
    excel.addSheet('单位', [['单位编码']]);
    const plan = summaryPlan(2);
    const outcome = await renderPlans(host, [plan]);
    expect(outcome).toEqual({ written: [NAME], warnings: [] });

    const sheet = excel.sheet(NAME)!;
    expect(excel.valuesOf(NAME)).toEqual([
      ['黄冈黄州区供电公司 2026年第3季度优质服务考核汇总', '', '', '', ''],
      ['考核期间:2026-07-01 至 2026-09-30', '', '', '', ''],
      ['序号', '单位', '类别', '得分', '等级'],
      [1, '单位1', '部门', 99.75, '优秀'],
      [2, '单位2', '二级单位', 99.5, '优秀'],
      ['制表人:', '刘婷', '审核人:', '黄晓燕', ''],
    ]);
    expect(sheet.numberFormats.get('3,3')).toBe('0.00');
    expect(sheet.numberFormats.get('4,3')).toBe('0.00');
    expect(sheet.numberFormats.get('3,1')).toBe('General');
    expect(sheet.formats.get('0,0')).toMatchObject({ bold: true, size: 16, hAlign: 'Center' });
    expect(sheet.formats.get('2,4')).toMatchObject({ bold: true, fill: '#DDEBF7', border: true });
    expect(sheet.formats.get('3,4')).toBeUndefined();
    expect(sheet.merges).toEqual([
      { row: 0, col: 0, rows: 1, cols: 5 },
      { row: 1, col: 0, rows: 1, cols: 5 },
    ]);
    // 18 characters → (18 × 7 + 5) px × 0.75 = 98.25 pt
    expect(sheet.columnWidths.get(1)).toBe(98.25);
    expect(widthToPoints(6)).toBe(35.25);
    expect(sheet.rowHeights.get(0)).toBe(28);
    expect(sheet.freeze).toEqual({ rows: 3, cols: 0 });
    expect(sheet.page).toEqual({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      margins: { left: 36, right: 36, top: 54, bottom: 54, header: 21.6, footer: 21.6 },
      centerHorizontally: true,
      printTitleRows: '$1:$3',
      printArea: 'A1:E6',
      centerFooter: '第 &P 页 共 &N 页',
    });
    expect(excel.names).toEqual([{ name: 'QSAssess.2026Q3.summary', sheet: NAME, address: '$A$1' }]);
    expect(excel.activeSheet).toBe(NAME);
    expect(excel.calculationSuspensions).toBe(1);
  });

  test('user text is written as text, never as a formula', async () => {
    const { excel, host } = newDouble();
    excel.addSheet('单位');
    const plan = summaryPlan(3);
    plan.values[3][1] = '=HYPERLINK("http://evil.example","点我")';
    plan.values[4][1] = '+86 13800000000';
    plan.values[5][1] = '-1';
    await renderPlans(host, [plan]);
    const values = excel.valuesOf(NAME);
    expect(values[3][1]).toBe('=HYPERLINK("http://evil.example","点我")');
    expect(values[4][1]).toBe('+86 13800000000');
    expect(values[5][1]).toBe('-1');
    expect(excel.sheet(NAME)!.formulas.size).toBe(0);
  });

  test('a 60-unit quarter takes the same two round trips as a 2-unit one', async () => {
    const counts = [];
    for (const units of [2, 60]) {
      const { excel, host } = newDouble();
      excel.addSheet('单位');
      await renderPlans(host, [summaryPlan(units), detailPlan(units * 3)]);
      expect(excel.valuesOf(NAME)).toHaveLength(units + 4);
      counts.push(excel.syncs.length);
    }
    expect(counts).toEqual([2, 2]);
  });

  test('regenerating replaces only our sheet, and leaves one marker', async () => {
    const { excel, host } = newDouble();
    excel.addSheet('单位', [['单位编码'], ['D01']]);
    await renderPlans(host, [summaryPlan(10)]);
    await renderPlans(host, [summaryPlan(3)]);
    expect(excel.valuesOf(NAME)).toHaveLength(7); // no rows left over from the 10-unit run
    expect(excel.sheets.map((s) => s.name)).toEqual(['单位', NAME]);
    expect(excel.names).toEqual([{ name: 'QSAssess.2026Q3.summary', sheet: NAME, address: '$A$1' }]);
    expect(excel.valuesOf('单位')).toEqual([['单位编码'], ['D01']]);
  });

  test("a user's sheet with the same name is never touched: the run is refused before writing", async () => {
    const { excel, host } = newDouble();
    excel.addSheet(NAME, [['我自己的汇总'], [42]]);
    const err = await renderPlans(host, [summaryPlan(2)]).catch((e) => e);
    expect(err).toBeInstanceOf(WorkbookError);
    expect(err.kind).toBe('sheet-conflict');
    expect(err.sheets).toEqual([NAME]);
    expect(err.message).toContain(`「${NAME}」`);
    expect(err.message).toContain('不是本工具生成的');
    expect(excel.valuesOf(NAME)).toEqual([['我自己的汇总'], [42]]);
    expect(excel.sheets).toHaveLength(1);
    expect(excel.names).toEqual([]);
    expect(excel.syncs).toHaveLength(1);
  });

  test('a marker name pointing elsewhere than A1 does not make a sheet ours', async () => {
    const { excel, host } = newDouble();
    excel.addSheet(NAME, [['x']]);
    excel.names.push({ name: 'QSAssess.2026Q3.summary', sheet: NAME, address: '$B$2' });
    await expect(renderPlans(host, [summaryPlan(2)])).rejects.toMatchObject({ kind: 'sheet-conflict' });
  });

  test('on Excel on the web a large detail sheet is split into requests under 5 MB, with progress', async () => {
    const { excel, host } = newDouble({ platform: 'OfficeOnline' });
    excel.addSheet('单位');
    const progress: [number, number][] = [];
    await renderPlans(host, [summaryPlan(60), detailPlan(60_000)], (d, t) => progress.push([d, t]));
    for (const s of excel.syncs) expect(s.requestBytes).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
    const writes = excel.syncs.length - 1;
    expect(writes).toBeGreaterThan(1);
    expect(progress).toEqual(Array.from({ length: writes }, (_, i) => [i + 1, writes]));
    const detail = excel.valuesOf('2026年第3季度扣分明细');
    expect(detail).toHaveLength(60_002);
    expect(detail[60_001]).toEqual(['2026-07-24', '单位59', '客户投诉营业员态度生硬,经核实属实', 2, 200]);
    expect(excel.calculationSuspensions).toBe(writes);
  });

  test('on Excel on the web a run cut short after the first request can be retried: one marked sheet, complete', async () => {
    const DETAIL = '2026年第3季度扣分明细';
    const { excel, host } = newDouble({ platform: 'OfficeOnline' });
    excel.addSheet('单位');
    // The user starts editing a cell while the second write request is on its way.
    excel.editModeAtSync = 3; // 1: sheet list and names, 2: first write, 3: second write
    const err = await renderPlans(host, [detailPlan(60_000)]).catch((e) => e);
    expect(err).toMatchObject({ kind: 'edit-mode' });
    // Half written, but already ours.
    expect(excel.valuesOf(DETAIL).length).toBeLessThan(60_002);
    expect(excel.names).toEqual([{ name: 'QSAssess.2026Q3.detail', sheet: DETAIL, address: '$A$1' }]);

    excel.editMode = false;
    excel.editModeAtSync = null;
    await renderPlans(host, [detailPlan(60_000)]);
    expect(excel.sheets.map((s) => s.name)).toEqual(['单位', DETAIL]);
    expect(excel.names).toEqual([{ name: 'QSAssess.2026Q3.detail', sheet: DETAIL, address: '$A$1' }]);
    const detail = excel.valuesOf(DETAIL);
    expect(detail).toHaveLength(60_002);
    expect(detail[60_001][1]).toBe('单位59');
    expect(excel.sheet(DETAIL)!.page.printArea).toBe('A1:E60002');
  });

  test('a 250,000-row detail sheet (the quarter of a 1M-event year) is written, not a stack overflow', async () => {
    const { excel, host } = newDouble();
    excel.addSheet('单位');
    await renderPlans(host, [detailPlan(250_000)]);
    const detail = excel.valuesOf('2026年第3季度扣分明细');
    expect(detail).toHaveLength(250_002);
    expect(detail[250_001][1]).toBe('单位39'); // row 249,999: 249,999 % 60
  });

  test('below ExcelApi 1.9 the sheet is written without page setup and the user is told', async () => {
    const { excel, host } = newDouble({ excelApi: '1.7' });
    excel.addSheet('单位');
    const outcome = await renderPlans(host, [summaryPlan(2)]);
    expect(outcome.warnings).toEqual([expect.stringContaining('ExcelApi 1.9')]);
    expect(excel.sheet(NAME)!.page).toEqual({ margins: {} });
    expect(excel.valuesOf(NAME)).toHaveLength(6);
  });

  test('below ExcelApi 1.4 nothing is written and the error says why', async () => {
    const { excel, host } = newDouble({ excelApi: '1.3' });
    excel.addSheet('单位');
    await expect(renderPlans(host, [summaryPlan(2)])).rejects.toMatchObject({ kind: 'unsupported' });
    expect(excel.syncs).toHaveLength(0);
  });
});

describe('charts (ExcelApi 1.7)', () => {
  const sample = { sheets: sampleSheets().map((t) => ({ name: t.name, values: [t.columns.map((c) => c.header), ...t.rows] })) };
  const { model } = parseWorkbook(sample);
  const plans = planSummaries(model, score(model, parsePeriod('2026Q3')!));

  test('the summary’s chart is drawn natively from the plan’s cells: bars and grade lines, axis, position', async () => {
    const { excel, host } = newDouble();
    excel.addSheet('单位');
    const outcome = await renderPlans(host, plans);
    expect(outcome.warnings).toEqual([]);
    const plan = plans[0];
    const [chart] = chartsOf(excel.sheet(plan.name)!);
    const c = plan.charts[0];
    const rect = (r: { row: number; col: number; rows: number; cols: number }) => ({ row: r.row, col: r.col, rows: r.rows, cols: r.cols });
    expect(chart).toMatchObject({
      type: 'ColumnClustered',
      title: c.title,
      legend: 'Bottom',
      valueAxis: { minimum: c.valueAxis.min, maximum: c.valueAxis.max, title: '得分' },
    });
    expect(chart.series.map((s) => [s.name, s.chartType, s.values, s.xValues, s.fill ?? s.line])).toEqual(
      c.series.map((s, i) => [
        s.name,
        i === 0 ? null : s.type === 'bar' ? 'ColumnClustered' : 'Line',
        rect(s.values),
        rect(c.categories),
        s.color,
      ]),
    );
    expect(chart.position).toEqual({
      start: `A${c.anchor.row + 1}`,
      end: `${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[c.anchor.cols - 1]}${c.anchor.row + c.anchor.rows}`,
    });
    // The detail and people sheets have no chart.
    for (const p of plans.slice(1)) expect(chartsOf(excel.sheet(p.name)!)).toEqual([]);
    // The chart starts a printed page of its own; the other sheets have no manual break.
    expect(excel.sheet(plans[0].name)!.page.rowBreaks).toEqual([`A${c.anchor.row + 1}`]);
    for (const p of plans.slice(1)) expect(excel.sheet(p.name)!.page.rowBreaks).toBeUndefined();
  });

  test('below ExcelApi 1.7 the sheets are written without the chart and the user is told how to draw it', async () => {
    const { excel, host } = newDouble({ excelApi: '1.6' });
    excel.addSheet('单位');
    const outcome = await renderPlans(host, plans);
    expect(outcome.warnings).toEqual(expect.arrayContaining([expect.stringContaining('ExcelApi 1.7')]));
    expect(chartsOf(excel.sheet(plans[0].name)!)).toEqual([]);
    expect(excel.valuesOf(plans[0].name).some((r) => r.includes('图表数据'))).toBe(true);
  });
});
