// mergePlansAsync with our sheets deflated while drawn (a zlib stream on a worker thread, as the
// command does) gives the very bytes of mergePlans, which deflates in line; and a deflate beside
// us that fails only means the part is deflated in line.
import { assess, parsePeriod, sampleSheets, type Snapshot } from '../../src/engine';
import { mergePlans, mergePlansAsync, writePlansWorkbook, type BackgroundDeflate } from '../../src/xlsx/merge';
import { SheetDeflater } from '../../src/xlsx/node/sheet-deflate';
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

const everySheet = new SheetDeflater({ level: 1, chunkSize: 1024 * 1024 }, 0);
afterAll(() => everySheet.close());

test('the deflate while drawn gives the bytes of the deflate in line', async () => {
  const p = plans();
  const book = writePlansWorkbook(p, NODE_MERGE); // a book holding last run's sheets: they are replaced
  const inLine = mergePlans(book, p, 'book.xlsx', NODE_MERGE);
  expect(Buffer.from(await mergePlansAsync(book, p, 'book.xlsx', { ...NODE_MERGE, background: everySheet }))).toEqual(Buffer.from(inLine));
  // A deflate that fails, or cannot start, only means the part is deflated in line.
  const failing: BackgroundDeflate = { minBytes: 0, start: () => ({ push: () => {}, end: () => Promise.reject(new Error('no threads')) }) };
  expect(Buffer.from(await mergePlansAsync(book, p, 'book.xlsx', { ...NODE_MERGE, background: failing }))).toEqual(Buffer.from(inLine));
  const absent: BackgroundDeflate = {
    minBytes: 0,
    start: () => {
      throw new Error('no worker');
    },
  };
  expect(Buffer.from(await mergePlansAsync(book, p, 'book.xlsx', { ...NODE_MERGE, background: absent }))).toEqual(Buffer.from(inLine));
  // …and so does one that did not see the bytes the sheet holds (a lost block).
  const lossy: BackgroundDeflate = {
    minBytes: 0,
    start: () => {
      const part = everySheet.start();
      let first = true;
      return { push: (b) => (first ? (first = false) : part.push(b)), end: () => part.end() };
    },
  };
  expect(Buffer.from(await mergePlansAsync(book, p, 'book.xlsx', { ...NODE_MERGE, background: lossy }))).toEqual(Buffer.from(inLine));
});
