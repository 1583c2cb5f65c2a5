// The zip layer checks what it unpacks (issue 22): every part against its CRC-32 and size, names
// unique and inside the package, the local header naming the same entry as the directory. A
// damaged package is refused with a Chinese message naming the file and the part — by the reader
// (the command and the page) and by the merge, which copies the user's parts as stored and so
// would otherwise carry the damage on into our output.
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { FileProblem, readSnapshot } from '../../src/xlsx';
import { mergePlans } from '../../src/xlsx/merge';
import { openZip, inflateWhole } from '../../src/xlsx/package/zip';
import { unpackBudget } from '../../src/xlsx/package/open';
import { LIMITS } from '../../src/xlsx/package/limits';
import { assess } from '../../src/engine';
import { cli, tempDir } from '../cli/helpers';
import { soundBook, writeBook } from '../catalogue/books';
import { archive, parts, patchDirectory, replaceBytes, storedCopy } from '../helpers/zip-surgery';

let dir: string;
let sound: Uint8Array;
beforeAll(async () => {
  dir = tempDir('qs-zip-');
  await writeBook(path.join(dir, 'sound.xlsx'), soundBook());
  sound = new Uint8Array(fs.readFileSync(path.join(dir, 'sound.xlsx')));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const read = (bytes: Uint8Array) => readSnapshot(bytes, { file: 'book.xlsx' });

function problem(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    if (e instanceof FileProblem) return e.message;
    throw e;
  }
  throw new Error('no FileProblem');
}

function sheetsOf(snapshot: ReturnType<typeof read>) {
  const a = assess(snapshot, { period: { kind: 'quarter', year: 2026, quarter: 3 }, today: { year: 2026, month: 10, day: 9 } });
  if (!a.ok) throw new Error('sound book invalid');
  return a.sheets();
}

async function summarizeBytes(bytes: Uint8Array, name: string) {
  const d = fs.mkdtempSync(path.join(dir, 'case-'));
  const book = path.join(d, name);
  fs.writeFileSync(book, bytes);
  const r = await cli('summarize', book, '--period', '2026Q3');
  return { ...r, files: fs.readdirSync(d).sort() };
}

describe('CRC-32 and sizes', () => {
  test('a stored part whose text changed (a unit code S01 → S02) is refused, not read as other data', async () => {
    const stored = storedCopy(sound);
    expect(read(stored)).toEqual(read(sound)); // the stored copy itself is sound
    const damaged = replaceBytes(stored, '<t>S01</t>', '<t>S02</t>', true);
    expect(problem(() => read(damaged))).toMatch(/文件「book\.xlsx」中的部件 xl\/sharedStrings\.xml 无法读取\(CRC-32 校验不符/);
    const r = await summarizeBytes(damaged, 'book.xlsx');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/CRC-32 校验不符/);
    expect(r.files).toEqual(['book.xlsx']);
  });

  test('a directory whose CRC does not match a deflated part is refused', () => {
    const e = archive(sound).find('xl/worksheets/sheet2.xml')!;
    const damaged = patchDirectory(sound, e.name, 'crc32', e.crc32 ^ 1);
    expect(problem(() => read(damaged))).toMatch(/部件 xl\/worksheets\/sheet2\.xml 无法读取\(CRC-32 校验不符/);
  });

  test('a directory that lies about a part the reader never reads (docProps/app.xml) stops the merge: the lie is not copied into our output', async () => {
    const e = archive(sound).find('docProps/app.xml')!;
    const damaged = patchDirectory(sound, e.name, 'uncompressedSize', e.uncompressedSize + 7);
    expect(read(damaged)).toEqual(read(sound)); // the reader never needs that part
    const plans = sheetsOf(read(sound));
    expect(problem(() => mergePlans(damaged, plans, 'book.xlsx'))).toMatch(
      /部件 docProps\/app\.xml 无法读取\(解压后的大小与压缩包目录记载的不符/,
    );
    const r = await summarizeBytes(damaged, 'book.xlsx');
    expect(r.code).toBe(2);
    expect(r.files).toEqual(['book.xlsx']);
  });

  test('a stored part whose directory claims another unpacked size is refused', () => {
    const stored = storedCopy(sound);
    const e = archive(stored).find('xl/workbook.xml')!;
    expect(problem(() => read(patchDirectory(stored, e.name, 'uncompressedSize', e.uncompressedSize - 1)))).toMatch(
      /xl\/workbook\.xml 无法读取/,
    );
  });
});

describe('entry names', () => {
  test('two entries of one name (a duplicated sheet part) are refused: neither copy is silently taken', async () => {
    const copy = storedCopy(sound, (name, data) => data);
    // A second copy of the first sheet, added under a name of the same length, then renamed.
    const { ZipWriter } = await import('../../src/xlsx/package/zip-write');
    const zip = new ZipWriter();
    for (const [name, data] of parts(copy)) zip.add(name, data);
    zip.add('xl/worksheets/sheetX.xml', parts(copy).find(([n]) => n === 'xl/worksheets/sheet2.xml')![1]);
    const dup = replaceBytes(zip.finish(), 'xl/worksheets/sheetX.xml', 'xl/worksheets/sheet2.xml');
    expect(problem(() => read(dup))).toMatch(/有两个同名部件「xl\/worksheets\/sheet2\.xml」/);
    const r = await summarizeBytes(dup, 'book.xlsx');
    expect([r.code, r.files]).toEqual([2, ['book.xlsx']]);
  });

  test.each([
    ['../', 'ab/evil.xml', '../evil.xml'],
    ['an absolute path', 'aevil.xml', '/evil.xml'],
    ['a backslash', 'a_evil.xml', 'a\\evil.xml'],
    ['a drive letter', 'cXevil.xml', 'c:evil.xml'],
  ])('an entry named with %s is refused, not copied into the output', async (_, placeholder, unsafe) => {
    const { ZipWriter } = await import('../../src/xlsx/package/zip-write');
    const zip = new ZipWriter();
    for (const [name, data] of parts(sound)) zip.add(name, data);
    zip.add(placeholder, '<x/>');
    const bad = replaceBytes(zip.finish(), placeholder, unsafe);
    expect(problem(() => read(bad))).toMatch(/不安全的部件名/);
    const r = await summarizeBytes(bad, 'book.xlsx');
    expect([r.code, r.files]).toEqual([2, ['book.xlsx']]);
    expect(r.stderr).toContain(unsafe);
  });

  test("a directory entry whose local header names another part is refused (the directory would read another part's bytes)", () => {
    const buf = Buffer.from(sound);
    // Rename the shared strings in the local header only: the directory still says sharedStrings.xml.
    const at = buf.indexOf(Buffer.from('xl/sharedStrings.xml'));
    Buffer.from('xl/sharedStrinGs.xml').copy(buf, at);
    expect(problem(() => read(new Uint8Array(buf)))).toMatch(/已损坏或不完整\(压缩包目录无法读取\)/);
  });
});

// The fuzz over the zip layer: random bytes of a real package changed. Whatever is damaged, the
// reader either reads exactly what the sound package holds or refuses with a FileProblem; the
// merge either refuses or writes a package every part of which unpacks to its stated CRC.
describe('fuzz over the zip layer', () => {
  const snapshotOfSound = () => read(sound);

  test('changed bytes: the same snapshot or a FileProblem, never other numbers and never a crash', () => {
    const want = snapshotOfSound();
    const plans = sheetsOf(want);
    const stored = storedCopy(sound);
    let refused = 0;
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 4 }),
        (useStored, flips) => {
          const bytes = Uint8Array.from(useStored ? stored : sound);
          for (const [at, x] of flips) bytes[at % bytes.length] ^= x;
          let got;
          try {
            got = read(bytes);
          } catch (e) {
            expect(e).toBeInstanceOf(FileProblem);
            expect((e as Error).message).toMatch(/^文件「book\.xlsx」/);
            refused++;
            return;
          }
          expect(got).toEqual(want);
          let merged: Uint8Array;
          try {
            merged = mergePlans(bytes, plans, 'book.xlsx');
          } catch (e) {
            expect(e).toBeInstanceOf(FileProblem);
            return;
          }
          const zip = openZip(merged);
          if (typeof zip === 'string') throw new Error(`our output is not a zip: ${zip}`);
          const budget = unpackBudget('out.xlsx', LIMITS);
          for (const e of zip.entries) inflateWhole(zip, e, 'out.xlsx', budget); // throws on any CRC or size mismatch
        },
      ),
      { numRuns: 400 },
    );
    expect(refused).toBeGreaterThan(0);
  });
});

test("the page's CRC-32 (slicing-by-8) equals zlib's, whole and continued over chunks", async () => {
  const zlib = await import('zlib');
  const { crc32 } = await import('../../src/xlsx/package/crc32');
  for (const n of [0, 1, 7, 8, 9, 15, 16, 17, 1000, 65537]) {
    const d = new Uint8Array(n).map((_, i) => (i * 131 + 7) & 0xff);
    expect([n, crc32(d)]).toEqual([n, zlib.crc32(d)]);
    expect([n, crc32(d.subarray(n >> 1), crc32(d.subarray(0, n >> 1)))]).toEqual([n, zlib.crc32(d)]);
  }
});
