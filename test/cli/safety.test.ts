// File safety of `summarize` and `validate` against real files in temporary folders: other
// spellings of the input, symlinks, permissions, existing outputs, zips that are not workbooks,
// oversized packages, unwritable folders and long names.
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readWorkbookFile } from '../../src/xlsx/node/read';
import { LIMITS } from '../../src/xlsx/package/limits';
import { cli, copyInto, filesIn, sha256, tempDir } from './helpers';

let dir: string;
let sample: string;
beforeAll(async () => {
  dir = tempDir('qs-safety-');
  sample = path.join(dir, 'sample.xlsx');
  expect((await cli('init', sample, '--sample')).code).toBe(0);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A fresh folder holding a copy of the sample, for tests that change files. */
const copyOfSample = (name?: string) => copyInto(dir, sample, name);

const generatedSheets = async (file: string) =>
  (await readWorkbookFile(file)).snapshot.sheets.filter((s) => s.generated).map((s) => s.name);

describe('--out naming the input under another spelling is refused (exit 2), the input untouched', () => {
  test('through a symlinked folder, with ./ and .., and by a hard link', async () => {
    const book = copyOfSample();
    const d = path.dirname(book);
    const link = path.join(dir, `link-${path.basename(d)}`);
    fs.symlinkSync(d, link);
    fs.linkSync(book, path.join(d, 'hard.xlsx'));
    const hash = sha256(book);
    const spellings = [
      path.join(link, 'book.xlsx'),
      `${d}/./book.xlsx`,
      `${d}/../${path.basename(d)}/book.xlsx`,
      path.join(d, 'hard.xlsx'),
    ];
    for (const out of spellings) {
      const r = await cli('summarize', book, '--period', '2026Q3', '--out', out);
      expect([out, r.code]).toEqual([out, 2]);
      expect(r.stderr).toContain('输出文件与输入工作簿相同');
      expect(r.stderr).toContain('--in-place');
    }
    // Relative, from inside the folder.
    const cwd = process.cwd();
    process.chdir(d);
    try {
      const r = await cli('summarize', 'book.xlsx', '--period', '2026Q3', '--out', './book.xlsx');
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--in-place');
    } finally {
      process.chdir(cwd);
    }
    expect(sha256(book)).toBe(hash);
    expect(filesIn(d)).toEqual(['book.xlsx', 'hard.xlsx']);
  });
});

describe('overwriting keeps the file what it was', () => {
  test('--in-place keeps the permission bits', async () => {
    const book = copyOfSample();
    fs.chmodSync(book, 0o640);
    expect((await cli('summarize', book, '--period', '2026Q3', '--in-place')).code).toBe(0);
    expect(fs.statSync(book).mode & 0o777).toBe(0o640);
    expect(await generatedSheets(book)).toEqual(['2026年第3季度考核汇总', '2026年第3季度扣分明细', '2026年第3季度个人罚款']);
  });

  test('--in-place on a symlink writes the real workbook and keeps the link', async () => {
    const real = copyOfSample('real.xlsx');
    const d = fs.mkdtempSync(path.join(dir, 'links-'));
    const link = path.join(d, 'book.xlsx');
    fs.symlinkSync(real, link);
    const r = await cli('summarize', link, '--period', '2026Q3', '--in-place');
    expect(r.code).toBe(0);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readlinkSync(link)).toBe(real);
    expect(await generatedSheets(real)).toEqual(['2026年第3季度考核汇总', '2026年第3季度扣分明细', '2026年第3季度个人罚款']);
    expect(filesIn(d)).toEqual(['book.xlsx']);
    expect(filesIn(path.dirname(real))).toEqual(['real.xlsx']);
  });

  test('--out onto a symlink to a previous output replaces the file behind it, mode kept', async () => {
    const book = copyOfSample();
    const out = path.join(path.dirname(book), 'out.xlsx');
    expect((await cli('summarize', book, '--period', '2026Q3', '--out', out)).code).toBe(0);
    fs.chmodSync(out, 0o600);
    const link = path.join(path.dirname(book), 'latest.xlsx');
    fs.symlinkSync('out.xlsx', link);
    expect((await cli('summarize', book, '--period', '2026', '--out', link)).code).toBe(0);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.statSync(out).mode & 0o777).toBe(0o600);
    expect(await generatedSheets(out)).toEqual(['2026年度考核汇总', '2026年度个人罚款']);
  });

  test('a read-only workbook (chmod 444) is refused before any work, in Chinese (exit 2)', async () => {
    const book = copyOfSample();
    fs.chmodSync(book, 0o444);
    const hash = sha256(book);
    const r = await cli('summarize', book, '--period', '2026Q3', '--in-place');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/「.*book\.xlsx」是只读文件/);
    expect(r.stderr).not.toContain('读取「'); // no progress: nothing was read
    expect(sha256(book)).toBe(hash);
    expect(fs.statSync(book).mode & 0o777).toBe(0o444);
    expect(filesIn(path.dirname(book))).toEqual(['book.xlsx']);
  });
});

