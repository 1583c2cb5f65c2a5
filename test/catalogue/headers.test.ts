// Optional columns under the headers offices really write (issue 22): a two-row header (三不放过
// merged over 原因查清 / 责任处理 / 整改落实), the documented variants (整改落实情况, 原因是否查清,
// 扣分调整(分) …), and a warning naming a column that looks optional but is not recognised — never
// every deduction silently an open item, never an override silently ignored.
import { assess } from '../../src/engine';
import type { CellValue, Snapshot } from '../../src/engine/types';
import { defaultUnits, sheet } from '../helpers/snapshot';

const Q3 = { period: { kind: 'quarter' as const, year: 2026, quarter: 3 as const }, today: { year: 2026, month: 10, day: 9 } };
const units = sheet('单位', defaultUnits());

function run(values: CellValue[][]) {
  const snap: Snapshot = { sheets: [units, { name: '二级单位考核记录', values }] };
  const a = assess(snap, Q3);
  if (!a.ok) throw new Error(a.errors.map((e) => e.message).join('\n'));
  return a;
}

const ROW = ['2026-07-15', 'S01', '95598工单', '8.4', '一般', '客户投诉'];

test('a two-row header: 三不放过 merged over 原因查清 / 责任处理 / 整改落实 — all three read, no open item, data from the third row', () => {
  const a = run([
    ['日期', '单位', '来源', '条款', '等级', '事项描述', '三不放过', null, null],
    [null, null, null, null, null, null, '原因查清', '责任处理', '整改落实'],
    [...ROW, '是', '是', '是'],
  ]);
  expect(a.result.events).toHaveLength(1);
  expect(a.result.events[0].open).toBe(false);
  expect(a.warnings.filter((w) => w.code === 'unrecognised-column')).toEqual([]);
});

test.each([
  [['原因是否查清', '责任是否处理', '整改落实情况']],
  [['原因查清情况', '责任处理情况', '整改是否落实']],
  [['原因查清(是/否)', '责任处理（是/否）', '整改落实 *']],
])('variant headers %j are the three 三不放过 columns', (names) => {
  const a = run([
    ['日期', '单位', '来源', '条款', '等级', '事项描述', ...names],
    [...ROW, '是', '是', '是'],
  ]);
  expect(a.result.events[0].open).toBe(false);
});

test('扣分调整(分) and 调整扣分 are the override column: the override is applied', () => {
  for (const name of ['扣分调整(分)', '扣分调整（分）', '调整扣分']) {
    const a = run([
      ['日期', '单位', '来源', '条款', '等级', '事项描述', name, '备注'],
      [...ROW, 0.5, '复核'],
    ]);
    expect([name, a.result.events[0].points]).toEqual([name, 0.5]);
  }
});

test('a header that looks optional but is not recognised gets a located warning naming the column it may mean', () => {
  const a = run([
    ['日期', '单位', '来源', '条款', '等级', '事项描述', '整改完成与否'],
    [...ROW, '是'],
  ]);
  const w = a.warnings.filter((x) => x.code === 'unrecognised-column');
  expect(w).toHaveLength(1);
  expect(w[0]).toMatchObject({ sheet: '二级单位考核记录', row: 1, column: 7 });
  expect(w[0].message).toMatch(/列名“整改完成与否”看起来像可选列「整改落实」/);
});

test('a data row whose cell happens to read like a header is not taken for a second header row', () => {
  const a = run([
    ['日期', '单位', '来源', '条款', '等级', '事项描述', null],
    [...ROW, '备注'],
    [...ROW, null],
  ]);
  expect(a.result.events).toHaveLength(2);
});
