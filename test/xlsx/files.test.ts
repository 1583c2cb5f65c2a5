// Refusing bad input before reading it, and writing atomically.
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { checkInputFile, FileProblem, loadWorkbook, MAX_INPUT_BYTES, writeAtomically } from '../../src/xlsx/files';
import { tempDir } from '../cli/helpers';

let dir: string;
let good: string;
beforeAll(async () => {
  dir = tempDir('qs-files-');
  good = path.join(dir, 'good.xlsx');
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('单位').addRow(['单位编码']);
  await wb.xlsx.writeFile(good);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const refused = (file: string): string => {
  try {
    checkInputFile(file);
  } catch (e) {
    expect(e).toBeInstanceOf(FileProblem);
    return (e as Error).message;
  }
  throw new Error(`${file} was not refused`);
};

describe('checking an input workbook', () => {
  test('a real .xlsx passes', () => {
    expect(() => checkInputFile(good)).not.toThrow();
  });

  test('a missing file, a folder', () => {
    expect(refused(path.join(dir, 'nope.xlsx'))).toMatch(/找不到文件/);
    expect(refused(dir)).toMatch(/文件夹/);
  });

  test('text dressed as .xlsx, and a real workbook under another extension', () => {
    const fake = path.join(dir, 'fake.xlsx');
    fs.writeFileSync(fake, '单位编码,单位名称\nD01,办公室\n');
    expect(refused(fake)).toMatch(/不是有效的 \.xlsx/);
    const csv = path.join(dir, 'good.csv');
    fs.copyFileSync(good, csv);
    expect(refused(csv)).toMatch(/不是 \.xlsx 工作簿.*\.csv/);
  });

  test('a password-protected workbook (an OLE2 compound file) is named as such', () => {
    const enc = path.join(dir, 'encrypted.xlsx');
    const buf = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(buf);
    fs.writeFileSync(enc, buf);
    expect(refused(enc)).toMatch(/打开密码|加密/);
  });

  test('a truncated zip is refused before ExcelJS sees it', () => {
    const cut = path.join(dir, 'cut.xlsx');
    const bytes = fs.readFileSync(good);
    fs.writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(refused(cut)).toMatch(/损坏或不完整/);
  });

  test('a 200 MB file is refused by its size, without being read', () => {
    const big = path.join(dir, 'big.xlsx');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 200 * 1024 * 1024); // sparse: costs no disk
    // Its bytes are all zero: had it been read, it would have been refused as "not an xlsx".
    expect(refused(big)).toMatch(/200 MB.*100 MB/);
    expect(MAX_INPUT_BYTES).toBe(100 * 1024 * 1024);
  });

  test('a complete zip with damaged contents becomes a FileProblem when loaded', async () => {
    // Scramble bytes in the middle: the zip's head and end record stay valid, its data does not.
    const bytes = Buffer.from(fs.readFileSync(good));
    const at = Math.floor(bytes.length * 0.4);
    for (let i = 0; i < 64; i++) bytes[at + i] ^= 0x5a;
    const odd = path.join(dir, 'scrambled.xlsx');
    fs.writeFileSync(odd, bytes);
    expect(() => checkInputFile(odd)).not.toThrow();
    await expect(loadWorkbook(odd)).rejects.toBeInstanceOf(FileProblem);
  });
});

describe('writing atomically', () => {
  test('the target appears whole, no temporary file stays', async () => {
    const target = path.join(dir, 'atomic', 'out.txt');
    fs.mkdirSync(path.dirname(target));
    await writeAtomically(target, async (temp) => {
      expect(path.dirname(temp)).toBe(path.dirname(target));
      expect(fs.existsSync(target)).toBe(false);
      fs.writeFileSync(temp, 'done');
    });
    expect(fs.readFileSync(target, 'utf8')).toBe('done');
    expect(fs.readdirSync(path.dirname(target))).toEqual(['out.txt']);
  });

  test('a failing write leaves the old target untouched and cleans up', async () => {
    const target = path.join(dir, 'atomic', 'out.txt');
    await expect(
      writeAtomically(target, async (temp) => {
        fs.writeFileSync(temp, 'half');
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(fs.readFileSync(target, 'utf8')).toBe('done');
    expect(fs.readdirSync(path.dirname(target))).toEqual(['out.txt']);
  });
});
