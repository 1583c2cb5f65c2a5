// Refusing bad input before reading it, and writing atomically.
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { spawn } from 'child_process';
import JSZip from 'jszip';
import {
  checkInputFile,
  FileProblem,
  isOurOutput,
  MAX_INPUT_BYTES,
  readPackagePart,
  removeStaleTemps,
  sameFile,
  tempNameFor,
  writeAtomically,
} from '../../src/xlsx/node/files';
import { loadWorkbook } from '../../src/xlsx/exceljs/files';
import { ROOT, tempDir } from '../cli/helpers';

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

  test('a 300 MB file is refused by its size, without being read', () => {
    const big = path.join(dir, 'big.xlsx');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 300 * 1024 * 1024); // sparse: costs no disk
    // Its bytes are all zero: had it been read, it would have been refused as "not an xlsx".
    expect(refused(big)).toMatch(/300 MB.*256 MB/);
    expect(MAX_INPUT_BYTES).toBe(256 * 1024 * 1024);
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

describe('writing over an existing file', () => {
  test('the temporary name is short and in the same folder, whatever the target is called', () => {
    const target = path.join(dir, `${'长'.repeat(80)}.xlsx`);
    const temp = tempNameFor(target);
    expect(path.dirname(temp)).toBe(dir);
    expect(path.basename(temp)).toMatch(new RegExp(`^\\.qs-${process.pid}-[0-9a-f]{8}\\.tmp$`));
  });

  test('the replaced file keeps its permission bits', async () => {
    const target = path.join(dir, 'atomic', 'mode.txt');
    fs.writeFileSync(target, 'old');
    fs.chmodSync(target, 0o600);
    await writeAtomically(target, async (temp) => fs.writeFileSync(temp, 'new'));
    expect(fs.readFileSync(target, 'utf8')).toBe('new');
    expect(fs.statSync(target).mode & 0o777).toBe(0o600);
  });

  test('a symlinked target: the real file is replaced, the link stays a link', async () => {
    const real = path.join(dir, 'atomic', 'real.txt');
    const link = path.join(dir, 'atomic-link.txt');
    fs.writeFileSync(real, 'old');
    fs.chmodSync(real, 0o640);
    fs.symlinkSync(real, link);
    await writeAtomically(link, async (temp) => {
      expect(path.dirname(temp)).toBe(path.dirname(real));
      fs.writeFileSync(temp, 'new');
    });
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(real, 'utf8')).toBe('new');
    expect(fs.statSync(real).mode & 0o777).toBe(0o640);
    fs.rmSync(link);
  });

  test.each([
    ['ENOSPC', /磁盘空间不足/],
    ['EACCES', /没有写入权限.*可写的文件夹/],
    ['EBUSY', /Excel.*请先关闭/],
    ['EPERM', /Excel.*请先关闭/],
    ['ENAMETOOLONG', /太长/],
  ])('a raw %s becomes a Chinese FileProblem naming the file; nothing left behind', async (code, message) => {
    const target = path.join(dir, 'atomic', 'errno.txt');
    fs.writeFileSync(target, 'old');
    const error = await writeAtomically(target, async (temp) => {
      fs.writeFileSync(temp, 'half');
      throw Object.assign(new Error(`${code}: raw english`), { code });
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileProblem);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toContain(target);
    expect((error as Error).message).not.toContain('raw english');
    expect(fs.readFileSync(target, 'utf8')).toBe('old');
    expect(fs.readdirSync(path.dirname(target)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
    ['SIGHUP', 129],
  ] as const)(
    '%s during a write removes the temporary file and exits %i',
    async (signal, exitCode) => {
      const folder = fs.mkdtempSync(path.join(dir, 'signal-'));
      const target = path.join(folder, 'out.xlsx');
      fs.writeFileSync(target, 'old');
      const script = `
      const fs = require('fs');
      const { writeAtomically } = require(${JSON.stringify(path.join(ROOT, 'src/xlsx/node/files.ts'))});
      setInterval(() => {}, 1000);
      writeAtomically(${JSON.stringify(target)}, async (temp) => {
        fs.writeFileSync(temp, 'half');
        process.stdout.write('ready\\n');
        await new Promise(() => {});
      });`;
      const child = spawn(process.execPath, ['-r', 'tsx/cjs', '-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (d) => String(d).includes('ready') && resolve());
        child.on('exit', () => reject(new Error(`exited early: ${stderr}`)));
      });
      expect(fs.readdirSync(folder).length).toBe(2); // the temp file exists mid-write
      const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
      child.kill(signal);
      expect(await exited).toBe(exitCode);
      expect(stderr).toContain('已中断');
      expect(fs.readdirSync(folder)).toEqual(['out.xlsx']);
      expect(fs.readFileSync(target, 'utf8')).toBe('old');
    },
    30000,
  );
});

describe('packages that are zips but not workbooks', () => {
  test('a zip with only word/document.xml is refused as not an .xlsx', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    const file = path.join(dir, 'word.xlsx');
    fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    expect(refused(file)).toMatch(/不是有效的 \.xlsx 工作簿.*xl\/workbook\.xml/);
  });

  test('the office document part is found through _rels/.rels, wherever it lives', async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(good));
    const moved = new JSZip();
    for (const [name, f] of Object.entries(zip.files)) {
      if (f.dir) continue;
      let body = await f.async('string');
      if (name === '_rels/.rels') body = body.replace('Target="xl/workbook.xml"', 'Target="/xl/book.xml"');
      if (name === '[Content_Types].xml') body = body.replace('PartName="/xl/workbook.xml"', 'PartName="/xl/book.xml"');
      moved.file(name === 'xl/workbook.xml' ? 'xl/book.xml' : name, body);
    }
    const file = path.join(dir, 'moved.xlsx');
    fs.writeFileSync(file, await moved.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    expect(() => checkInputFile(file)).not.toThrow();
  });

  test('readPackagePart unpacks one part; isOurOutput looks for our QSAssess. names', async () => {
    expect(readPackagePart(good, 'xl/workbook.xml')).toMatch(/<workbook/);
    expect(readPackagePart(good, 'nope.xml')).toBeNull();
    expect(isOurOutput(good)).toBe(false);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('汇总').getCell('A1').value = 1;
    wb.definedNames.add("'汇总'!$A$1", 'QSAssess.2026Q3.summary');
    const ours = path.join(dir, 'ours.xlsx');
    await wb.xlsx.writeFile(ours);
    expect(isOurOutput(ours)).toBe(true);
    expect(isOurOutput(path.join(dir, 'missing.xlsx'))).toBe(false);
  });

  test('sameFile compares files, not spellings', () => {
    expect(sameFile(good, `${dir}/./good.xlsx`)).toBe(true);
    expect(sameFile(good, path.join(dir, 'ours.xlsx'))).toBe(false);
    expect(sameFile(good, path.join(dir, 'missing.xlsx'))).toBe(false);
  });
});

describe('temporary files left by a killed writer', () => {
  test('SIGKILL mid-write leaves a temp file; the next write beside it removes it, and only ours whose writer is gone', async () => {
    const folder = fs.mkdtempSync(path.join(dir, 'killed-'));
    const target = path.join(folder, 'out.xlsx');
    fs.writeFileSync(target, 'old');
    const script = `
      const fs = require('fs');
      const { writeAtomically } = require(${JSON.stringify(path.join(ROOT, 'src/xlsx/node/files.ts'))});
      setInterval(() => {}, 1000);
      writeAtomically(${JSON.stringify(target)}, async (temp) => {
        fs.writeFileSync(temp, 'half');
        process.stdout.write('ready\\n');
        await new Promise(() => {});
      });`;
    const child = spawn(process.execPath, ['-r', 'tsx/cjs', '-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d) => String(d).includes('ready') && resolve());
      child.on('exit', () => reject(new Error(`exited early: ${stderr}`)));
    });
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    child.kill('SIGKILL'); // no handler runs: the temp file stays
    await exited;
    const stale = fs.readdirSync(folder).filter((f) => f !== 'out.xlsx');
    expect(stale).toEqual([expect.stringMatching(new RegExp(`^\\.qs-${child.pid}-[0-9a-f]{8}\\.tmp$`))]);
    // Beside it: a temp of a live writer (this process's parent) and a user's file that looks alike.
    const live = `.qs-${process.ppid}-0123abcd.tmp`;
    const users = '.qs-notes.tmp';
    fs.writeFileSync(path.join(folder, live), 'writing');
    fs.writeFileSync(path.join(folder, users), 'mine');

    await writeAtomically(target, (temp) => fs.promises.writeFile(temp, 'new'));
    expect(fs.readFileSync(target, 'utf8')).toBe('new');
    expect(fs.readdirSync(folder).sort()).toEqual([users, live, 'out.xlsx'].sort());
    expect(removeStaleTemps(folder)).toEqual([]);
  });
});