describe('an existing --out file is replaced only when it is ours, or with --force', () => {
  test("a file of the user's is refused (exit 2); --force replaces it", async () => {
    const book = copyOfSample();
    const mine = path.join(path.dirname(book), '我的.xlsx');
    fs.copyFileSync(sample, mine); // a real workbook, but not one of our outputs
    const hash = sha256(mine);
    let r = await cli('summarize', book, '--period', '2026Q3', '--out', mine);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/「.*我的\.xlsx」已存在.*--force/);
    expect(sha256(mine)).toBe(hash);
    const text = path.join(path.dirname(book), 'notes.xlsx');
    fs.writeFileSync(text, '不是工作簿');
    expect((await cli('summarize', book, '--period', '2026Q3', '--out', text)).code).toBe(2);
    expect(fs.readFileSync(text, 'utf8')).toBe('不是工作簿');
    r = await cli('summarize', book, '--period', '2026Q3', '--out', mine, '--force');
    expect(r.code).toBe(0);
    expect(await generatedSheets(mine)).toEqual(['2026年第3季度考核汇总', '2026年第3季度扣分明细', '2026年第3季度个人罚款']);
  });

  test('the default <book>.summary.xlsx, and an --out copy, regenerate without --force', async () => {
    const book = copyOfSample();
    for (let i = 0; i < 2; i++) expect((await cli('summarize', book, '--period', '2026Q3')).code).toBe(0);
    const out = path.join(path.dirname(book), '汇总.xlsx');
    for (const period of ['2026Q3', '2026']) expect((await cli('summarize', book, '--period', period, '--out', out)).code).toBe(0);
    expect(await generatedSheets(out)).toEqual(['2026年度考核汇总', '2026年度个人罚款']);
    expect(filesIn(path.dirname(book))).toEqual(['book.summary.xlsx', 'book.xlsx', '汇总.xlsx']);
  });

  test('--force is accepted by summarize and shown in --help', async () => {
    const r = await cli('--help');
    expect(r.stdout).toMatch(/--force .*覆盖/);
    expect(r.stdout).toMatch(/\[--in-place\] \[--force\]/);
  });
});

describe('zips that are not workbooks, and packages too big to read, are file problems (exit 2)', () => {
  async function zipOf(parts: Record<string, string>, file: string): Promise<void> {
    const zip = new JSZip();
    for (const [name, text] of Object.entries(parts)) zip.file(name, text);
    fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  }

  test('a zip holding only word/document.xml, and a Word document renamed .xlsx', async () => {
    const d = fs.mkdtempSync(path.join(dir, 'zips-'));
    const bare = path.join(d, 'bare.xlsx');
    await zipOf({ 'word/document.xml': '<w:document/>' }, bare);
    const docx = path.join(d, 'report.xlsx');
    await zipOf(
      {
        '[Content_Types].xml':
          '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        '_rels/.rels':
          '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        'word/document.xml': '<w:document/>',
      },
      docx,
    );
    for (const file of [bare, docx]) {
      for (const args of [
        ['validate', file],
        ['summarize', file, '--period', '2026Q3'],
      ]) {
        const r = await cli(...args);
        expect([file, r.code]).toEqual([file, 2]);
        expect(r.stderr).toMatch(/不是有效的 \.xlsx 工作簿/);
      }
    }
    expect(await cli('validate', docx).then((r) => r.stderr)).toMatch(/wordprocessingml/);
    expect(filesIn(d)).toEqual(['bare.xlsx', 'report.xlsx']);
  });

  test('worksheets that unpack beyond the limit are refused before reading, saying how to split', async () => {
    // A real workbook whose zip directory says its sheet unpacks to more than the limit: the check
    // reads the directory only (a real one would take minutes and gigabytes to build and to read).
    const book = copyOfSample();
    const bytes = Buffer.from(fs.readFileSync(book));
    const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    let at = bytes.readUInt32LE(eocd + 16);
    let patched = 0;
    while (bytes.readUInt32LE(at) === 0x02014b50) {
      const [n, x, c] = [bytes.readUInt16LE(at + 28), bytes.readUInt16LE(at + 30), bytes.readUInt16LE(at + 32)];
      const name = bytes.toString('utf8', at + 46, at + 46 + n);
      if (name === 'xl/worksheets/sheet3.xml') {
        bytes.writeUInt32LE(LIMITS.unpackedBytes + 1, at + 24);
        patched++;
      }
      at += 46 + n + x + c;
    }
    expect(patched).toBe(1);
    fs.writeFileSync(book, bytes);
    for (const args of [
      ['validate', book],
      ['summarize', book, '--period', '2026Q3'],
    ]) {
      const r = await cli(...args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/解压后有 \d+ MB,超过可读取的上限 1024 MB.*xl\/worksheets\/sheet3\.xml/);
      expect(r.stderr).toMatch(/拆/);
    }
    expect(filesIn(path.dirname(book))).toEqual(['book.xlsx']);
  });
});

