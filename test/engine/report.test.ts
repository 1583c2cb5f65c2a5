// SPEC §3: the generated sheets as SheetPlans, from a small workbook through parse → score → plan.

import { event } from '../helpers/snapshot';
import { paramsSheet, modelOf } from './score-book';
import { followUp, parseWorkbook, parsePeriod, planSummaries, score } from '../../src/engine';
import type { SheetPlan } from '../../src/engine';
import { CHART_ROWS } from '../../src/engine/report';
import { previousScores } from '../../src/engine/report/previous';
import { previousQuarterScores } from '../../src/engine/score';
import { generateWorkbook } from '../../bench/generate';

const closed = { 原因查清: '是', 责任处理: '是', 整改落实: '是' };

// Q3 2026, default ladder, 未闭环扣分 1:
//   S01 07-15 一般 8.4 (95598)  k=1 ×1   → 2 pts, fines 200/100/200, closed
//   D02 07-20 较大 5.2 (来信来访) k=1 ×1  → 5 pts, fines 500/300/500, closed
//   S01 08-02 一般 8.4 (95598)  k=2 ×1.5 → 3 pts, fines 300/150/300, open (整改落实 否)
//   S03 09-01 锦旗 12 (客户表扬)          → +1
// S01: 扣分 = 2 + 3 + 1 × 1 (open) = 6 → 100 − 6 + 0 = 94 良好; D02 95 优秀; S03 101; others 100.
const spec = {
  events: [
    event({ 日期: '2026-07-15', 单位: 'S01', 条款: '8.4', 等级: '一般', 直接责任人: '陈明', ...closed }),
    event({
      日期: '2026-08-02',
      单位: '城区供电所',
      条款: '8.4',
      等级: '一般',
      直接责任人: '陈明',
      事项描述: '装表接电再次超时',
      ...closed,
      整改落实: '否',
    }),
    event({ 日期: '2026-09-01', 单位: 'S03', 来源: '客户表扬', 条款: '12', 等级: '锦旗', 事项描述: '客户赠送锦旗' }),
    event({ 日期: '2026-07-20', 单位: 'D02', 来源: '来信来访', 条款: '5.2', 等级: '较大', 事项描述: '=HYPERLINK("http://x")', ...closed }),
  ],
  sheets: [paramsSheet({ 未闭环扣分: 1, 制表人: '张晓梅', 批准人: '王总' })],
};

// The ladder is confirmed here, so these layout tests see no rule-11 footnote (tested on its own below).
function plansFor(period: string, extra: Record<string, string | number> = {}): SheetPlan[] {
  const model = modelOf({
    ...spec,
    sheets: [paramsSheet({ 未闭环扣分: 1, 制表人: '张晓梅', 批准人: '王总', 处罚标准已确认: '是', ...extra })],
  });
  return planSummaries(model, score(model, parsePeriod(period)!));
}

const SIGN_OFF = '制表人：张晓梅  审核人：________  批准人：王总  日期：____年__月__日';

