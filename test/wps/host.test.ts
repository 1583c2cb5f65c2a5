// The WPS host against the strict ET double: reading, rendering the engine's plans (values, formats,
// merges, widths, print setup, charts, markers), protecting user sheets, the template and the
// rest of the UI's workbook interface.
import { parseWorkbook, planErrorList, sampleSheets, type SheetPlan } from '../../src/engine';
import { wpsWorkbookHost } from '../../src/wps/host';
import { readSnapshot } from '../../src/wps/read';
import { renderPlans } from '../../src/wps/render';
import type { EtApplication } from '../../src/wps/et';
import { EtDouble } from '../doubles/et-double';
import { summaryPlan } from '../doubles/plans';
import { enginePlans, sampleBook, sampleSnapshot, written, shown } from './helpers';

describe('reading a WPS workbook', () => {
  test('the sample reads as the same Snapshot the engine parses without errors', async () => {
    const { app } = sampleBook();
    const snap = await readSnapshot(app);
    const expected = sampleSnapshot();
    expect(snap.sheets.map((s) => s.name)).toEqual(expected.sheets.map((s) => s.name));
    const { errors, model } = parseWorkbook(snap);
    expect(errors).toEqual([]);
    expect(model.events.length).toBe(parseWorkbook(expected).model.events.length);
    expect(snap.sheets[0]).toMatchObject({ top: 1, left: 1 });
  });

  test('a used range that starts below and right of A1 keeps its position; a one-cell sheet is a 1×1 table', async () => {
    const et = new EtDouble();
    et.addSheet('备注', [
      [null, null],
      [null, null, '只有一格'],
    ]);
    et.addSheet('空表');
    const snap = await readSnapshot(et.application() as EtApplication);
    expect(snap.sheets[0]).toEqual({ name: '备注', values: [['只有一格']], top: 2, left: 3 });
    expect(snap.sheets[1]).toEqual({ name: '空表', values: [[null]], top: 1, left: 1 });
  });

  test('generated sheets (by marker) are flagged and never read', async () => {
    const { et, app } = sampleBook();
    await renderPlans(app, enginePlans('2026Q3'));
    const reads = et.log.length;
    const snap = await readSnapshot(app);
    const summary = snap.sheets.find((s) => s.name === '2026年第3季度考核汇总')!;
    expect(summary).toEqual({ name: '2026年第3季度考核汇总', values: [], generated: true });
    expect(et.log.length).toBeGreaterThan(reads);
    expect(parseWorkbook(snap).errors).toEqual([]);
  });

  test('a 1904-system book: date cells move to the 1900 system, other numbers stay', async () => {
    const et = new EtDouble({ date1904: true });
    const s = et.addSheet('日期', [
      ['日期', '数量'],
      [44756, 3],
    ]);
    s.cells.get('1,0')!.format = 'yyyy-mm-dd';
    const snap = await readSnapshot(et.application() as EtApplication);
    expect(snap.sheets[0].values).toEqual([
      ['日期', '数量'],
      [44756 + 1462, 3],
    ]);
  });

  test('a WPS without Workbook.Date1904 is read as the 1900 system, without an error', async () => {
    const et = new EtDouble({ date1904: 'missing' });
    et.addSheet('日期', [['日期'], [46218]]);
    const snap = await readSnapshot(et.application() as EtApplication);
    expect(snap.sheets[0].values).toEqual([['日期'], [46218]]);
  });

  test('no open workbook is a plain Chinese message', async () => {
    const app = {
      get ActiveWorkbook() {
        return null;
      },
    } as unknown as EtApplication;
    await expect(readSnapshot(app)).rejects.toThrow('没有打开的工作簿');
  });
});

