// The command's deflate of a sheet fed block by block on a worker thread (src/xlsx/node/sheet-deflate.ts):
// the bytes of deflateRawSync over the blocks joined, however they are cut, with their CRC-32 and
// size; and a stream that fails rejects its part, leaving the worker to the next one.
import * as zlib from 'zlib';
import { SheetDeflater } from '../../src/xlsx/node/sheet-deflate';

const OPTIONS = { level: 1, chunkSize: 1024 * 1024 };

/** Sheet-like XML, several MiB, with some text beyond ASCII. */
function sheetBytes(): Buffer {
  const rows: string[] = [];
  for (let r = 1; r <= 60000; r++)
    rows.push(
      `<row r="${r}"><c r="A${r}" s="3"><v>${(r * 7919) % 1000}</v></c><c r="B${r}" t="inlineStr"><is><t>工单 ${r % 977}</t></is></c></row>`,
    );
  return Buffer.from(rows.join(''));
}

/** `raw` cut into blocks of `sizes` bytes in turn, in shared memory as the sheet writer hands them over. */
function blocks(deflater: SheetDeflater, raw: Buffer, sizes: number[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let at = 0, i = 0; at < raw.length; i++) {
    const n = Math.min(sizes[i % sizes.length], raw.length - at);
    const b = deflater.allocate(n);
    b.set(raw.subarray(at, (at += n)));
    out.push(b);
  }
  return out;
}

let deflater: SheetDeflater;
beforeEach(() => (deflater = new SheetDeflater(OPTIONS, 1024 * 1024)));
afterEach(() => deflater.close());

test('the same bytes as the in-line deflate, however the part is cut', async () => {
  const raw = sheetBytes();
  const inLine = zlib.deflateRawSync(raw, { level: 1 });
  for (const sizes of [[raw.length], [1 << 20], [1, 4096, 65537, 1 << 20, 7]]) {
    const part = deflater.start();
    for (const b of blocks(deflater, raw, sizes)) part.push(b);
    const packed = await part.end();
    expect(Buffer.from(packed.data).equals(inLine)).toBe(true);
    expect(packed.size).toBe(raw.length);
    expect(packed.crc32).toBe(zlib.crc32(raw));
  }
});

test('parts in turn and side by side each get their own bytes', async () => {
  const a = sheetBytes();
  const b = Buffer.from('<worksheet/>'.repeat(1000));
  const pa = deflater.start();
  const pb = deflater.start();
  for (const block of blocks(deflater, a, [300000])) pa.push(block);
  for (const block of blocks(deflater, b, [5000])) pb.push(block);
  const [ra, rb] = await Promise.all([pa.end(), pb.end()]);
  expect(Buffer.from(ra.data).equals(zlib.deflateRawSync(a, { level: 1 }))).toBe(true);
  expect(Buffer.from(rb.data).equals(zlib.deflateRawSync(b, { level: 1 }))).toBe(true);
});

test('a stream that fails rejects its part; the worker goes on with the next', async () => {
  const broken = new SheetDeflater({ level: 42 }, 0); // zlib refuses the level
  try {
    const part = broken.start();
    part.push(broken.allocate(10));
    await expect(part.end()).rejects.toThrow(/level/i);
    // The same worker, a sound part: still served.
    const raw = sheetBytes();
    const good = deflater.start();
    for (const block of blocks(deflater, raw, [1 << 20])) good.push(block);
    expect(Buffer.from((await good.end()).data).equals(zlib.deflateRawSync(raw, { level: 1 }))).toBe(true);
  } finally {
    await broken.close();
  }
});

test('a worker that stops rejects the parts awaited, and a new one is started for the next', async () => {
  const part = deflater.start();
  for (const block of blocks(deflater, sheetBytes(), [1 << 20])) part.push(block); // megabytes: still at work when stopped
  const ended = part.end();
  await deflater.close();
  await expect(ended).rejects.toThrow(/stopped/);
  const raw = Buffer.from('<row/>'.repeat(10));
  const next = deflater.start();
  for (const block of blocks(deflater, raw, [7])) next.push(block);
  expect(Buffer.from((await next.end()).data).equals(zlib.deflateRawSync(raw, { level: 1 }))).toBe(true);
});
