// SPEC §3: 个人罚款 (totals equal the units' 第一责任人罚款 + 直接责任人罚款), the charts on the
// summaries (well-formed, drawn from the plan's own cells) and 上季度得分 / 变化.
import {
  UNNAMED,
  parsePeriod,
  parseWorkbook,
  planSummaries,
  sampleSheets,
  score,
  type CellRange,
  type Result,
  type SheetPlan,
  type Snapshot,
} from '../../src/engine';
import { event } from '../helpers/snapshot';
import { modelOf, paramsSheet } from './score-book';

const sample: Snapshot = { sheets: sampleSheets().map((t) => ({ name: t.name, values: [t.columns.map((c) => c.header), ...t.rows] })) };
const parsed = parseWorkbook(sample);
const model = parsed.model;
const PERIODS = ['2026Q1', '2026Q2', '2026Q3', '2026Q4', '2026'];

const unitFines = (r: Result) => r.units.reduce((s, u) => s + u.headFine + u.personFine, 0);

describe('personal fines (个人罚款, JSON people)', () => {
  test('the sample parses clean', () => expect(parsed.errors).toEqual([]));

  test.each(PERIODS)('%s: people add up to the units’ 第一责任人罚款 + 直接责任人罚款, per unit and role', (p) => {
    const r = score(model, parsePeriod(p)!);
    expect(r.people.length).toBeGreaterThan(0);
    expect(r.people.reduce((s, x) => s + x.fine, 0)).toBe(unitFines(r));
    for (const u of r.units) {
      const of = (role: string) => r.people.filter((x) => x.unit === u.code && x.role === role).reduce((s, x) => s + x.fine, 0);
      expect([of('第一责任人'), of('直接责任人')]).toEqual([u.headFine, u.personFine]);
    }
    for (const x of r.people) expect(Object.keys(x)).toEqual(['name', 'unit', 'role', 'events', 'fine']);
  });

  test.each(PERIODS)('%s: the 个人罚款 sheet’s 合计 equals the summary’s two personal fine columns', (p) => {
    const r = score(model, parsePeriod(p)!);
    const plans = planSummaries(model, r);
    const people = plans.find((x) => x.kind.endsWith('-people'))!;
    const totals = people.values.find((row) => row[1] === '合计')!;
    expect(totals[5]).toBe(unitFines(r));
    expect(people.name).toBe(p === '2026' ? '2026年度个人罚款' : `2026年第${p.slice(-1)}季度个人罚款`);
    expect(people.marker).toBe(`QSAssess.${p}.people`);
    const summary = plans[0];
    const sumRow = summary.values.find((row) => row[1] === '合计')!;
    const head = summary.values[2].indexOf('第一责任人罚款');
    expect((sumRow[head] as number) + (sumRow[head + 1] as number)).toBe(totals[5]);
  });

  test('the head comes from 单位, the person from the event; a fine with nobody named goes on 「(未填写)」, sorted by unit then role', () => {
    const m = modelOf({
      events: [
        event({ 单位: 'S01', 等级: '一般', 直接责任人: '张伟' }), // 200 to 张伟, 100 to 陈所长
        event({ 单位: 'S01', 等级: '较大', 日期: '2026-08-01', 条款: '9.1' }), // 500 to nobody, 300 to 陈所长
        event({ 单位: 'D02', 等级: '轻微', 条款: '5.2', 直接责任人: '  李娜 ' }), // 50 to 李娜 (trimmed)
        event({ 单位: 'S03', 等级: '锦旗', 来源: '客户表扬', 条款: '12' }), // no fine: no line
      ],
    });
    const r = score(m, parsePeriod('2026Q3')!);
    expect(r.people).toEqual([
      { name: '李娜', unit: 'D02', role: '直接责任人', events: 1, fine: 50 },
      { name: '陈所长', unit: 'S01', role: '第一责任人', events: 2, fine: 400 },
      { name: '张伟', unit: 'S01', role: '直接责任人', events: 1, fine: 200 },
      { name: UNNAMED, unit: 'S01', role: '直接责任人', events: 1, fine: 500 },
    ]);
    const sheet = planSummaries(m, r)[2];
    expect(sheet.values[3].slice(1, 7)).toEqual(['李娜', '营销部', '直接责任人', 1, 50, '「部门考核记录」第 2 行']);
    expect(sheet.values[4].slice(1, 7)).toEqual(['陈所长', '城区供电所', '第一责任人', 2, 400, '「二级单位考核记录」第 2、3 行']);
  });
});

/** Every cell of a range, read from the plan's values. */
function cells(plan: SheetPlan, r: CellRange) {
  const out = [];
  for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.cols; j++) out.push(plan.values[r.row + i][r.col + j]);
  return out;
}
const inside = (plan: SheetPlan, r: CellRange) =>
  r.row >= 0 &&
  r.col >= 0 &&
  r.row + r.rows <= plan.values.length &&
  plan.values.slice(r.row, r.row + r.rows).every((row) => r.col + r.cols <= row.length);
const insidePrint = (plan: SheetPlan, r: CellRange) =>
  r.row >= plan.print.area.row && r.row + r.rows <= plan.print.area.row + plan.print.area.rows && r.col + r.cols <= plan.print.area.cols;