describe('rendering the engine’s plans', () => {
  test('2026Q3: every written cell equals the engine’s plan; markers, formats, merges, widths, freeze, print setup', async () => {
    const { et, app } = sampleBook();
    const plans = enginePlans('2026Q3');
    const progress: number[] = [];
    const outcome = await renderPlans(app, plans, (done) => progress.push(done));
    expect(outcome.written).toEqual(plans.map((p) => p.name));
    expect(outcome.warnings).toEqual([]);
    expect(progress).toEqual(plans.map((_, i) => i + 1));
    for (const plan of plans) {
      expect(written(et, plan)).toEqual(shown(plan));
      expect(et.formulaCount(plan.name)).toBe(0);
      const sheet = et.sheet(plan.name)!;
      expect(sheet.merges).toEqual(expect.arrayContaining(plan.merges));
      plan.columnWidths.forEach((w, c) => expect(sheet.widths.get(c)).toBe(w));
      expect(sheet.freeze).toEqual(plan.freeze.rows || plan.freeze.cols ? plan.freeze : null);
      expect(sheet.page).toMatchObject({
        Orientation: 2,
        PaperSize: 9,
        Zoom: false,
        FitToPagesWide: 1,
        FitToPagesTall: false,
        PrintTitleRows: `$${plan.print.titleRows.first + 1}:$${plan.print.titleRows.last + 1}`,
        CenterFooter: '第 &P 页 共 &N 页',
        CenterHorizontally: plan.print.centerHorizontally,
      });
      expect(sheet.page.PrintArea).toMatch(/^\$A\$1:\$[A-Z]+\$\d+$/);
      // The summary's chart starts a printed page of its own (a break above its first row).
      expect(sheet.page.rowBreaks).toEqual(plan.print.rowBreaks);
    }
    expect(et.names).toEqual(
      expect.arrayContaining([
        { name: 'QSAssess.2026Q3.summary', refersTo: "='2026年第3季度考核汇总'!$A$1" },
        { name: 'QSAssess.2026Q3.detail', refersTo: "='2026年第3季度扣分明细'!$A$1" },
      ]),
    );
    // Every string went in behind the quote prefix; numbers as numbers with their plan format.
    const title = et.cell(plans[0].name, 'A1')!;
    expect(title.quoted).toBe(true);
    const numbered = plans[0].styles.find((s) => s.style.numberFormat && typeof plans[0].values[s.range.row][s.range.col] === 'number')!;
    const cell = et.cell(plans[0].name, `${String.fromCharCode(65 + numbered.range.col)}${numbered.range.row + 1}`)!;
    expect(cell.format).toBe(numbered.style.numberFormat);
    expect(typeof cell.value).toBe('number');
    // The first plan's sheet is active; WPS's prompts and screen updating are back as they were.
    expect(et.active?.name).toBe(plans[0].name);
    expect(et.displayAlerts).toBe(true);
    expect(et.screenUpdating).toBe(true);
  });

  test('the year 2026: the annual summary equals the engine’s plan', async () => {
    const { et, app } = sampleBook();
    const plans = enginePlans('2026');
    await renderPlans(app, plans);
    for (const plan of plans) expect(written(et, plan)).toEqual(shown(plan));
    expect(et.names.map((n) => n.name)).toContain('QSAssess.2026.annual');
  });

  test('user text that looks like a formula or a number is written as text', async () => {
    const { et, app } = sampleBook();
    const plan = summaryPlan(2);
    plan.values[3][1] = '=HYPERLINK("http://x","点我")';
    plan.values[4][1] = '0012';
    await renderPlans(app, [plan]);
    expect(et.formulaCount(plan.name)).toBe(0);
    expect(et.cell(plan.name, 'B4')).toMatchObject({ value: '=HYPERLINK("http://x","点我")', quoted: true });
    expect(et.cell(plan.name, 'B5')).toMatchObject({ value: '0012', quoted: true });
  });

  test('regenerating replaces only our sheet, keeps the user’s sheets, and leaves one marker', async () => {
    const { et, app } = sampleBook();
    const before = et.sheets.map((s) => s.name);
    await renderPlans(app, enginePlans('2026Q3'));
    await renderPlans(app, enginePlans('2026Q3'));
    expect(et.sheets.map((s) => s.name).slice(0, before.length)).toEqual(before);
    expect(et.sheets.filter((s) => s.name === '2026年第3季度考核汇总')).toHaveLength(1);
    expect(et.names.filter((n) => n.name === 'QSAssess.2026Q3.summary')).toHaveLength(1);
    expect(et.names.some((n) => n.refersTo.includes('#REF!'))).toBe(false);
  });

  test('a user’s sheet with a summary’s name stops the run before anything is written', async () => {
    const { et, app } = sampleBook();
    et.addSheet('2026年第3季度考核汇总', [['我的笔记']]);
    const sheets = et.sheets.length;
    await expect(renderPlans(app, enginePlans('2026Q3'))).rejects.toThrow('不是本工具生成的');
    expect(et.sheets.length).toBe(sheets);
    expect(et.valuesOf('2026年第3季度考核汇总')).toEqual([['我的笔记']]);
    expect(et.names).toEqual([]);
  });

  test('a generated sheet the user renamed is still ours: replaced under the plan’s name, the renamed copy’s marker moves', async () => {
    const { et, app } = sampleBook();
    const plan = summaryPlan(3);
    await renderPlans(app, [plan]);
    (et.sheet(plan.name)!.name as string) = '我改的名字';
    et.names[0].refersTo = "='我改的名字'!$A$1";
    await renderPlans(app, [plan]);
    expect(et.names.filter((n) => n.name === plan.marker)).toEqual([{ name: plan.marker, refersTo: `='${plan.name}'!$A$1` }]);
    expect(et.sheet('我改的名字')).toBeDefined();
  });

  test('a WPS that refuses PrintArea and the footer still gets the rest of the print setup, and the user is told', async () => {
    const { et, app } = sampleBook({ unsupported: ['PageSetup.PrintArea', 'PageSetup.CenterFooter'] });
    const plan = summaryPlan(3);
    const outcome = await renderPlans(app, [plan]);
    expect(outcome.warnings).toHaveLength(1);
    expect(outcome.warnings[0]).toContain('打印区域');
    expect(outcome.warnings[0]).toContain('页脚页码');
    expect(et.sheet(plan.name)!.page).toMatchObject({ Orientation: 2, PaperSize: 9, PrintTitleRows: '$1:$3' });
  });

  test('a chart plan becomes a native chart over the plan’s own cells', async () => {
    const { et, app } = sampleBook();
    const plan: SheetPlan = summaryPlan(4);
    plan.charts = [
      {
        title: '2026年第3季度得分',
        categories: { row: 3, col: 1, rows: 4, cols: 1 },
        series: [
          { name: '得分', values: { row: 3, col: 3, rows: 4, cols: 1 }, type: 'bar', color: '#1F6FB2' },
          { name: '优秀线', values: { row: 3, col: 3, rows: 4, cols: 1 }, type: 'line', color: '#FF0000' },
        ],
        anchor: { row: 9, col: 0, rows: 15, cols: 5 },
        valueAxis: { min: 0, max: 105, title: '分' },
      },
    ];
    const outcome = await renderPlans(app, [plan]);
    expect(outcome.warnings).toEqual([]);
    const [chart] = et.sheet(plan.name)!.charts;
    expect(chart).toMatchObject({
      chartType: 51,
      title: '2026年第3季度得分',
      axis: { min: 0, max: 105, title: '分' },
      series: [
        { name: '得分', values: `${plan.name}!D4:D7`, xValues: `${plan.name}!B4:B7`, chartType: null, fill: 0xb26f1f },
        { name: '优秀线', values: `${plan.name}!D4:D7`, xValues: `${plan.name}!B4:B7`, chartType: 4, line: 0x0000ff },
      ],
    });
    expect(chart.top).toBeGreaterThan(0);
    expect(chart.width).toBeGreaterThan(0);
  });

  test('the error list: each row links to its cell (Hyperlinks.Add inside the workbook); a WPS refusing links is told', async () => {
    const errors = parseWorkbook({
      sheets: [
        {
          name: '单位',
          values: [
            ['单位编码', '单位名称', '类别', '第一责任人'],
            ['D01', '营销部', '部门', '黄晓燕'],
          ],
        },
        {
          name: '部门考核记录',
          values: [
            ['日期', '单位', '来源', '条款', '等级', '事项描述'],
            ['2026-13-45', '营销部', '公司检查', '7.4', '轻微', '日期写错'],
          ],
        },
      ],
    });
    const plan = planErrorList(errors.errors, errors.model.rules.params, ['单位', '部门考核记录']);
    const { et, app } = sampleBook();
    expect((await renderPlans(app, [plan])).warnings).toEqual([]);
    expect([...et.sheet('校验错误清单')!.links]).toEqual([['H4', { subAddress: "'部门考核记录'!A2", text: '转到 A2' }]]);
    const refusing = sampleBook({ unsupported: ['Worksheet.Hyperlinks'] });
    expect((await renderPlans(refusing.app, [plan])).warnings.join()).toContain('超链接未能添加');
    expect(written(refusing.et, plan)).toEqual(shown(plan));
  });

  test('a WPS without charts still writes the summary and says the chart is missing', async () => {
    const { et, app } = sampleBook({ unsupported: ['Worksheet.ChartObjects'] });
    const plan: SheetPlan = summaryPlan(2);
    plan.charts = [
      {
        title: '得分',
        categories: { row: 3, col: 1, rows: 2, cols: 1 },
        series: [],
        anchor: { row: 7, col: 0, rows: 5, cols: 5 },
        valueAxis: { min: 0, max: 100, title: '' },
      },
    ];
    const outcome = await renderPlans(app, [plan]);
    expect(outcome.warnings.join()).toContain('图表「得分」未能生成');
    expect(written(et, plan)).toEqual(shown(plan));
  });
});

