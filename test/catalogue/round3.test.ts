// The third round of the catalogue (issue 22): races, integrity, time zones and the user's own
// files. Each case drives the real command in-process on real files built by code, with the four
// promises of run-case.ts (exit code, a located Chinese message, inputs unchanged, nothing left
// behind but the expected outputs). Signals and real concurrent processes are at the end.
import { execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { event } from '../helpers/snapshot';
import { BIN, cli, tempDir } from '../cli/helpers';
import { soundBook, writeBook, type BookSheet } from './books';
import { runCase, type Case } from './run-case';
import { archive, handBook, parts, patchDirectory, replaceBytes, sheetXml, storedCopy, zipOf } from '../helpers/zip-surgery';
import { lockNameFor } from '../../src/xlsx/node/files';
import { ZipWriter } from '../../src/xlsx/package/zip-write';

let root: string;
beforeAll(() => (root = tempDir('qs-round3-')));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const book = (dir: string) => path.join(dir, 'book.xlsx');
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/** Writes a sound book (or `sheets`), lets `change` damage its bytes, returns the command's arguments. */
function bytesCase(
  change: (bytes: Uint8Array) => Uint8Array,
  args: (file: string) => string[] = (f) => ['summarize', f, '--period', '2026Q3'],
  sheets?: BookSheet[],
) {
  return async (dir: string) => {
    await writeBook(book(dir), sheets ?? soundBook());
    fs.writeFileSync(book(dir), change(new Uint8Array(fs.readFileSync(book(dir)))));
    return args(book(dir));
  };
}

/** A sound package with one more entry, added under a placeholder name and then renamed (names our writer refuses). */
function withEntry(placeholder: string, name: string) {
  return (bytes: Uint8Array) => {
    const zip = new ZipWriter();
    for (const [n, d] of parts(bytes)) zip.add(n, d);
    zip.add(placeholder, '<x/>');
    return replaceBytes(zip.finish(), placeholder, name);
  };
}

/** Every XML part of an output package free of characters XML forbids. */
function xmlPartsClean(file: string): void {
  for (const [name, data] of parts(fs.readFileSync(file))) {
    if (/\.(xml|rels)$/.test(name)) expect([name, FORBIDDEN.test(Buffer.from(data).toString('utf8'))]).toEqual([name, false]);
  }
}

const unitsWith = (name: string) => [
  { 单位编码: 'D01', 单位名称: '办公室', 类别: '部门', 第一责任人: '王主任', 归口部门: null },
  { 单位编码: 'D02', 单位名称: '营销部', 类别: '部门', 第一责任人: '李主任', 归口部门: null },
  { 单位编码: 'S01', 单位名称: name, 类别: '二级单位', 第一责任人: '陈所长', 归口部门: '营销部' },
  { 单位编码: 'S02', 单位名称: '路口供电所', 类别: '二级单位', 第一责任人: '刘所长', 归口部门: '营销部' },
];

const integrity: Case[] = [
  {
    name: 'a stored part changed after packing (CRC-32 no longer matches): refused, not scored',
    setup: bytesCase((b) => replaceBytes(storedCopy(b), '<t>S01</t>', '<t>S02</t>', true)),
    code: 2,
    message: /部件 xl\/sharedStrings\.xml 无法读取\(CRC-32 校验不符/,
  },
  {
    name: 'a directory CRC that does not match a deflated sheet',
    setup: bytesCase((b) =>
      patchDirectory(b, 'xl/worksheets/sheet2.xml', 'crc32', archive(b).find('xl/worksheets/sheet2.xml')!.crc32 ^ 0x10),
    ),
    code: 2,
    message: /部件 xl\/worksheets\/sheet2\.xml 无法读取\(CRC-32 校验不符/,
  },
  {
    name: 'entry sizes that lie (a part the reader never needs): refused before the lie is copied out',
    setup: bytesCase((b) =>
      patchDirectory(b, 'docProps/app.xml', 'uncompressedSize', archive(b).find('docProps/app.xml')!.uncompressedSize + 3),
    ),
    code: 2,
    message: /部件 docProps\/app\.xml 无法读取\(解压后的大小与压缩包目录记载的不符/,
  },
  {
    name: 'a duplicated zip entry (the first copy is not silently taken)',
    setup: bytesCase((b) => {
      const zip = new ZipWriter();
      const all = parts(b);
      for (const [n, d] of all) zip.add(n, d);
      zip.add('xl/worksheets/sheetX.xml', all.find(([n]) => n === 'xl/worksheets/sheet2.xml')![1]);
      return replaceBytes(zip.finish(), 'xl/worksheets/sheetX.xml', 'xl/worksheets/sheet2.xml');
    }),
    code: 2,
    message: /有两个同名部件「xl\/worksheets\/sheet2\.xml」/,
  },
  {
    name: 'an entry named ../evil.xml',
    setup: bytesCase(withEntry('ab/evil.xml', '../evil.xml')),
    code: 2,
    message: /不安全的部件名「\.\.\/evil\.xml」/,
  },
  {
    name: 'an entry with an absolute name',
    setup: bytesCase(withEntry('aevil.xml', '/evil.xml')),
    code: 2,
    message: /不安全的部件名「\/evil\.xml」/,
  },
  { name: 'an entry named with a backslash', setup: bytesCase(withEntry('a_evil.xml', 'a\\evil.xml')), code: 2, message: /不安全的部件名/ },
  {
    name: 'a local header naming another part than the directory',
    setup: bytesCase((b) => {
      const buf = Buffer.from(b);
      Buffer.from('xl/sharedStrinGs.xml').copy(buf, buf.indexOf(Buffer.from('xl/sharedStrings.xml')));
      return new Uint8Array(buf);
    }),
    code: 2,
    message: /已损坏或不完整\(压缩包目录无法读取\)/,
  },
];

const ledger = (date: string) =>
  sheetXml([
    ['日期', '单位', '来源', '条款', '等级', '事项描述'],
    [{ xml: `<c r="$REF" t="d"><v>${date}</v></c>` }, 'S01', '95598工单', '8.4', '一般', '客户投诉'],
  ]);
const unitSheet = sheetXml([
  ['单位编码', '单位名称', '类别', '第一责任人'],
  ['S01', '城区供电所', '二级单位', '陈所长'],
]);

/** A hand-written book (as Excel stores control characters: _xHHHH_ in the text) with one unit and one 较大 event. */
function handMade(unitName: string, description: string): Uint8Array {
  const t = (text: string) => ({ xml: `<c r="$REF" t="inlineStr"><is><t>${text}</t></is></c>` });
  return handBook([
    {
      name: '单位',
      xml: sheetXml([
        ['单位编码', '单位名称', '类别', '第一责任人'],
        ['S01', t(unitName), '二级单位', '陈所长'],
      ]),
    },
    {
      name: '二级单位考核记录',
      xml: sheetXml([
        ['日期', '单位', '来源', '条款', '等级', '事项描述'],
        ['2026-07-15', 'S01', '95598工单', '8.4', '较大', t(description)],
      ]),
    },
  ]);
}

const content: Case[] = [
  {
    name: 't="d" date-time without a zone (2026-07-01T00:00:00) counts in Q3 in Asia/Shanghai',
    setup: (dir) => {
      fs.writeFileSync(
        book(dir),
        handBook([
          { name: '单位', xml: unitSheet },
          { name: '二级单位考核记录', xml: ledger('2026-07-01T00:00:00') },
        ]),
      );
      return ['summarize', book(dir), '--period', '2026Q3', '--json'];
    },
    code: 0,
    message: /"date": "2026-07-01"/,
    outputs: ['book.summary.xlsx'],
  },
  {
    name: 't="d" text that is no date is named as a bad date, not read as empty',
    setup: (dir) => {
      fs.writeFileSync(
        book(dir),
        handBook([
          { name: '单位', xml: unitSheet },
          { name: '二级单位考核记录', xml: ledger('七月一日') },
        ]),
      );
      return ['validate', book(dir)];
    },
    code: 1,
    message: /「二级单位考核记录」第 2 行 A 列\(日期\):.*七月一日/,
  },
  {
    name: 'two units differing only by a zero-width space are one name (a duplicate), not two ranked units',
    setup: (dir) =>
      bytesCase(
        (b) => b,
        (f) => ['validate', f],
        soundBook({
          units: [
            ...unitsWith('城区供电所'),
            { 单位编码: 'S09', 单位名称: '城区供电所\u200b', 类别: '二级单位', 第一责任人: '赵所长', 归口部门: null },
          ],
          events: [event({ 单位: 'S01', 日期: '2026-07-15' })],
        }),
      )(dir),
    code: 1,
    message: /「单位」第 6 行 B 列\(单位名称\):单位名称.*重复/,
  },
  {
    name: 'a vertical tab pasted into a unit name (stored as _x000B_): dropped with a warning; the chart and every part of the output open',
    setup: (dir) => {
      fs.writeFileSync(book(dir), handMade('城区_x000B_供电所', '客户投诉'));
      return ['summarize', book(dir), '--period', '2026Q3'];
    },
    code: 0,
    message: /警告:「单位」第 2 行 B 列.*U\+000B/,
    outputs: ['book.summary.xlsx'],
    after: (dir) => xmlPartsClean(path.join(dir, 'book.summary.xlsx')),
  },
  {
    name: 'U+FFFE and a vertical tab in an event description: the notice opens (dropped, listed in a warning)',
    setup: (dir) => {
      fs.writeFileSync(book(dir), handMade('城区供电所', '客户_x000B_投诉_xFFFE_超时'));
      return ['notice', book(dir), '--period', '2026Q3', '--out', path.join(dir, 'n.docx')];
    },
    code: 0,
    message: /警告:通报的文字中有 Word 文件无法保存的控制字符\(U\+000B、U\+FFFE/,
    outputs: ['n.docx'],
    after: (dir) => xmlPartsClean(path.join(dir, 'n.docx')),
  },
];

/** A folder with a sound book and, from `prepare`, the state the case starts from. */
function prepared(prepare: (dir: string) => Promise<void> | void, args: (dir: string) => string[]) {
  return async (dir: string) => {
    await writeBook(book(dir), soundBook());
    await prepare(dir);
    return args(dir);
  };
}

const own: Case[] = [
  {
    name: 'a master ledger once run with --in-place is not overwritten by --out from another book',
    setup: prepared(
      async (dir) => {
        await writeBook(path.join(dir, 'master.xlsx'), soundBook());
        expect((await cli('summarize', path.join(dir, 'master.xlsx'), '--period', '2026Q3', '--in-place')).code).toBe(0);
      },
      (dir) => ['summarize', book(dir), '--period', '2026Q3', '--out', path.join(dir, 'master.xlsx')],
    ),
    code: 2,
    message: /输出文件「.*master\.xlsx」已存在,且不是本工具生成的汇总工作簿/,
  },
  {
    name: 'a .summary.xlsx the user typed into is not replaced by the next run',
    setup: prepared(
      async (dir) => {
        expect((await cli('summarize', book(dir), '--period', '2026Q3')).code).toBe(0);
        const out = path.join(dir, 'book.summary.xlsx');
        const zip = new ZipWriter();
        for (const [n, d] of parts(fs.readFileSync(out)))
          zip.add(
            n,
            n === 'xl/worksheets/sheet1.xml'
              ? Buffer.from(d)
                  .toString()
                  .replace('</sheetData>', '<row r="60"><c r="A60" t="inlineStr"><is><t>S09</t></is></c></row></sheetData>')
              : d,
          );
        fs.writeFileSync(out, zip.finish());
      },
      (dir) => ['summarize', book(dir), '--period', '2026Q3'],
    ),
    code: 2,
    message: /是本工具生成的汇总工作簿,但此后被修改过/,
  },
  {
    name: 'our own .summary.xlsx, unchanged, is replaced without --force',
    setup: prepared(
      async (dir) => expect((await cli('summarize', book(dir), '--period', '2026Q3')).code).toBe(0),
      (dir) => ['summarize', book(dir), '--period', '2026Q3'],
    ),
    code: 0,
    message: /已写入「.*book\.summary\.xlsx」/,
    // Already there before the run: replaced, not added.
    outputs: [],
  },
  {
    name: 'a signed scan at the --pdf path is never replaced',
    setup: prepared(
      (dir) => fs.writeFileSync(path.join(dir, 'scan.pdf'), '%PDF-1.4\n%%EOF\n'),
      (dir) => ['summarize', book(dir), '--period', '2026Q3', '--pdf', path.join(dir, 'scan.pdf')],
    ),
    code: 2,
    message: /输出文件「.*scan\.pdf」已存在,且不是本工具生成的PDF/,
  },
  {
    name: 'a notice edited in Word is not replaced',
    setup: prepared(
      async (dir) => {
        const out = path.join(dir, 'n.docx');
        expect((await cli('notice', book(dir), '--period', '2026Q3', '--out', out)).code).toBe(0);
        const zip = new ZipWriter();
        for (const [n, d] of parts(fs.readFileSync(out)))
          zip.add(
            n,
            n === 'word/document.xml'
              ? Buffer.from(d).toString().replace('</w:body>', '<w:p><w:r><w:t>批示</w:t></w:r></w:p></w:body>')
              : d,
          );
        fs.writeFileSync(out, zip.finish());
      },
      (dir) => ['notice', book(dir), '--period', '2026Q3', '--out', path.join(dir, 'n.docx')],
    ),
    code: 2,
    message: /是本工具生成的考核通报,但此后被修改过/,
  },
  {
    name: '--in-place while another live run holds the lock: refused at once',
    setup: prepared(
      (dir) => fs.writeFileSync(lockNameFor(book(dir)), String(process.ppid)),
      (dir) => ['summarize', book(dir), '--period', '2026Q3', '--in-place'],
    ),
    code: 2,
    message: /正由另一个 qs-assess 进程\(进程号 \d+\)写入/,
  },
  {
    name: 'a FIFO named .xlsx is refused at once (no hang)',
    setup: (dir) => {
      execFileSync('mkfifo', [book(dir)]);
      return ['validate', book(dir)];
    },
    code: 2,
    message: /是一个命名管道\(FIFO\),不是普通文件/,
  },
  {
    name: 'a device (a link to /dev/zero) named .xlsx is refused at once',
    setup: (dir) => {
      fs.symlinkSync('/dev/zero', book(dir));
      return ['summarize', book(dir), '--period', '2026Q3'];
    },
    code: 2,
    message: /是一个设备文件,不是普通文件/,
  },
];

const twoSheets = () => [
  { name: '单位', xml: unitSheet },
  { name: '二级单位考核记录', xml: ledger('2026-07-15') },
];

const packages: Case[] = [
  {
    name: 'a macro-enabled workbook renamed .xlsx is refused (its copy would not open in Excel)',
    setup: (dir) => {
      fs.writeFileSync(book(dir), handBook(twoSheets(), { workbookType: 'application/vnd.ms-excel.sheet.macroEnabled.main+xml' }));
      return ['summarize', book(dir), '--period', '2026Q3'];
    },
    code: 2,
    message: /其实是 Excel 启用宏的工作簿\(\.xlsm\),只是扩展名改成了 \.xlsx/,
  },
  {
    name: 'a template renamed .xlsx is refused',
    setup: (dir) => {
      fs.writeFileSync(
        book(dir),
        handBook(twoSheets(), { workbookType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml' }),
      );
      return ['validate', book(dir)];
    },
    code: 2,
    message: /其实是 Excel 模板/,
  },
  {
    name: 'Strict Open XML is refused with a clear message (not read or merged as transitional)',
    setup: (dir) => {
      const strict = storedCopy(handBook(twoSheets()), (_, d) =>
        Buffer.from(
          Buffer.from(d)
            .toString('utf8')
            .split('http://schemas.openxmlformats.org/spreadsheetml/2006/main')
            .join('http://purl.oclc.org/ooxml/spreadsheetml/main')
            .split('http://schemas.openxmlformats.org/officeDocument/2006/relationships')
            .join('http://purl.oclc.org/ooxml/officeDocument/relationships'),
        ),
      );
      fs.writeFileSync(book(dir), strict);
      return ['summarize', book(dir), '--period', '2026Q3'];
    },
    code: 2,
    message: /是“Strict Open XML 电子表格”格式/,
  },
  {
    name: 'a workbook part at xl/book.xml: the second run replaces its own output',
    setup: async (dir) => {
      fs.writeFileSync(book(dir), handBook(twoSheets(), { workbookPart: 'xl/book.xml' }));
      expect((await cli('summarize', book(dir), '--period', '2026Q3')).code).toBe(0);
      return ['summarize', book(dir), '--period', '2026Q3'];
    },
    code: 0,
    message: /已写入「.*book\.summary\.xlsx」/,
  },
];

const all = [...integrity, ...content, ...own, ...packages];

describe.each([
  ['integrity', integrity],
  ['content', content],
  ["the user's own files", own],
  ['packages of other kinds', packages],
] as const)('%s', (_group, cases) => {
  test.each(cases.map((c) => [c.name, c] as const))(
    '%s',
    async (_name, c) => {
      await runCase(c, root);
    },
    30_000,
  );
});

test('the round-three catalogue: every class of issue 22 has cases', () => {
  expect(new Set(all.map((c) => c.name)).size).toBe(all.length);
  expect(all.length).toBeGreaterThanOrEqual(20);
});

void spawn;
void BIN;
void zipOf;
