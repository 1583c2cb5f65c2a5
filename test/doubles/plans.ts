// SheetPlans built by code for the adapter tests: the shape planSummaries produces (title rows,
// a header, one row per unit, a sign-off line), with numbers that are easy to check by eye.
import type { CellValue, SheetPlan } from '../../src/engine';

export function summaryPlan(units: number, name = '2026年第3季度考核汇总', marker = 'QSAssess.2026Q3.summary'): SheetPlan {
  const header = ['序号', '单位', '类别', '得分', '等级'];
  const values: CellValue[][] = [
    ['黄冈黄州区供电公司 2026年第3季度优质服务考核汇总', null, null, null, null],
    ['考核期间:2026-07-01 至 2026-09-30', null, null, null, null],
    header,
  ];
  for (let i = 1; i <= units; i++) values.push([i, `单位${i}`, i % 2 ? '部门' : '二级单位', 100 - i / 4, '优秀']);
  values.push(['制表人:', '刘婷', '审核人:', '黄晓燕', null]);
  const last = values.length - 1;
  return {
    name,
    kind: 'quarter-summary',
    period: '2026Q3',
    marker,
    values,
    styles: [
      { range: { row: 0, col: 0, rows: 1, cols: 5 }, style: { bold: true, fontSize: 16, hAlign: 'center' } },
      { range: { row: 2, col: 0, rows: 1, cols: 5 }, style: { bold: true, fill: '#DDEBF7', border: true } },
      { range: { row: 3, col: 3, rows: units, cols: 1 }, style: { numberFormat: '0.00' } },
    ],
    merges: [
      { row: 0, col: 0, rows: 1, cols: 5 },
      { row: 1, col: 0, rows: 1, cols: 5 },
    ],
    columnWidths: [6, 18, 10, 8, 8],
    rowHeights: [{ row: 0, height: 28 }],
    freeze: { rows: 3, cols: 0 },
    print: {
      paper: 'A4',
      orientation: 'landscape',
      fitToWidth: 1,
      titleRows: { first: 0, last: 2 },
      footer: '第 &P 页 共 &N 页',
      area: { row: 0, col: 0, rows: last + 1, cols: 5 },
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
      centerHorizontally: true,
    },
    charts: [],
  };
}

/** Colours of the hand-built chart below: bars for scores, dashed lines for two grade lines. */
export const CHART_COLORS = { bar: '#4472C4', excellent: '#70AD47', pass: '#C00000' };

/**
 * summaryPlan with two grade-line columns (优秀线 90, 合格线 70) and one native chart under the
 * table: clustered bars of 得分 by 单位, the grade lines as lines — as the report plans it.
 */
export function chartedPlan(units: number, name = '2026年第3季度考核汇总', marker = 'QSAssess.2026Q3.summary'): SheetPlan {
  const plan = summaryPlan(units, name, marker);
  const first = 3; // the first unit row (0-based)
  plan.values = plan.values.map((row, r) => {
    if (r === 2) return [...row, '优秀线', '合格线'];
    if (r >= first && r < first + units) return [...row, 90, 70];
    return [...row, null, null];
  });
  plan.columnWidths = [...plan.columnWidths, 8, 8];
  const rows = plan.values.length;
  plan.charts = [
    {
      title: '2026年第3季度各单位得分',
      categories: { row: first, col: 1, rows: units, cols: 1 },
      series: [
        { name: '得分', values: { row: first, col: 3, rows: units, cols: 1 }, type: 'bar', color: CHART_COLORS.bar },
        { name: '优秀线', values: { row: first, col: 5, rows: units, cols: 1 }, type: 'line', color: CHART_COLORS.excellent },
        { name: '合格线', values: { row: first, col: 6, rows: units, cols: 1 }, type: 'line', color: CHART_COLORS.pass },
      ],
      anchor: { row: rows + 1, col: 0, rows: 20, cols: 7 },
      valueAxis: { min: 0, max: 100, title: '得分' },
    },
  ];
  plan.print = { ...plan.print, area: { row: 0, col: 0, rows: rows + 22, cols: 7 } };
  return plan;
}