describe('the UI’s workbook interface', () => {
  test('template: every sheet created with headers, formats and drop-downs; a second run skips them', async () => {
    const et = new EtDouble();
    et.addSheet('Sheet1');
    const host = wpsWorkbookHost(et.application() as EtApplication);
    const first = await host.createTemplate();
    expect(first.created.length).toBeGreaterThan(3);
    expect(first.warnings).toEqual([]);
    for (const name of first.created) expect(et.sheet(name)!.freeze).toEqual({ rows: 1, cols: 0 });
    const withList = et.sheets.flatMap((s) => [...s.cells.values()]).filter((c) => c.validation);
    expect(withList.length).toBeGreaterThan(0);
    const again = await host.createTemplate();
    expect(again.created).toEqual([]);
    expect(again.skipped).toEqual(first.created);
  });

  test('sample: written into an empty book parses cleanly; refused where its sheets exist', async () => {
    const et = new EtDouble();
    et.addSheet('Sheet1');
    const host = wpsWorkbookHost(et.application() as EtApplication);
    const outcome = await host.insertSample();
    expect(outcome.created).toEqual(sampleSheets().map((s) => s.name));
    expect(parseWorkbook(await host.readSnapshot()).errors).toEqual([]);
    await expect(host.insertSample()).rejects.toThrow('示例数据未插入');
  });

  test('generated sheets, delete by period, settings, change events and selecting a cell', async () => {
    const { et, app } = sampleBook();
    const host = wpsWorkbookHost(app);
    await host.renderPlans(enginePlans('2026Q3'));
    await host.renderPlans(enginePlans('2026'));
    expect(await host.generatedSheets()).toEqual(
      expect.arrayContaining([
        { name: '2026年第3季度考核汇总', period: '2026Q3', kind: 'quarter-summary' },
        { name: '2026年度考核汇总', period: '2026', kind: 'annual-summary' },
      ]),
    );
    await host.deleteGenerated('2026Q3');
    expect(et.sheet('2026年第3季度考核汇总')).toBeUndefined();
    expect(et.sheet('2026年度考核汇总')).toBeDefined();
    expect(et.names.every((n) => !n.name.startsWith('QSAssess.2026Q3.'))).toBe(true);

    expect(await host.loadSetting('period')).toBeNull();
    await host.saveSetting('period', '2026Q3 "最后"');
    await host.saveSetting('period', '2026Q4 "最后"');
    expect(await host.loadSetting('period')).toBe('2026Q4 "最后"');

    let changes = 0;
    const off = await host.onChanged(() => changes++);
    et.fire('SheetChange');
    off();
    et.fire('SheetChange');
    expect(changes).toBe(1);

    await host.selectCell('单位', 3, 2);
    expect(et.selection).toEqual({ sheet: '单位', address: 'B3' });
    await expect(host.selectCell('不存在', 1, 1)).rejects.toThrow('找不到工作表「不存在」');
    expect(host.kind).toBe('wps');
    expect(host.download).toBeNull();
  });
});

describe('the ET double is strict', () => {
  test('unknown members, default-member calls, 0-based indexes and Value (a method in WPS) all throw', () => {
    const et = new EtDouble();
    et.addSheet('单位', [['单位编码']]);
    const app = et.application() as unknown as Record<string, any>;
    expect(() => app.Enum).toThrow('not part of the WPS subset');
    const wb = app.ActiveWorkbook;
    expect(() => wb.Sheets).toThrow('not part of the WPS subset');
    expect(() => wb.Worksheets.Item(0)).toThrow('1-based');
    const ws = wb.Worksheets.Item('单位');
    expect(() => ws.Range('A1').Value).toThrow('not part of the WPS subset');
    expect(() => ws.Cells(1, 1)).toThrow();
    expect(() => (ws.Visible = false)).toThrow('cannot set Worksheet.Visible');
    expect(() => (ws.Range('A1:B2').Value2 = [[1]])).toThrow('2×2 array expected');
    expect(ws.Range('A1').Value2).toBe('单位编码');
    expect(() => ws.Delete()).toThrow('DisplayAlerts');
  });
});