describe('charts on the summaries', () => {
  test.each(PERIODS)('%s: one chart on the summary only, on a page of its own; its data in the values, beyond the print area', (p) => {
    const r = score(model, parsePeriod(p)!);
    const plans = planSummaries(model, r);
    expect(plans.map((x) => x.charts.length)).toEqual(p === '2026' ? [1, 0] : [1, 0, 0]);
    const [plan] = plans;
    const chart = plan.charts[0];
    for (const range of [chart.categories, chart.anchor, ...chart.series.map((s) => s.values)]) expect(inside(plan, range)).toBe(true);
    // The chart prints, on the page its break starts; the numbers it is drawn from never print (SPEC §3).
    expect(insidePrint(plan, chart.anchor)).toBe(true);
    expect(plan.print.rowBreaks).toEqual([chart.anchor.row]);
    for (const range of [chart.categories, ...chart.series.map((s) => s.values)]) expect(range.col).toBeGreaterThan(plan.print.area.cols);
    // The anchor covers empty cells only (the chart hides nothing).
    expect(cells(plan, chart.anchor).every((v) => v === null)).toBe(true);
    // Categories: the unit names in summary order; each series as long as the categories.
    expect(cells(plan, chart.categories)).toEqual(r.units.map((u) => u.name));
    for (const s of chart.series) {
      expect(s.values.cols).toBe(1);
      expect(s.values.rows).toBe(chart.categories.rows);
      expect(s.values.row).toBe(chart.categories.row);
      expect(cells(plan, s.values).every((v) => typeof v === 'number' && v >= chart.valueAxis.min && v <= chart.valueAxis.max)).toBe(true);
      expect(s.color).toMatch(/^#[0-9A-F]{6}$/);
    }
  });

  test('quarter: bars of the scores and the three grade lines as columns of equal values', () => {
    const r = score(model, parsePeriod('2026Q3')!);
    const [plan] = planSummaries(model, r);
    const chart = plan.charts[0];
    expect(chart.series.map((s) => [s.name, s.type])).toEqual([
      ['得分', 'bar'],
      ['优秀线', 'line'],
      ['良好线', 'line'],
      ['合格线', 'line'],
    ]);
    expect(cells(plan, chart.series[0].values)).toEqual(r.units.map((u) => u.score));
    const p = model.rules.params;
    expect(chart.series.slice(1).map((s) => [...new Set(cells(plan, s.values))])).toEqual([[p.excellentLine], [p.goodLine], [p.passLine]]);
    expect(chart.valueAxis.max).toBe(p.base + p.bonusCap);
  });

  test('year: the four quarterly scores per unit as bars', () => {
    const r = score(model, parsePeriod('2026')!);
    const [plan] = planSummaries(model, r);
    const chart = plan.charts[0];
    expect(chart.series.map((s) => s.name)).toEqual(['第一季度', '第二季度', '第三季度', '第四季度']);
    chart.series.forEach((s, q) => expect(cells(plan, s.values)).toEqual(r.units.map((u) => u.quarters![q])));
  });
});

describe('上季度得分 and 变化', () => {
  const spec = (events: ReturnType<typeof event>[]) => ({ events, sheets: [paramsSheet({ 处罚标准已确认: '是' })] });

  test('shown when the workbook holds the previous quarter’s events; 变化 = 得分 − 上季度得分', () => {
    const m = modelOf(spec([event({ 日期: '2026-05-10', 等级: '较大' }), event({ 日期: '2026-07-15' })]));
    const [plan] = planSummaries(m, score(m, parsePeriod('2026Q3')!));
    const header = plan.values[2];
    expect(header.slice(-2)).toEqual(['上季度得分', '变化']);
    const s01 = plan.values.find((row) => row[1] === '城区供电所')!;
    expect(s01.slice(-2)).toEqual([95, 2]); // Q2: 100 − 5; Q3: 100 − 2 × 1.5 (8.4's second time this year) = 97
    expect(s01[7]).toBe(97);
    expect(plan.values.find((row) => row[1] === '办公室')!.slice(-2)).toEqual([100, 0]);
    expect(plan.values.some((row) => typeof row[0] === 'string' && row[0].startsWith('3. 上季度得分为2026年第2季度'))).toBe(true);
  });

  test('Q1 compares with last year’s Q4', () => {
    const m = modelOf(spec([event({ 日期: '2025-11-03', 等级: '一般' }), event({ 日期: '2026-02-10', 等级: '轻微' })]));
    const [plan] = planSummaries(m, score(m, parsePeriod('2026Q1')!));
    const s01 = plan.values.find((row) => row[1] === '城区供电所')!;
    expect(s01.slice(-2)).toEqual([98, 1]);
  });

  test('absent when the previous quarter has no events', () => {
    const m = modelOf(spec([event({ 日期: '2026-07-15' })]));
    const [plan] = planSummaries(m, score(m, parsePeriod('2026Q3')!));
    expect(plan.values[2]).not.toContain('上季度得分');
    expect(plan.values[2]).toHaveLength(17);
  });
});