describe('the output folder is checked before reading and scoring', () => {
  // A workbook with validation errors: were it read first, the exit code would be 1.
  async function brokenBook(): Promise<string> {
    const book = copyOfSample();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(book);
    wb.removeWorksheet(wb.getWorksheet('单位')!.id);
    await wb.xlsx.writeFile(book);
    expect((await cli('validate', book)).code).toBe(1);
    return book;
  }

  test('a read-only folder (mode 555) and a missing folder: exit 2, in Chinese, nothing read', async () => {
    const book = await brokenBook();
    const locked = fs.mkdtempSync(path.join(dir, 'locked-'));
    fs.chmodSync(locked, 0o555);
    try {
      let r = await cli('summarize', book, '--period', '2026Q3', '--out', path.join(locked, 'out.xlsx'));
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/文件夹「.*locked-.*」不允许写入.*可写的文件夹/);
      expect(filesIn(locked)).toEqual([]);
      r = await cli('summarize', book, '--period', '2026Q3', '--pdf', path.join(locked, 'q3.pdf'));
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/不允许写入/);
      r = await cli('summarize', book, '--period', '2026Q3', '--out', path.join(dir, '没有', 'out.xlsx'));
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/文件夹「.*没有」不存在/);
      r = await cli('init', path.join(locked, 'new.xlsx'));
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/不允许写入/);
    } finally {
      fs.chmodSync(locked, 0o755);
    }
    expect(filesIn(path.dirname(book))).toEqual(['book.xlsx']);
  });

  test('a long but valid file name (250 bytes) is written: the temporary name is short', async () => {
    const book = copyOfSample();
    const name = `${'汇'.repeat(60)}${'x'.repeat(65)}.xlsx`; // 180 + 65 + 5 = 250 bytes
    expect(Buffer.byteLength(name)).toBe(250);
    const out = path.join(path.dirname(book), name);
    const r = await cli('summarize', book, '--period', '2026Q3', '--out', out);
    // Nothing on stderr but SPEC §2 rule 11's warning (the sample uses the default ladder).
    expect(r.stderr.split('\n').filter((l) => l && !l.startsWith('警告:处罚标准为系统默认值'))).toEqual([]);
    expect(r.code).toBe(0);
    expect(filesIn(path.dirname(book))).toEqual(['book.xlsx', name].sort());
    const tooLong = path.join(path.dirname(book), `${'y'.repeat(260)}.xlsx`);
    const t = await cli('summarize', book, '--period', '2026Q3', '--out', tooLong);
    expect(t.code).toBe(2);
    expect(t.stderr).toMatch(/文件名.*太长/);
  });
});

describe('a formula without a computed value', () => {
  test('is reported as such, not merely as an empty cell', async () => {
    const book = copyOfSample();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(book);
    const ws = wb.getWorksheet('二级单位考核记录')!;
    const n = ws.rowCount + 1;
    ws.getRow(n).values = [null, '城区供电所', '95598工单', '8.4', '一般', '测试'];
    ws.getCell(n, 1).value = { formula: 'DATE(2026,7,15)' } as ExcelJS.CellFormulaValue; // never calculated
    await wb.xlsx.writeFile(book);
    const v = await cli('validate', book);
    expect(v.code).toBe(1);
    const line = v.stdout.split('\n').find((l) => l.startsWith(`「二级单位考核记录」第 ${n} 行 A 列`));
    expect(line).toMatch(/公式.*没有保存计算结果.*在 Excel 中打开并保存/);
    const s = await cli('summarize', book, '--period', '2026Q3');
    expect(s.code).toBe(1);
    expect(s.stderr).toMatch(/没有保存计算结果/);
    // Other errors are unchanged.
    expect(v.stdout.split('\n').filter((l) => l.includes('没有保存计算结果'))).toHaveLength(1);
  });
});
