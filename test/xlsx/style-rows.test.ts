// styleRows (src/xlsx/writer/styles.ts), the sheet writer's styles by stretches of rows, gives row
// for row what effectiveStyles (the grid of cells the ExcelJS renderer still uses) gives: the same
// styles, the same lengths, for every plan of the sample book, every period, and for hand-made
// overlapping and empty ranges.
import { assess, parsePeriod, sampleSheets, type SheetPlan, type Snapshot } from '../../src/engine';
import { effectiveStyles, styleRows } from '../../src/xlsx/writer/styles';

const snapshot: Snapshot = {
  sheets: sampleSheets().map((t) => ({
    name: t.name,
    values: [t.columns.map((c) => c.header), ...t.rows] as (string | number | null)[][],
  })),
};

function expectSame(plan: SheetPlan): void {
  const grid = effectiveStyles(plan);
  const rows = styleRows(plan);
  expect(rows.length).toBe(grid.length);
  for (let r = 0; r < grid.length + 2; r++) {
    const a = grid[r];
    const b = rows.at(r);
    expect([r, b?.length]).toEqual([r, a?.length]);
    for (let c = 0; c < (a?.length ?? 0); c++) expect([r, c, b![c]]).toEqual([r, c, a![c]]);
  }
}

test.each(['2026Q1', '2026Q2', '2026Q3', '2026Q4', '2026'])('the plans of %s', (period) => {
  const a = assess(snapshot, { period: parsePeriod(period)!, today: { year: 2026, month: 12, day: 4 } });
  if (!a.ok) throw new Error('sample does not validate');
  for (const plan of a.sheets()) expectSame(plan);
});

test('overlapping, empty and out-of-order ranges', () => {
  const a = assess(snapshot, { period: parsePeriod('2026Q3')!, today: { year: 2026, month: 12, day: 4 } });
  if (!a.ok) throw new Error('sample does not validate');
  const [plan] = a.sheets();
  const range = (row: number, col: number, rows: number, cols: number) => ({ row, col, rows, cols });
  expectSame({
    ...plan,
    styles: [
      { range: range(5, 1, 10, 3), style: { bold: true } },
      { range: range(2, 0, 4, 0), style: { fill: '#EEEEEE' } },
      { range: range(8, 2, 0, 5), style: { border: true } },
      { range: range(0, 0, 3, 2), style: { fontSize: 14 } },
      { range: range(9, 0, 20, 6), style: { hAlign: 'center' } },
      { range: range(12, 3, 1, 1), style: { bold: false, fontColor: '#FF0000' } },
    ],
  });
});
