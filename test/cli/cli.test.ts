// Every path of the qs-assess command: a few through the real bin (node bin/qs-assess.js), the
// rest in-process through main() for speed. Real .xlsx files throughout.
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readWorkbookFile } from '../../src/xlsx/node/read';
import { cli, copyInto, filesIn, runBin, sha256, tempDir } from './helpers';

let dir: string;
let sample: string; // the bundled sample, written once by the real bin
beforeAll(() => {
  dir = tempDir('qs-cli-');
  sample = path.join(dir, '考核2026.xlsx');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A fresh folder holding a copy of the sample, for tests that change files. */
const copyOfSample = (name?: string) => copyInto(dir, sample, name);

async function editWorkbook(file: string, edit: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  edit(wb);
  await wb.xlsx.writeFile(file);
}

const UNIT_KEYS = [
  'code',
  'name',
  'category',
  'head',
  'base',
  'points',
  'bonus',
  'score',
  'grade',
  'rank',
  'veto',
  'events',
  'complaints',
  'unitFine',
  'headFine',
  'personFine',
  'openItems',
];
const EVENT_KEYS = [
  'sheet',
  'row',
  'unit',
  'date',
  'source',
  'clause',
  'level',
  'occurrence',
  'multiplier',
  'points',
  'unitFine',
  'headFine',
  'personFine',
  'bonus',
  'override',
  'open',
];

describe('through the real bin', () => {
  test('--help explains the commands and exit codes, in Chinese with English', () => {
    const r = runBin(['--help'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('用法 Usage');
    expect(r.stdout).toMatch(/qs-assess summarize <工作簿\.xlsx> --period 2026Q3\|2026/);
    expect(r.stdout).toContain('退出码 Exit codes');
  });

  test('init --sample writes the sample; a second init refuses to overwrite; --force does', () => {
    let r = runBin(['init', sample, '--sample'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('已生成示例工作簿');
    const hash = sha256(sample);
    r = runBin(['init', sample], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/已存在.*--force/);
    expect(sha256(sample)).toBe(hash);
    const blank = path.join(dir, 'blank.xlsx');
    expect(runBin(['init', blank], dir).code).toBe(0);
    const blankSize = fs.statSync(blank).size;
    expect(runBin(['init', blank, '--force', '--sample'], dir).code).toBe(0);
    // Overwritten by the sample: 300 events make it larger than the blank template.
    expect(fs.statSync(blank).size).toBeGreaterThan(blankSize + 5000);
  });

  test('validate on the sample: exit 0, sheets read and skipped, where the rules came from', () => {
    const r = runBin(['validate', sample], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/已读取的工作表:「单位」\(单位,18 行\)/);
    expect(r.stdout).toContain('已跳过的工作表:「通报模板」'); // it words the notice, it is not assessment data
    expect(r.stdout).toContain('规则来源:考核条款 — 工作簿;处罚标准 — 工作簿;考核参数 — 工作簿');
    expect(r.stdout).toContain('未发现错误:18 个单位');
  });

  test('summarize --json prints exactly the JSON of SPEC §4 and writes <book>.summary.xlsx', async () => {
    const before = sha256(sample);
    const r = runBin(['summarize', sample, '--period', '2026Q3', '--json'], dir);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(Object.keys(result)).toEqual(['period', 'company', 'units', 'events', 'people']);
    for (const p of result.people) expect(Object.keys(p)).toEqual(['name', 'unit', 'role', 'events', 'fine']);
    expect(result.period).toBe('2026Q3');
    expect(result.company).toBe('黄冈黄州区供电公司');
    expect(result.units).toHaveLength(18);
    for (const u of result.units) expect(Object.keys(u)).toEqual(UNIT_KEYS);
    for (const e of result.events) expect(Object.keys(e)).toEqual(EVENT_KEYS);
    expect(r.stdout).toBe(JSON.stringify(result, null, 2) + '\n');
    // Messages went to stderr, the input is untouched, the copy has the summaries and every user sheet.
    expect(r.stderr).toContain('已写入');
    expect(sha256(sample)).toBe(before);
    const out = path.join(dir, '考核2026.summary.xlsx');
    const { snapshot } = await readWorkbookFile(out);
    expect(snapshot.sheets.map((s) => [s.name, s.generated ?? false])).toEqual([
      ['单位', false],
      ['部门考核记录', false],
      ['二级单位考核记录', false],
      ['考核条款', false],
      ['处罚标准', false],
      ['考核参数', false],
      ['节假日', false],
      ['通报模板', false],
      ['2026年第3季度考核汇总', true],
      ['2026年第3季度扣分明细', true],
      ['2026年第3季度个人罚款', true],
    ]);
    // The summary sheet shows the same scores as the JSON.
    const summary = snapshot.sheets.find((s) => s.name === '2026年第3季度考核汇总')!.values;
    const h = summary.findIndex((row) => row.includes('单位') && row.includes('得分'));
    const [nameCol, scoreCol] = [summary[h].indexOf('单位'), summary[h].indexOf('得分')];
    for (const u of result.units) {
      const row = summary.find((rw) => rw[nameCol] === u.name)!;
      expect(row[scoreCol]).toBe(u.score);
    }
  });

  test('an unknown command is a usage error', () => {
    const r = runBin(['sumarize', sample], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('未知命令「sumarize」');
  });
});

describe('summarize, in-process', () => {
  test('a year: every unit carries its four quarterly scores', async () => {
    const book = copyOfSample();
    const r = await cli('summarize', book, '--period', '2026', '--json');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.period).toBe('2026');
    for (const u of result.units) {
      expect(Object.keys(u)).toEqual([...UNIT_KEYS, 'quarters']);
      expect(u.quarters).toHaveLength(4);
    }
    const { snapshot } = await readWorkbookFile(book.replace(/\.xlsx$/, '.summary.xlsx'));
    expect(snapshot.sheets.filter((s) => s.generated).map((s) => s.name)).toEqual(['2026年度考核汇总', '2026年度个人罚款']);
  });

  test('a workbook in the 1904 date system (old Mac files) gets the right dates in the detail sheet', async () => {
    const book = copyOfSample();
    await editWorkbook(book, (wb) => {
      wb.properties.date1904 = true; // ExcelJS rewrites the event dates in that system
    });
    const r = await cli('summarize', book, '--period', '2026Q3', '--json');
    expect(r.code).toBe(0);
    const first = JSON.parse(r.stdout).events[0];
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(book.replace(/\.xlsx$/, '.summary.xlsx'));
    expect(out.properties.date1904).toBe(true);
    const detail = out.getWorksheet('2026年第3季度扣分明细')!;
    const header = (detail.getRow(3).values as unknown[]).indexOf('日期');
    const cell = detail.getRow(4).getCell(header).value;
    expect(cell).toBeInstanceOf(Date);
    expect((cell as Date).toISOString().slice(0, 10)).toBe(first.date);
  });

  test('--out writes where asked; regenerating into the same copy replaces, never duplicates', async () => {
    const book = copyOfSample();
    const out = path.join(path.dirname(book), '汇总.xlsx');
    expect((await cli('summarize', book, '--period', '2026Q3', '--out', out)).code).toBe(0);
    // Summarize the copy itself in place, twice: still one set of generated sheets.
    expect((await cli('summarize', out, '--period', '2026Q3', '--in-place')).code).toBe(0);
    expect((await cli('summarize', out, '--period', '2026Q3', '--in-place')).code).toBe(0);
    const { snapshot } = await readWorkbookFile(out);
    expect(snapshot.sheets.filter((s) => s.generated).map((s) => s.name)).toEqual([
      '2026年第3季度考核汇总',
      '2026年第3季度扣分明细',
      '2026年第3季度个人罚款',
    ]);
  });

  test('--in-place rewrites the book atomically: user sheets keep their values, no temp files left', async () => {
    const book = copyOfSample();
    await editWorkbook(book, (wb) => {
      const notes = wb.addWorksheet('我的备注');
      notes.getCell('A1').value = '=不是公式';
      notes.getCell('B2').value = { formula: '1+1', result: 2 };
      notes.getCell('C3').value = new Date(Date.UTC(2026, 6, 15));
    });
    const before = (await readWorkbookFile(book)).snapshot;
    const r = await cli('summarize', book, '--period', '2026Q3', '--in-place');
    expect(r.code).toBe(0);
    const after = (await readWorkbookFile(book)).snapshot;
    expect(after.sheets.filter((s) => !s.generated)).toEqual(before.sheets);
    expect(after.sheets.find((s) => s.name === '我的备注')!.values).toEqual([['=不是公式'], [null, 2], [null, null, 46218]]);
    expect(filesIn(path.dirname(book))).toEqual(['book.xlsx']);
  });

  test('summarize writes by package merge: every part of the user package kept byte for byte, foreign parts too', async () => {
    const book = copyOfSample();
    const zip = await JSZip.loadAsync(fs.readFileSync(book));
    zip.file('customXml/qs-cli-item.xml', '<x xmlns="urn:qs-cli">保留我</x>');
    fs.writeFileSync(book, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const unzip = async (file: string) => {
      const z = await JSZip.loadAsync(fs.readFileSync(file));
      const m = new Map<string, string>();
      for (const [n, f] of Object.entries(z.files)) if (!f.dir) m.set(n, (await f.async('nodebuffer')).toString('base64'));
      return m;
    };
    const before = await unzip(book);
    expect((await cli('summarize', book, '--period', '2026Q3', '--in-place')).code).toBe(0);
    expect((await cli('summarize', book, '--period', '2026', '--in-place')).code).toBe(0);
    expect((await cli('summarize', book, '--period', '2026Q3', '--in-place')).code).toBe(0);
    const after = await unzip(book);
    const bookkeeping = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml'];
    for (const [name, bytes] of before) if (!bookkeeping.includes(name)) expect([name, after.get(name) === bytes]).toEqual([name, true]);
    // Five sheets, and four parts for each of the two charts (sheet rels, drawing, its rels, chart).
    expect(after.size).toBe(before.size + 5 + 2 * 4);
    const { snapshot } = await readWorkbookFile(book);
    expect(snapshot.sheets.filter((s) => s.generated).map((s) => s.name)).toEqual([
      '2026年第3季度考核汇总',
      '2026年第3季度扣分明细',
      '2026年第3季度个人罚款',
      '2026年度考核汇总',
      '2026年度个人罚款',
    ]);
  });

  test("a user's sheet named like a summary is refused (exit 2) and nothing is written", async () => {
    const book = copyOfSample();
    await editWorkbook(book, (wb) => {
      wb.addWorksheet('2026年第3季度考核汇总').getCell('A1').value = '我自己的汇总';
    });
    const hash = sha256(book);
    const r = await cli('summarize', book, '--period', '2026Q3');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/「2026年第3季度考核汇总」.*不是本工具生成的/);
    expect(sha256(book)).toBe(hash);
    expect(filesIn(path.dirname(book))).toEqual(['book.xlsx']);
  });

  test('validation errors: every one listed with sheet, row and column; exit 1; nothing written', async () => {
    const book = copyOfSample();
    await editWorkbook(book, (wb) => {
      const ws = wb.getWorksheet('二级单位考核记录')!;
      const n = ws.rowCount + 1;
      ws.getRow(n).values = ['2026-13-45', '不存在的所', '95598工单', '8.4', '一般', '测试'];
      ws.getRow(n + 1).values = [46218, '城区供电所', '微博', '99.9', '巨大', '测试'];
    });
    const hash = sha256(book);
    const v = await cli('validate', book);
    expect(v.code).toBe(1);
    const lines = v.stdout.split('\n').filter((l) => l.startsWith('「二级单位考核记录」'));
    expect(lines.length).toBeGreaterThanOrEqual(5);
    expect(lines.some((l) => /第 \d+ 行 A 列\(日期\)/.test(l) && l.includes('2026-13-45'))).toBe(true);
    expect(lines.some((l) => /B 列\(单位\)/.test(l) && l.includes('不存在的所'))).toBe(true);
    expect(lines.some((l) => /C 列\(来源\)/.test(l) && l.includes('微博'))).toBe(true);
    expect(lines.some((l) => /D 列\(条款\)/.test(l) && l.includes('99.9'))).toBe(true);
    expect(lines.some((l) => /E 列\(等级\)/.test(l) && l.includes('巨大'))).toBe(true);
    expect(v.stdout).toMatch(/共发现 \d+ 个错误/);
    const s = await cli('summarize', book, '--period', '2026Q3', '--pdf', path.join(path.dirname(book), 'x.pdf'));
    expect(s.code).toBe(1);
    expect(s.stderr).toContain('未生成汇总表');
    expect(sha256(book)).toBe(hash);
    expect(filesIn(path.dirname(book))).toEqual(['book.xlsx']);
  });

  test('a workbook without a 单位 sheet is a validation error (exit 1)', async () => {
    const book = copyOfSample();
    await editWorkbook(book, (wb) => wb.removeWorksheet(wb.getWorksheet('单位')!.id));
    const r = await cli('validate', book);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/单位/);
  });
});

describe('bad files are refused with a clear message (exit 2), the input untouched', () => {
  const cases: [string, (file: string) => void, RegExp][] = [
    ['not an xlsx at all', (f) => fs.writeFileSync(f, '这是一个文本文件'), /不是有效的 \.xlsx/],
    ['a truncated zip', (f) => fs.writeFileSync(f, fs.readFileSync(sample).subarray(0, 5000)), /损坏或不完整/],
    [
      'a password-protected workbook',
      (f) => fs.writeFileSync(f, Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(4088)])),
      /打开密码/,
    ],
    ['a 300 MB file', (f) => fs.truncateSync((fs.writeFileSync(f, ''), f), 300 * 1024 * 1024), /超过 256 MB/],
  ];
  test.each(cases)('%s', async (_what, make, message) => {
    const d = fs.mkdtempSync(path.join(dir, 'bad-'));
    const file = path.join(d, 'bad.xlsx');
    make(file);
    const hash = sha256(file);
    for (const args of [
      ['validate', file],
      ['summarize', file, '--period', '2026Q3'],
    ]) {
      const r = await cli(...args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
    }
    expect(sha256(file)).toBe(hash);
    expect(filesIn(d)).toEqual(['bad.xlsx']);
  });

  test('a missing file, through the real bin', () => {
    const r = runBin(['validate', path.join(dir, '没有这个文件.xlsx')], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('找不到文件');
  });
});

describe('usage problems are exit 2 and say what to type', () => {
  test.each([
    [['summarize', 'a.xlsx'], /--period/],
    [['summarize', 'a.xlsx', '--period', '2026Q5'], /无法识别的考核期间「2026Q5」/],
    [['summarize', 'a.xlsx', '--period', '2026Q3', '--bogus'], /不认识选项「--bogus」/],
    [['summarize', 'a.xlsx', '--period', '2026Q3', '--in-place', '--out', 'b.xlsx'], /不能同时使用/],
    [['validate'], /请指定工作簿文件/],
    [['validate', 'a.xlsx', 'b.xlsx'], /只能指定一个/],
    [['init', 'a.xls'], /\.xlsx 结尾/],
  ])('%j', async (args, message) => {
    const r = await cli(...(args as string[]));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  test('--out naming the input itself needs --in-place', async () => {
    const book = copyOfSample();
    const hash = sha256(book);
    const r = await cli('summarize', book, '--period', '2026Q3', '--out', book);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--in-place');
    expect(sha256(book)).toBe(hash);
  });

  test('--pdf without LibreOffice says how to install it, before doing any work', async () => {
    const book = copyOfSample();
    const saved = process.env.QS_SOFFICE;
    process.env.QS_SOFFICE = path.join(dir, 'no-soffice-here');
    try {
      const r = await cli('summarize', book, '--period', '2026Q3', '--pdf', path.join(path.dirname(book), 'q3.pdf'));
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('sudo apt-get install libreoffice-calc-nogui fonts-wqy-microhei');
      expect(filesIn(path.dirname(book))).toEqual(['book.xlsx']);
    } finally {
      if (saved === undefined) delete process.env.QS_SOFFICE;
      else process.env.QS_SOFFICE = saved;
    }
  });
});

describe('notice (考核通报)', () => {
  test('writes <book>.<period>.通报.docx; the default-ladder warning on stderr, exit 0; gone once confirmed', async () => {
    const book = copyOfSample();
    let r = await cli('notice', book, '--period', '2026Q3');
    expect(r.code).toBe(0);
    const docx = path.join(path.dirname(book), 'book.2026Q3.通报.docx');
    expect(fs.existsSync(docx)).toBe(true);
    expect(r.stdout).toContain(`已写入通报「${docx}」`);
    expect(r.stderr.match(/处罚标准为系统默认值\(考核办法第十七条原文缺失\),尚未经公司确认/g)).toHaveLength(1);
    // No 通报文号 in the sample: a warning names the placeholder printed in its place.
    expect(r.stderr).toMatch(/未填写通报文号.*灰色占位「〔\s+〕\s+号」/);
    const xml = await (await JSZip.loadAsync(fs.readFileSync(docx))).file('word/document.xml')!.async('string');
    expect(xml).toContain('尚未经公司确认');

    await editWorkbook(book, (wb) => {
      const ws = wb.getWorksheet('考核参数')!;
      ws.eachRow((row) => {
        if (row.getCell(1).value === '处罚标准已确认') row.getCell(2).value = '是';
        if (row.getCell(1).value === '通报文号') row.getCell(2).value = '黄州供电〔2026〕12号';
      });
    });
    r = await cli('notice', book, '--period', '2026Q3'); // our own earlier notice is replaced
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('尚未经公司确认');
    expect(r.stderr).not.toContain('未填写通报文号');
    expect(r.stdout).toContain('(黄州供电〔2026〕12号)');
    const again = await (await JSZip.loadAsync(fs.readFileSync(docx))).file('word/document.xml')!.async('string');
    expect(again).not.toContain('尚未经公司确认');
    expect(again).toContain('黄州供电〔2026〕12号');
  });

  test('validation errors: exit 1, nothing written; a foreign .docx is not overwritten (exit 2); bad names are usage errors', async () => {
    const book = copyOfSample();
    await editWorkbook(book, (wb) => {
      wb.getWorksheet('二级单位考核记录')!.getCell('E2').value = '不存在的等级';
    });
    let r = await cli('notice', book, '--period', '2026Q3');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('未生成通报');
    expect(filesIn(path.dirname(book))).toEqual(['book.xlsx']);

    const good = copyOfSample();
    const foreign = path.join(path.dirname(good), '我的通报.docx');
    fs.writeFileSync(foreign, 'mine');
    r = await cli('notice', good, '--period', '2026Q3', '--out', foreign);
    expect(r.code).toBe(2);
    expect(fs.readFileSync(foreign, 'utf8')).toBe('mine');
    expect((await cli('notice', good, '--period', '2026Q3', '--out', foreign, '--force')).code).toBe(0);

    expect((await cli('notice', good, '--period', '2026Q3', '--out', 'x.pdf')).stderr).toContain('应以 .docx 结尾');
    expect((await cli('notice', good)).code).toBe(2);
    expect((await cli('notice', good, '--period', '2026Q3', '--json')).stderr).toContain('不认识选项「--json」');
  });
});
