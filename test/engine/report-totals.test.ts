// The 合计 row is built by column key (src/engine/report/totals.ts): a column added or moved
// cannot shift a total into its neighbour's column.
import { columnSum, totalsRow } from '../../src/engine/report/totals';
import type { Column } from '../../src/engine/report/layout';

const columns: Column<'index' | 'name' | 'score' | 'events'>[] = [
  { key: 'index', header: '序号' },
  { key: 'name', header: '单位' },
  { key: 'score', header: '得分' },
  { key: 'events', header: '事件数' },
];
const rows = [
  [1, '甲', 95, 2],
  [2, '乙', 88.5, 3],
];

test('each total lands in its own column, every other cell blank', () => {
  expect(totalsRow(columns, { index: '', name: '合计', events: columnSum(columns, rows, 'events') })).toEqual(['', '合计', null, 5]);
});

test('a column added in between moves the total with its column', () => {
  const wider: Column<'index' | 'name' | 'score' | 'events' | 'extra'>[] = [
    ...columns.slice(0, 2),
    { key: 'extra', header: '新列' },
    ...columns.slice(2),
  ];
  const widerRows = rows.map((r) => [...r.slice(0, 2), 'x', ...r.slice(2)]);
  expect(totalsRow(wider, { name: '合计', events: columnSum(wider, widerRows, 'events') })).toEqual([null, '合计', null, null, 5]);
});

test('a key no column has is a programming error', () => {
  expect(() => totalsRow(columns.slice(0, 2), { events: 1 })).toThrow('No column "events"');
  expect(() => columnSum(columns.slice(0, 2), rows, 'events')).toThrow('No column "events"');
});
