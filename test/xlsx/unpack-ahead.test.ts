// The command's read with its large parts unpacked ahead on the thread pool
// (src/xlsx/node/unpack-ahead.ts) gives the snapshot of the plain in-line read, and a damaged large
// part the same Chinese message.
import * as fs from 'fs';
import * as path from 'path';
import { FileProblem, readWorkbookBytes } from '../../src/xlsx';
import { nodeInflate, readWorkbookFile } from '../../src/xlsx/node/read';
import { archive, patchDirectory } from '../helpers/zip-surgery';
import { writeSnapshotFile } from '../helpers/write-snapshot';
import { generateWorkbook } from '../../bench/generate';
import { tempDir } from '../cli/helpers';

let dir: string;
let file: string;
let bytes: Uint8Array;
beforeAll(async () => {
  dir = tempDir('qs-ahead-');
  file = path.join(dir, 'book.xlsx');
  await writeSnapshotFile(generateWorkbook({ events: 12_000 }), file);
  bytes = new Uint8Array(fs.readFileSync(file));
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const largest = () => archive(bytes).entries.reduce((a, b) => (b.uncompressedSize > a.uncompressedSize ? b : a));

test('a part large enough to be unpacked ahead, read the same', async () => {
  expect(largest().uncompressedSize).toBeGreaterThan(1024 * 1024);
  const inLine = readWorkbookBytes(bytes, { file, inflateWhole: nodeInflate });
  expect((await readWorkbookFile(file)).snapshot).toEqual(inLine.snapshot);
});

test('a damaged large part, the same message', async () => {
  const e = largest();
  const damaged = path.join(dir, 'damaged.xlsx');
  fs.writeFileSync(damaged, patchDirectory(bytes, e.name, 'crc32', e.crc32 ^ 1));
  let inLine = '';
  try {
    readWorkbookBytes(fs.readFileSync(damaged), { file: damaged, inflateWhole: nodeInflate });
  } catch (err) {
    inLine = (err as FileProblem).message;
  }
  expect(inLine).toMatch(/CRC-32/);
  await expect(readWorkbookFile(damaged)).rejects.toThrow(inLine);
});