describe('quarter summary (考核汇总)', () => {
  const [summary] = plansFor('2026Q3');

  test('name, kind, marker, title and subtitle', () => {
    expect([summary.name, summary.kind, summary.period, summary.marker]).toEqual([
      '2026年第3季度考核汇总',
      'quarter-summary',
      '2026Q3',
      'QSAssess.2026Q3.summary',
    ]);
    expect(summary.values[0][0]).toBe('黄冈黄州区供电公司 2026年第3季度优质服务考核汇总表');
    expect(summary.values[1][0]).toBe('考核期间：2026年7月1日 至 2026年9月30日    考核单位：黄冈黄州区供电公司    金额单位：元');
  });

  test('headers are exactly SPEC §3’s', () => {
    expect(summary.values[2]).toEqual([
      '序号',
      '单位',
      '类别',
      '第一责任人',
      '基础分',
      '扣分',
      '加分',
      '得分',
      '等级',
      '名次',
      '事件数',
      '有效投诉数',
      '单位罚款',
      '第一责任人罚款',
      '直接责任人罚款',
      '一票否决',
      '未闭环事项',
    ]);
  });

  test('one row per unit, departments first; 扣分 includes open-item points so 基础分 − 扣分 + 加分 = 得分', () => {
    expect(summary.values.slice(3, 9)).toEqual([
      [1, '办公室', '部门', '王主任', 100, 0, 0, 100, '优秀', 1, 0, 0, 0, 0, 0, '否', 0],
      [2, '营销部', '部门', '李主任', 100, 5, 0, 95, '优秀', 3, 1, 1, 500, 300, 500, '否', 0],
      [3, '运维检修部', '部门', '张主任', 100, 0, 0, 100, '优秀', 1, 0, 0, 0, 0, 0, '否', 0],
      [4, '城区供电所', '二级单位', '陈所长', 100, 6, 0, 94, '良好', 3, 2, 2, 500, 250, 500, '否', 1],
      [5, '路口供电所', '二级单位', '刘所长', 100, 0, 0, 100, '优秀', 2, 0, 0, 0, 0, 0, '否', 0],
      [6, '客户服务中心', '二级单位', '赵主任', 100, 0, 1, 101, '优秀', 1, 1, 0, 0, 0, 0, '否', 0],
    ]);
    for (const r of summary.values.slice(3, 9))
      expect((r[4] as number) - (r[5] as number) + (r[6] as number)).toBeCloseTo(r[7] as number, 9);
  });

  test('a totals row for counts and fines, notes, a blank row and the sign-off line', () => {
    expect(summary.values[9]).toEqual(['', '合计', null, null, null, null, null, null, null, null, 4, 3, 1000, 550, 1000, null, 1]);
    expect(summary.values[10][0]).toMatch(/^注：1\. 扣分 = 事件扣分 \+ 未闭环扣分（每项未闭环事项 1 分），故 基础分 − 扣分 \+ 加分 = 得分/);
    expect(summary.values[11][0]).toMatch(/重复发生系数 1、1\.5、2/);
    expect(summary.values[12].every((v) => v === null)).toBe(true);
    expect(summary.values[13][0]).toBe(SIGN_OFF);
    // Then the chart on a page of its own (CHART_ROWS rows from row 14); its data block (header +
    // 6 units) from the same row, right of the table after one empty column: beyond the print area.
    expect(summary.values).toHaveLength(14 + CHART_ROWS);
    expect(summary.values.slice(0, 14).every((r) => r.length === 17)).toBe(true);
    expect(summary.values[14].slice(18)).toEqual(['图表数据', null, null, null, null]);
    expect(summary.values[15].slice(18)).toEqual(['单位', '得分', '优秀线', '良好线', '合格线']);
    expect(summary.values.slice(14, 14 + 8).every((r) => r.length === 17 + 1 + 5)).toBe(true);
    expect(summary.values.slice(14).every((r) => r.slice(0, 18).every((v) => v === null))).toBe(true);
    expect(summary.values.flat().filter((v) => v === '图表数据')).toHaveLength(1);
  });

  test('merges: title, subtitle, notes and sign-off across all 17 columns', () => {
    const across = (row: number) => ({ row, col: 0, rows: 1, cols: 17 });
    expect(summary.merges).toEqual([across(0), across(1), across(10), across(11), across(13)]);
  });

  test('print: A4 landscape, one page wide, title rows through the header, page numbers, whole table', () => {
    expect(summary.print).toEqual({
      paper: 'A4',
      orientation: 'landscape',
      fitToWidth: 1,
      titleRows: { first: 0, last: 2 },
      footer: '第 &P 页 共 &N 页',
      rowBreaks: [14], // the chart starts a page of its own
      area: { row: 0, col: 0, rows: 14 + CHART_ROWS, cols: 17 }, // the chart prints too, its data does not
      margins: { left: 0.3, right: 0.3, top: 0.5, bottom: 0.5, header: 0.25, footer: 0.25 },
      centerHorizontally: true,
    });
    expect(summary.freeze).toEqual({ rows: 3, cols: 0 });
  });

  test('styles: title bold 16, header bold/filled/bordered/wrapped/centred, formats by column', () => {
    const styleAt = (row: number, col: number) =>
      summary.styles
        .filter(({ range: r }) => row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols)
        .reduce((acc, s) => ({ ...acc, ...s.style }), {});
    expect(styleAt(0, 0)).toMatchObject({ bold: true, fontSize: 16, hAlign: 'center' });
    expect(styleAt(2, 5)).toMatchObject({ bold: true, fill: '#D9E1F2', border: true, wrap: true, hAlign: 'center' });
    expect(styleAt(4, 7)).toMatchObject({ numberFormat: '0.00', border: true }); // 得分
    expect(styleAt(4, 5)).toMatchObject({ numberFormat: '0.00' }); // 扣分
    expect(styleAt(4, 12)).toMatchObject({ numberFormat: '#,##0' }); // 单位罚款
    expect(styleAt(4, 1)).toMatchObject({ numberFormat: '@', hAlign: 'left' }); // 单位
    expect(styleAt(9, 12)).toMatchObject({ bold: true, numberFormat: '#,##0', border: true }); // 合计
    expect(styleAt(13, 0)).not.toHaveProperty('border');
  });

  test('column widths count a CJK character as two', () => {
    // 单位: widest name 客户服务中心 = 6 CJK = 12, plus 1 padding.
    expect(summary.columnWidths[1]).toBe(13);
    // 有效投诉数: a header of 5 CJK (10 units, over 3 CJK) wraps onto two lines: 10 / 2 − 1 = 4 → the minimum 6.
    expect(summary.columnWidths[11]).toBe(6);
    // 第一责任人罚款: 7 CJK (14 units) wraps onto two lines of about half: 14 / 2 − 1 = 6, padded → 7.
    expect(summary.columnWidths[13]).toBe(7);
    // 等级: a header of 2 CJK stays on one line; 不合格 is absent here, 优秀 (4 units) + 1 → the minimum 6.
    expect(summary.columnWidths[8]).toBe(6);
    expect(summary.columnWidths).toHaveLength(17);
  });

  test('sign-off blanks stay blank when nobody is named', () => {
    const model = modelOf({ events: [] });
    const [plan] = planSummaries(model, score(model, parsePeriod('2026Q1')!));
    expect(plan.values.map((r) => r[0])).toContain('制表人：________  审核人：________  批准人：________  日期：____年__月__日');
    expect(plan.name).toBe('2026年第1季度考核汇总');
    // With the default 未闭环扣分 of 0 the note says open items are only counted.
    expect(plan.values[3 + 6 + 1][0]).toMatch(/每项未闭环事项 0 分，即只统计不扣分/);
  });
});

