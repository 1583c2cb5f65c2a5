// What the reader agrees to unpack (src/xlsx/package/limits.ts): counted for real, part by part.
// A zip bomb — a tiny file whose shared strings unpack to hundreds of MB — is refused at once from
// its directory, with a Chinese message naming the part; a directory that lies about sizes is
// stopped by counting while unpacking; and the bounds admit a 1,000,000-event workbook.
import * as zlib from 'zlib';
import { crc32, ZipWriter } from '../../src/xlsx/package/zip-write';
import { FileProblem, LIMITS, readSnapshot } from '../../src/xlsx';
import { writeSnapshotFile } from '../helpers/write-snapshot';
import { nodeInflate } from '../../src/xlsx/node/read';
import { generateWorkbook } from '../../bench/generate';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const MiB = 1024 * 1024;
const SHEET =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>';

/** A minimal book whose shared-strings part is given, packed, with the sizes the directory should claim. */
function bookWith(sharedStrings: { packed: Uint8Array; size: number; crc: number }): Uint8Array {
  const zip = new ZipWriter();
  zip.add(
    '[Content_Types].xml',
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
  );
  zip.add(
    '_rels/.rels',
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  );
  zip.add(
    'xl/workbook.xml',
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="记录" sheetId="1" r:id="rId1"/></sheets></workbook>',
  );
  zip.add(
    'xl/_rels/workbook.xml.rels',
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
  );
  zip.add('xl/worksheets/sheet1.xml', SHEET);
  zip.addPacked('xl/sharedStrings.xml', sharedStrings.packed, sharedStrings.size, sharedStrings.crc);
  return zip.finish();
}

/** A shared-strings part of about `mib` MB (one string over and over), deflated as a stream. */
async function packedStrings(mib: number): Promise<{ packed: Uint8Array; size: number; crc: number }> {
  const item = Buffer.from('<si><t>' + '投'.repeat(40_000) + '</t></si>');
  const block = Buffer.concat(Array(Math.ceil(MiB / item.length)).fill(item));
  const head = Buffer.from('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">');
  const tail = Buffer.from('</sst>');
  const deflate = zlib.createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  let crc = 0;
  let size = 0;
  const write = async (b: Buffer) => {
    crc = crc32(b, crc);
    size += b.length;
    if (!deflate.write(b)) await new Promise((resolve) => deflate.once('drain', resolve));
  };
  await write(head);
  for (let i = 0; i < mib; i++) await write(block);
  await write(tail);
  deflate.end();
  await done;
  return { packed: Buffer.concat(out), size, crc };
}

test('a 0.4 MB file whose shared strings unpack to 400 MB is refused at once, naming the part', async () => {
  const strings = await packedStrings(400);
  const bytes = bookWith(strings);
  expect(bytes.length).toBeLessThan(1 * MiB);
  let problem: unknown;
  try {
    readSnapshot(bytes, { file: 'bomb.xlsx' });
  } catch (e) {
    problem = e;
  }
  expect(problem).toBeInstanceOf(FileProblem);
  expect((problem as Error).message).toMatch(/bomb\.xlsx.*xl\/sharedStrings\.xml.*压缩炸弹/);
});

test('a directory that understates a part is stopped by counting the bytes as they come out', async () => {
  const strings = await packedStrings(24);
  // The directory claims 1 KB; the part really unpacks to 24 MB, beyond a 16 MB budget.
  const bytes = bookWith({ ...strings, size: 1024 });
  const limits = { ...LIMITS, unpackedBytes: 16 * MiB };
  expect(() => readSnapshot(bytes, { file: 'liar.xlsx', limits })).toThrow(/liar\.xlsx.*超过可读取的上限 16 MB.*xl\/sharedStrings\.xml/);
  // The same with the command's native inflater, which is told the budget left.
  expect(() => readSnapshot(bytes, { file: 'liar.xlsx', limits, inflateWhole: nodeInflate })).toThrow(
    /超过可读取的上限 16 MB.*xl\/sharedStrings\.xml/,
  );
  // Within the budget the same book reads.
  const fine = bookWith(await packedStrings(2));
  expect(readSnapshot(fine, { limits }).sheets[0].values[0][0]).toBe('投'.repeat(40_000));
});

test('the bounds admit a 1,000,000-event workbook: its size, extrapolated from a real 20k-event one', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qs-limits-'));
  try {
    const file = path.join(dir, 'book.xlsx');
    await writeSnapshotFile(generateWorkbook({ events: 20_000 }), file);
    const bytes = fs.readFileSync(file);
    const { openZip } = await import('../../src/xlsx/package/zip');
    const zip = openZip(bytes);
    if (typeof zip === 'string') throw new Error(zip);
    const xml = zip.entries.filter((e) => e.name.endsWith('.xml')).reduce((n, e) => n + e.uncompressedSize, 0);
    const shared = zip.find('xl/sharedStrings.xml')!.uncompressedSize;
    const scale = 1_000_000 / 20_000;
    expect(bytes.length * scale).toBeLessThan(LIMITS.fileBytes);
    expect(xml * scale).toBeLessThan(LIMITS.unpackedBytes);
    expect(shared * scale).toBeLessThan(LIMITS.sharedStringBytes);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
