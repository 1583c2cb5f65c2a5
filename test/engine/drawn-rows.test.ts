// The long sheets (扣分明细, 个人罚款) are laid out from a RowSource and drawn as they are written
// (src/engine/report/layout.ts): planRows() must give the same cells as plan.values, before and
// after anyone reads them, and the .xlsx written either way must be the same bytes.

import { event } from '../helpers/snapshot';
import { modelOf, paramsSheet } from './score-book';
import { parsePeriod, planRows, planSummaries, score } from '../../src/engine';
import type { CellValue, SheetPlan } from '../../src/engine';
import { layoutSheet } from '../../src/engine/report/layout';
import { MAX_CELL_TEXT } from '../../src/engine/text';
import { writePlansWorkbook } from '../../src/xlsx';

const closed = { 原因查清: '是', 责任处理: '是', 整改落实: '是' };
const LONG = '很长的描述'.repeat(Math.ceil((MAX_CELL_TEXT + 10) / 5));

const spec = {
  events: [
    event({ 日期: '2026-07-15', 单位: 'S01', 直接责任人: '陈明', ...closed }),
    event({ 日期: '2026-08-02', 单位: 'S01', 直接责任人: '陈明', 事项描述: LONG, ...closed, 整改落实: '否' }),
    event({ 日期: '2026-09-01', 单位: 'S03', 来源: '客户表扬', 条款: '12', 等级: '锦旗', 事项描述: '客户赠送锦旗' }),
    event({ 日期: '2026-07-20', 单位: 'D02', 来源: '来信来访', 条款: '5.2', 等级: '较大', 直接责任人: '李强', ...closed }),
    // An item of the previous quarter still open: the detail lists it under the sign-off line.
    event({ 日期: '2026-05-10', 单位: 'S02', 直接责任人: '王芳', ...closed, 原因查清: '否' }),
  ],
  sheets: [paramsSheet({ 处罚标准已确认: '是' })],
};

/** A fresh quarter's plans: nothing has read their values yet. */
function freshPlans(): SheetPlan[] {
  const model = modelOf(spec);
  return planSummaries(model, score(model, parsePeriod('2026Q3')!));
}

function drawn(plan: SheetPlan): (CellValue[] | undefined)[] {
  const rows = planRows(plan);
  return Array.from({ length: rows.length }, (_, r) => rows.row(r));
}

describe('long sheets drawn as they are written', () => {
  test('planRows draws the same cells as plan.values, with the widths it promises', () => {
    const plans = freshPlans();
    expect(plans.map((p) => p.kind)).toEqual(['quarter-summary', 'quarter-detail', 'quarter-people']);
    for (const plan of plans) {
      const rows = drawn(plan);
      const widths = Array.from({ length: rows.length }, (_, r) => planRows(plan).width(r));
      expect(rows).toEqual(plan.values);
      expect(widths).toEqual(plan.values.map((v) => v.length));
    }
  });

  test('the detail holds the data rows, the over-long text fitted in both ways', () => {
    const detail = freshPlans()[1];
    const rows = drawn(detail);
    const fitted = rows.find((r) => typeof r?.[6] === 'string' && (r[6] as string).startsWith('很长的描述'))!;
    expect((fitted[6] as string).length).toBeLessThanOrEqual(MAX_CELL_TEXT);
    expect(detail.values.filter((r) => r[0] === 1 || r[0] === 2 || r[0] === 3 || r[0] === 4)).toHaveLength(4);
    expect(detail.values).toContainEqual(fitted);
    // The previous quarter's open item is listed after the sign-off line.
    expect(detail.values.some((r) => typeof r[0] === 'string' && r[0].includes('王芳'))).toBe(true);
  });

  test('JSON and a structured clone see the plan as an ordinary one', () => {
    const [a, b] = [freshPlans(), freshPlans()];
    const copies = a.map((p) => structuredClone(p));
    const json = JSON.stringify(b);
    expect(copies.map((c) => Array.isArray(c.values))).toEqual([true, true, true]);
    expect(JSON.stringify(copies)).toBe(json);
    expect(JSON.stringify(a)).toBe(json);
  });

  test('the written workbook is the same bytes whether or not the values were read first', () => {
    const lazy = freshPlans();
    const read = freshPlans();
    for (const p of read) expect(p.values.length).toBeGreaterThan(3);
    expect(Buffer.from(writePlansWorkbook(lazy)).equals(Buffer.from(writePlansWorkbook(read)))).toBe(true);
  });

  test('once read (or replaced), the values are what planRows and the writer use', () => {
    const [, detail, people] = freshPlans();
    detail.values[3][6] = '改过的描述';
    expect(planRows(detail).row(3)![6]).toBe('改过的描述');
    people.values = [['只有一行']];
    expect(planRows(people).length).toBe(1);
    expect(planRows(people).row(0)).toEqual(['只有一行']);
  });

  test('a RowSource row narrower or wider than the table is a programming error, said at once', () => {
    const params = modelOf(spec).rules.params;
    const sheet = (row: CellValue[]) => ({
      name: '表',
      kind: 'quarter-detail' as const,
      period: '2026Q3',
      marker: 'QSAssess.test',
      title: '标题',
      subtitle: '副标题',
      columns: [{ header: '甲' }, { header: '乙' }],
      rows: { length: 1, row: () => row },
      totals: null,
      notes: [],
      params,
      warning: null,
      chart: null,
    });
    expect(layoutSheet(sheet(['a', 1])).values[3]).toEqual(['a', 1]);
    expect(() => layoutSheet(sheet(['a']))).toThrow('data row 0 has 1 cells, not 2');
  });
});
