// mergePlansAsync with our parts deflated in the background (Node's zlib on its thread pool, as the
// command does) gives the very bytes of mergePlans, which deflates in line; and a background
// deflate that fails only means the part is deflated in line.
import { assess, parsePeriod, sampleSheets, type Snapshot } from '../../src/engine';
import { mergePlans, mergePlansAsync, writePlansWorkbook } from '../../src/xlsx/merge';
import { NODE_MERGE } from '../../src/xlsx/node/write';

const snapshot: Snapshot = {
  sheets: sampleSheets().map((t) => ({
    name: t.name,
    values: [t.columns.map((c) => c.header), ...t.rows] as (string | number | null)[][],
  })),
};

function plans() {
  const a = assess(snapshot, { period: parsePeriod('2026Q3')!, today: { year: 2026, month: 12, day: 4 } });
  if (!a.ok) throw new Error('sample does not validate');
  return a.sheets();
}

test('the background deflate gives the bytes of the deflate in line', async () => {
  const p = plans();
  const book = writePlansWorkbook(p, NODE_MERGE); // a book holding last run's sheets: they are replaced
  const inLine = mergePlans(book, p, 'book.xlsx', NODE_MERGE);
  const everyPart = { ...NODE_MERGE, background: { ...NODE_MERGE.background!, minBytes: 0 } };
  expect(Buffer.from(await mergePlansAsync(book, p, 'book.xlsx', everyPart))).toEqual(Buffer.from(inLine));
  const failing = { ...everyPart, background: { minBytes: 0, maxBytes: Infinity, deflate: () => Promise.reject(new Error('no threads')) } };
  expect(Buffer.from(await mergePlansAsync(book, p, 'book.xlsx', failing))).toEqual(Buffer.from(inLine));
});