describe('quarter detail (扣分明细)', () => {
  const [, detail] = plansFor('2026Q3');

  test('every event of the quarter in rule-2 order, with its occurrence, multiplier, points and fines', () => {
    expect([detail.name, detail.kind, detail.marker]).toEqual(['2026年第3季度扣分明细', 'quarter-detail', 'QSAssess.2026Q3.detail']);
    expect(detail.values[0][0]).toBe('黄冈黄州区供电公司 2026年第3季度优质服务考核扣分明细表');
    expect(detail.values[2]).toEqual([
      '序号',
      '日期',
      '单位',
      '来源',
      '条款',
      '等级',
      '事项描述',
      '直接责任人',
      '第几次',
      '系数',
      '扣分',
      '加分',
      '单位罚款',
      '第一责任人罚款',
      '直接责任人罚款',
      '调整',
      '未闭环',
      '认定',
      '备注',
      '工作表',
      '行',
    ]);
    expect(detail.values.slice(3, 7)).toEqual([
      [
        1,
        46218,
        '城区供电所',
        '95598工单',
        '8.4',
        '一般',
        '客户投诉装表接电超过时限',
        '陈明',
        1,
        1,
        2,
        0,
        200,
        100,
        200,
        '',
        '',
        '',
        '',
        '二级单位考核记录',
        2,
      ],
      [
        2,
        46223,
        '营销部',
        '来信来访',
        '5.2',
        '较大',
        '=HYPERLINK("http://x")',
        '',
        1,
        1,
        5,
        0,
        500,
        300,
        500,
        '',
        '',
        '',
        '',
        '部门考核记录',
        2,
      ],
      [
        3,
        46236,
        '城区供电所',
        '95598工单',
        '8.4',
        '一般',
        '装表接电再次超时',
        '陈明',
        2,
        1.5,
        3,
        0,
        300,
        150,
        300,
        '',
        '是',
        '',
        '',
        '二级单位考核记录',
        3,
      ],
      [
        4,
        46266,
        '客户服务中心',
        '客户表扬',
        '12',
        '锦旗',
        '客户赠送锦旗',
        '',
        null,
        1,
        0,
        1,
        0,
        0,
        0,
        '',
        '',
        '',
        '',
        '二级单位考核记录',
        4,
      ],
    ]);
    // Dates are serials shown as dates.
    const dateStyle = detail.styles.find((s) => s.range.col === 1 && s.range.cols === 1);
    expect(dateStyle?.style.numberFormat).toBe('yyyy-mm-dd');
  });

  test('totals, note and sign-off', () => {
    expect(detail.values[7]).toEqual([
      '',
      '合计',
      '共 4 项',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      10,
      1,
      1000,
      550,
      1000,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(detail.values[8][0]).toMatch(/^注：第几次 = 同一单位同一条款本年度内第几次发生/);
    expect(detail.values[10][0]).toBe(SIGN_OFF);
    expect(detail.values).toHaveLength(11);
    expect(detail.print.area).toEqual({ row: 0, col: 0, rows: 11, cols: 21 });
    expect(detail.print.titleRows).toEqual({ first: 0, last: 2 });
  });

  test('a long description wraps and its row gets the height of its lines', () => {
    // 60 CJK = 120 units in a column capped at 32: 120 / 31 → 4 lines of 15 pt, + 2.
    const model = modelOf({ events: [event({ 事项描述: '客'.repeat(60) }), event({ 日期: '2026-07-16' })] });
    const [, d] = planSummaries(model, score(model, parsePeriod('2026Q3')!));
    expect(d.columnWidths[6]).toBe(32);
    expect(d.rowHeights).toContainEqual({ row: 3, height: 62 });
    expect(d.rowHeights.some((h) => h.row === 4)).toBe(false); // the short one keeps the default
    expect(d.styles.some((s) => s.range.col === 6 && s.range.cols === 1 && s.style.wrap === true)).toBe(true);
  });

  test('the override flag shows 是', () => {
    const model = modelOf({ events: [event({ 单位: 'S02', 等级: '较大', 扣分调整: 2.5, 备注: '核减' })] });
    const [, d] = planSummaries(model, score(model, parsePeriod('2026Q3')!));
    expect(d.values[3].slice(10, 17)).toEqual([2.5, 0, 500, 300, 500, '是', '是']);
    expect(d.values[3][d.values[2].indexOf('备注')]).toBe('核减'); // the reason prints beside it (SPEC §3)
  });
});

describe('annual summary (年度考核汇总)', () => {
  test('four quarters, the year’s score, grade, rank, veto, counts and fines; the method line', () => {
    const plans = plansFor('2026');
    expect(plans.map((p) => p.kind)).toEqual(['annual-summary', 'annual-people']);
    const [annual] = plans;
    expect([annual.name, annual.kind, annual.period, annual.marker]).toEqual([
      '2026年度考核汇总',
      'annual-summary',
      '2026',
      'QSAssess.2026.annual',
    ]);
    expect(annual.values[0][0]).toBe('黄冈黄州区供电公司 2026年度优质服务考核汇总表');
    expect(annual.values[1][0]).toMatch(/^考核期间：2026年1月1日 至 2026年12月31日/);
    expect(annual.values[2]).toEqual([
      '序号',
      '单位',
      '类别',
      '第一季度',
      '第二季度',
      '第三季度',
      '第四季度',
      '年度得分',
      '等级',
      '名次',
      '一票否决',
      '事件数',
      '单位罚款',
      '第一责任人罚款',
      '直接责任人罚款',
    ]);
    // S01: Q3 94, others 100 → (100 + 100 + 94 + 100) / 4 = 98.5. S03: Q3 101 → 100.25.
    expect(annual.values[6]).toEqual([4, '城区供电所', '二级单位', 100, 100, 94, 100, 98.5, '优秀', 3, '否', 2, 500, 250, 500]);
    expect(annual.values[8]).toEqual([6, '客户服务中心', '二级单位', 100, 100, 101, 100, 100.25, '优秀', 1, '否', 1, 0, 0, 0]);
    expect(annual.values[9]).toEqual(['', '合计', null, null, null, null, null, null, null, null, null, 4, 1000, 550, 1000]);
    expect(annual.values[10][0]).toBe(
      '注：1. 年度得分方式：季度平均 —— 年度得分为四个季度得分的平均值（没有考核事项的季度按基础分 100 计）。',
    );
    expect(annual.values[13][0]).toBe(SIGN_OFF);
    expect(annual.print.area.cols).toBe(15);
  });

  test('年度累计 says so and scores the year as one pool', () => {
    const [annual] = plansFor('2026', { 年度得分方式: '年度累计' });
    // S01: 100 − 5 − 1 (open) + 0 = 94.
    expect(annual.values[6].slice(3, 8)).toEqual([100, 100, 94, 100, 94]);
    expect(annual.values[10][0]).toBe(
      '注：1. 年度得分方式：年度累计 —— 年度得分 = 基础分 − 全年扣分 − 全年未闭环扣分 + 全年加分（最多 4 × 5 = 20 分），不低于 0、不高于 120。',
    );
  });
});

describe('a 60-unit quarter (the bench organisation)', () => {
  const { model, errors } = parseWorkbook(generateWorkbook({ events: 3000 }));
  const result = score(model, parsePeriod('2026Q3')!);
  const [summary, detail] = planSummaries(model, result);
  // The follow-up lists (SPEC §10) under the notes: a heading and a line per open item of earlier quarters.
  const fu = followUp(model, parsePeriod('2026Q3')!);
  const followUpRows = (fu.history.length ? 1 + fu.history.length : 0) + (fu.overdue.length ? 1 + fu.overdue.length : 0);

  test('has 3 heading rows + 60 units + 合计 + 4 notes + the rule-11 footnote + blank + sign-off = 71 rows, then the chart', () => {
    expect(errors).toEqual([]);
    expect(model.units).toHaveLength(60);
    expect(fu.history.length).toBeGreaterThan(0);
    // The bench book holds Q2 events, so 上季度得分 and 变化 are shown and explained in a third note.
    expect(summary.values[66][0]).toMatch(/^3\. 上季度得分为2026年第2季度的得分/);
    // The follow-up lists (SPEC §10) in one line: their counts, and where every item is listed.
    expect(summary.values[67][0]).toMatch(/^历史未闭环事项 \d+ 项，逐项列在「2026年第3季度扣分明细」表签字栏下方和考核通报中。$/);
    expect(summary.values[70][0]).toMatch(/^制表人/);
    // The chart's page; its data block (header + 60 units) from the same row, beyond the print area.
    expect(summary.values).toHaveLength(71 + 2 + 60);
    expect(summary.print.area.rows).toBe(71 + CHART_ROWS);
    expect(summary.print.rowBreaks).toEqual([71]);
    expect(summary.values[3][2]).toBe('部门');
    expect(summary.values[10][2]).toBe('部门');
    expect(summary.values[11][2]).toBe('二级单位');
    expect(summary.values[63][1]).toBe('合计');
  });

  test('the detail lists every event of the quarter; its styles do not grow with its rows', () => {
    // Headings, events, 合计, the note, the rule-11 footnote (default ladder), blank, sign-off.
    expect(detail.values).toHaveLength(3 + result.events.length + 1 + 1 + 1 + 1 + 1 + 1 + followUpRows);
    expect(result.events.length).toBeGreaterThan(500);
    const small = planSummaries(modelOf({ events: [event()] }), score(modelOf({ events: [event()] }), parsePeriod('2026Q3')!))[1];
    // The follow-up lists add one style for their rows and one per block (its bold heading), whatever their length.
    const blocks = (fu.history.length ? 1 : 0) + (fu.overdue.length ? 1 : 0);
    expect(detail.styles).toHaveLength(small.styles.length + (blocks ? 1 + blocks : 0));
  });

  test('上季度得分 from the quarter’s own pass equals the previous quarter scored on its own', () => {
    // A quarter's score() tallies its previous quarter too, so 上季度得分 needs no second pass.
    for (const q of [2, 3, 4]) {
      const period = parsePeriod(`2026Q${q}`)!;
      const current = score(model, period);
      const previous = parsePeriod(`2026Q${q - 1}`)!;
      expect(previousQuarterScores(model, current, previous)).not.toBeNull();
      expect(previousScores(model, period, [], current)!.result).toEqual(score(model, previous, { events: false }));
    }
  });
});
