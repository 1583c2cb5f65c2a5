// The bad-input and fault catalogue of issue 13 (item 7): each case drives the real `qs-assess`
// on real .xlsx files built by code and asserts the exit code, a located Chinese message, the
// input's bytes unchanged and nothing left behind (run-case.ts). Cases whose fix belongs to the
// file layer (src/xlsx: raw library messages, temp files after SIGKILL) are in file-layer.test.ts.
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { event, sheet } from '../helpers/snapshot';
import { BIN, tempDir } from '../cli/helpers';
import { columnOf, soundBook, withCell, writeBook, type BookSheet, type BookCell } from './books';
import { runCase, type Case } from './run-case';

let root: string;
beforeAll(() => (root = tempDir('qs-catalogue-')));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const LEDGER = '二级单位考核记录';
const book = (dir: string) => path.join(dir, 'book.xlsx');

/** A sound book with one cell of the ledger's first event replaced. */
function eventCell(header: string, value: BookCell, base: BookSheet[] = soundBook()): BookSheet[] {
  return withCell(base, LEDGER, 1, columnOf(base, LEDGER, header), value);
}

/** Writes `sheets` as book.xlsx and returns `validate`'s arguments (or summarize's, with `period`). */
function bookCase(sheets: BookSheet[] | (() => BookSheet[]), command: 'validate' | 'summarize' = 'validate', ...rest: string[]) {
  return async (dir: string) => {
    await writeBook(book(dir), typeof sheets === 'function' ? sheets() : sheets);
    return command === 'validate' ? ['validate', book(dir)] : ['summarize', book(dir), ...rest];
  };
}

/** A cell error at the first event row of the ledger: 「二级单位考核记录」第 2 行 X 列(header):… */
const at = (col: string, header: string, text: string) => new RegExp(`「${LEDGER}」第 2 行 ${col} 列\\(${header}\\):.*${escape(text)}`);
const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const withEvents = (...fields: Record<string, BookCell>[]) => soundBook({ events: fields.map((f) => event(f as never)) });
const withSheet = (s: ReturnType<typeof sheet>) => soundBook({ sheets: [s] });

const usage: Case[] = [
  {
    name: 'a period year before 1900',
    setup: bookCase(soundBook(), 'summarize', '--period', '0999'),
    code: 2,
    message: /「0999」的年份 999 超出范围/,
  },
  {
    name: 'a period year 1899',
    setup: bookCase(soundBook(), 'summarize', '--period', '1899Q1'),
    code: 2,
    message: /「1899Q1」的年份 1899 超出范围/,
  },
  {
    name: 'a five-digit period',
    setup: bookCase(soundBook(), 'summarize', '--period', '20260'),
    code: 2,
    message: /无法识别的考核期间「20260」/,
  },
  {
    name: 'a fifth quarter',
    setup: bookCase(soundBook(), 'summarize', '--period', '2026Q5'),
    code: 2,
    message: /无法识别的考核期间「2026Q5」/,
  },
  {
    name: 'a period in words',
    setup: bookCase(soundBook(), 'summarize', '--period', '今年'),
    code: 2,
    message: /无法识别的考核期间「今年」/,
  },
  { name: 'no period', setup: bookCase(soundBook(), 'summarize'), code: 2, message: /请用 --period 指定考核期间/ },
  {
    name: 'an unknown option',
    setup: bookCase(soundBook(), 'summarize', '--period', '2026Q3', '--pdf-out', 'x'),
    code: 2,
    message: /不认识选项「--pdf-out」/,
  },
  { name: 'an unknown command', setup: () => ['score', 'book.xlsx'], code: 2, message: /未知命令「score」/ },
  { name: 'two workbooks', setup: () => ['validate', 'a.xlsx', 'b.xlsx'], code: 2, message: /只能指定一个工作簿文件.*a\.xlsx、b\.xlsx/ },
  {
    name: '--in-place with --out',
    setup: bookCase(soundBook(), 'summarize', '--period', '2026Q3', '--in-place', '--out', 'x.xlsx'),
    code: 2,
    message: /--in-place 与 --out 不能同时使用/,
  },
  {
    name: 'an output not named .xlsx',
    setup: async (dir) => [...(await bookCase(soundBook(), 'summarize', '--period', '2026Q3')(dir)), '--out', path.join(dir, 'out.csv')],
    code: 2,
    message: /输出文件「.*out\.csv」应以 \.xlsx 结尾/,
  },
  {
    name: 'a PDF not named .pdf',
    setup: async (dir) => [...(await bookCase(soundBook(), 'summarize', '--period', '2026Q3')(dir)), '--pdf', path.join(dir, 'out.doc')],
    code: 2,
    message: /PDF 文件「.*out\.doc」应以 \.pdf 结尾/,
  },
  {
    name: 'the output is the input',
    setup: async (dir) => [...(await bookCase(soundBook(), 'summarize', '--period', '2026Q3')(dir)), '--out', book(dir)],
    code: 2,
    message: /输出文件与输入工作簿相同/,
  },
];

const files: Case[] = [
  { name: 'a missing workbook', setup: (dir) => ['validate', path.join(dir, '没有.xlsx')], code: 2, message: /找不到文件「.*没有\.xlsx」/ },
  {
    name: 'an empty file',
    setup: (dir) => (fs.writeFileSync(book(dir), ''), ['validate', book(dir)]),
    code: 2,
    message: /「.*book\.xlsx」不是有效的 \.xlsx 工作簿/,
  },
  {
    name: 'a truncated workbook (half its bytes)',
    setup: async (dir) => {
      await writeBook(book(dir), soundBook());
      const bytes = fs.readFileSync(book(dir));
      fs.writeFileSync(book(dir), bytes.subarray(0, bytes.length >> 1));
      return ['validate', book(dir)];
    },
    code: 2,
    message: /「.*book\.xlsx」已损坏或不完整/,
  },
  {
    name: 'a CSV renamed .xlsx',
    setup: (dir) => (fs.writeFileSync(book(dir), '日期,单位\n2026-07-15,S01\n'), ['validate', book(dir)]),
    code: 2,
    message: /「.*book\.xlsx」不是有效的 \.xlsx 工作簿/,
  },
  {
    name: 'a .csv file',
    setup: (dir) => (fs.writeFileSync(path.join(dir, 'book.csv'), '日期,单位\n'), ['validate', path.join(dir, 'book.csv')]),
    code: 2,
    message: /「.*book\.csv」不是 \.xlsx 工作簿\(扩展名为「\.csv」\)/,
  },
  {
    name: 'an old .xls (OLE2) file',
    setup: (dir) => (fs.writeFileSync(path.join(dir, 'old.xls'), ole2()), ['validate', path.join(dir, 'old.xls')]),
    code: 2,
    message: /「.*old\.xls」设置了打开密码\(已加密\),或是旧版 \.xls 格式/,
  },
  {
    name: 'an encrypted workbook (a password to open: OLE2 inside .xlsx)',
    setup: (dir) => (fs.writeFileSync(book(dir), ole2()), ['validate', book(dir)]),
    code: 2,
    message: /「.*book\.xlsx」设置了打开密码/,
  },
  {
    name: 'a folder named like a workbook',
    setup: (dir) => (fs.mkdirSync(path.join(dir, 'd.xlsx')), ['validate', path.join(dir, 'd.xlsx')]),
    code: 2,
    message: /「.*d\.xlsx」是一个文件夹/,
  },
  {
    name: 'a zip that is not a workbook',
    setup: async (dir) => {
      const zip = new JSZip();
      zip.file('readme.txt', 'hello');
      fs.writeFileSync(book(dir), await zip.generateAsync({ type: 'nodebuffer' }));
      return ['validate', book(dir)];
    },
    code: 2,
    message: /「.*book\.xlsx」/,
  },
  {
    name: 'random bytes named .xlsx',
    setup: (dir) => (
      fs.writeFileSync(book(dir), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))),
      ['validate', book(dir)]
    ),
    code: 2,
    message: /「.*book\.xlsx」不是有效的 \.xlsx 工作簿/,
  },
  {
    name: 'a read-only target folder (/proc)',
    setup: async (dir) => [...(await bookCase(soundBook(), 'summarize', '--period', '2026Q3')(dir)), '--out', '/proc/qs-summary.xlsx'],
    code: 2,
    message: /文件夹「\/proc」不允许写入/,
  },
  {
    name: 'an output folder that does not exist',
    setup: async (dir) => [
      ...(await bookCase(soundBook(), 'summarize', '--period', '2026Q3')(dir)),
      '--out',
      path.join(dir, 'no', 'out.xlsx'),
    ],
    code: 2,
    message: /「.*no」/,
  },
  {
    name: "an existing output that is the user's own file",
    setup: async (dir) => {
      fs.writeFileSync(path.join(dir, 'mine.xlsx'), 'mine');
      return [...(await bookCase(soundBook(), 'summarize', '--period', '2026Q3')(dir)), '--out', path.join(dir, 'mine.xlsx')];
    },
    code: 2,
    message: /输出文件「.*mine\.xlsx」已存在/,
  },
  {
    name: 'init onto an existing workbook',
    setup: async (dir) => (await writeBook(book(dir), soundBook()), ['init', book(dir)]),
    code: 2,
    message: /「.*book\.xlsx」/,
  },
  {
    name: 'a sheet of the user named like a summary we would write',
    setup: bookCase(withSheet({ name: '2026年第3季度考核汇总', values: [['我的表']] }), 'summarize', '--period', '2026Q3'),
    code: 2,
    message: /「2026年第3季度考核汇总」/,
  },
];

const sheets: Case[] = [
  {
    name: 'no 单位 sheet',
    setup: bookCase(() => soundBook().filter((s) => s.name !== '单位')),
    code: 1,
    message: /「单位」:缺少「单位」表/,
  },
  {
    name: 'a 单位 sheet without its header',
    setup: bookCase(() => withCell(soundBook(), '单位', 0, 0, '编号')),
    code: 1,
    message: /「单位」第 1 行:找不到完整的表头,缺少列「单位编码」/,
  },
  {
    name: 'a header below row 10',
    setup: bookCase(() => soundBook().map((s) => (s.name === LEDGER ? { name: s.name, rows: [...Array(10).fill([]), ...s.rows] } : s))),
    code: 1,
    message: new RegExp(`「${LEDGER}」:找不到完整的表头`),
  },
  {
    name: 'a duplicate unit code',
    setup: bookCase(() => withCell(soundBook(), '单位', 2, 0, 'D01')),
    code: 1,
    message: /「单位」第 3 行 A 列\(单位编码\):.*D01/,
  },
  { name: 'an unknown unit', setup: bookCase(() => eventCell('单位', 'S99')), code: 1, message: at('B', '单位', '未知的单位“S99”') },
  { name: 'a blank unit', setup: bookCase(() => eventCell('单位', null)), code: 1, message: at('B', '单位', '单位为空') },
  { name: 'an unknown source', setup: bookCase(() => eventCell('来源', '微信')), code: 1, message: at('C', '来源', '未知的来源“微信”') },
  { name: 'an unknown clause', setup: bookCase(() => eventCell('条款', '99.9')), code: 1, message: at('D', '条款', '未知的条款“99.9”') },
  { name: 'an unknown level', setup: bookCase(() => eventCell('等级', '严重')), code: 1, message: at('E', '等级', '未知的等级“严重”') },
  {
    name: 'a blank description',
    setup: bookCase(() => eventCell('事项描述', '  ')),
    code: 1,
    message: at('F', '事项描述', '事项描述为空'),
  },
  {
    name: 'a date that is not one',
    setup: bookCase(() => eventCell('日期', '2026-02-30')),
    code: 1,
    message: at('A', '日期', '无法识别的日期“2026-02-30”'),
  },
  {
    name: 'a clause number in the date column',
    setup: bookCase(() => eventCell('日期', 8.4)),
    code: 1,
    message: at('A', '日期', '无法识别的日期“8.4'), // ExcelJS reads it back as 8.400000000001455 from a date-formatted cell
  },
  { name: 'a blank date', setup: bookCase(() => eventCell('日期', null)), code: 1, message: at('A', '日期', '日期为空') },
  {
    name: 'an Excel error value typed into the date column',
    setup: bookCase(() => eventCell('日期', '#DIV/0!')),
    code: 1,
    message: at('A', '日期', '错误值 #DIV/0!(除数为零)'),
  },
  {
    name: 'an override without a remark',
    setup: bookCase(withEvents({ 扣分调整: 1 })),
    code: 1,
    message: at('G', '扣分调整', '没有备注'),
  },
  {
    name: 'a negative override',
    setup: bookCase(withEvents({ 扣分调整: -1, 备注: 'r' })),
    code: 1,
    message: at('G', '扣分调整', '不能为负数'),
  },
  {
    name: 'an override in words',
    setup: bookCase(withEvents({ 扣分调整: '两分', 备注: 'r' })),
    code: 1,
    message: at('G', '扣分调整', '不是数字'),
  },
  { name: 'a huge override', setup: bookCase(withEvents({ 扣分调整: 1e12, 备注: 'r' })), code: 1, message: at('G', '扣分调整', '过大') },
  {
    name: '三不放过 neither yes nor no',
    setup: bookCase(withEvents({ 原因查清: '差不多' })),
    code: 1,
    message: at('G', '原因查清', '不是“是”或“否”'),
  },
  { name: 'an unknown 认定', setup: bookCase(withEvents({ 认定: '待查' })), code: 1, message: at('G', '认定', '认定“待查”无效') },
  {
    name: 'a formula with no stored result in 原因查清',
    setup: bookCase(withEvents({ 原因查清: { formula: 'IF(1,"是","否")' }, 责任处理: '是', 整改落实: '是' })),
    code: 1,
    message: at('G', '原因查清', '是公式,但文件中没有保存计算结果'),
  },
  {
    name: 'a formula with no stored result in 扣分调整',
    setup: bookCase(withEvents({ 扣分调整: { formula: '1+1' }, 备注: '复核' })),
    code: 1,
    message: at('G', '扣分调整', '是公式'),
  },
  {
    name: 'a formula with no stored result in the date column',
    setup: bookCase(() => eventCell('日期', { formula: 'TODAY()' })),
    code: 1,
    message: at('A', '日期', '是公式'),
  },
  {
    name: 'a formula with no stored result in a ladder amount',
    setup: bookCase(
      withSheet(
        sheet('处罚标准', [
          {
            等级: '一般',
            代码: 'L2',
            单位扣分: 2,
            单位罚款: { formula: '100*2' } as never,
            第一责任人罚款: 100,
            直接责任人罚款: 200,
            加分: 0,
          },
          { 等级: '较大', 代码: 'L3', 单位扣分: 5, 单位罚款: 500, 第一责任人罚款: 300, 直接责任人罚款: 500, 加分: 0 },
          { 等级: '表扬', 代码: 'B1', 单位扣分: 0, 单位罚款: 0, 第一责任人罚款: 0, 直接责任人罚款: 0, 加分: 0.5 },
        ]),
      ),
    ),
    code: 1,
    message: /「处罚标准」第 2 行 D 列\(单位罚款\):该单元格是公式/,
  },
  {
    name: 'a negative fine in the ladder',
    setup: bookCase(
      withSheet(
        sheet('处罚标准', [{ 等级: '一般', 代码: 'L2', 单位扣分: 2, 单位罚款: -200, 第一责任人罚款: 0, 直接责任人罚款: 0, 加分: 0 }]),
      ),
    ),
    code: 1,
    message: /「处罚标准」第 2 行 D 列\(单位罚款\):“-200”为负数/,
  },
  {
    name: 'a fine of 1e308 in the ladder',
    setup: bookCase(
      withSheet(
        sheet('处罚标准', [{ 等级: '一般', 代码: 'L2', 单位扣分: 2, 单位罚款: 1e308, 第一责任人罚款: 0, 直接责任人罚款: 0, 加分: 0 }]),
      ),
    ),
    code: 1,
    message: /「处罚标准」第 2 行 D 列\(单位罚款\):.*过大/,
  },
  {
    name: 'a 基础分 of 1e308',
    setup: bookCase(withSheet(sheet('考核参数', [{ 参数: '基础分', 值: 1e308 }]))),
    code: 1,
    message: /「考核参数」第 2 行 B 列\(值\):参数「基础分」的值“1e\+308”过大/,
  },
  {
    name: 'an unknown parameter',
    setup: bookCase(withSheet(sheet('考核参数', [{ 参数: '满分', 值: 100 }]))),
    code: 1,
    message: /「考核参数」第 2 行 A 列\(参数\):未知的参数“满分”/,
  },
  {
    name: 'grade lines that cross',
    setup: bookCase(withSheet(sheet('考核参数', [{ 参数: '优秀线', 值: 80 }]))),
    code: 1,
    message: /「考核参数」:等级线应满足/,
  },
  {
    name: 'a calendar row of an unknown type',
    setup: bookCase(withSheet(sheet('节假日', [{ 日期: '2027-01-01', 类型: '年假' }]))),
    code: 1,
    message: /「节假日」第 2 行 B 列\(类型\):类型“年假”无效/,
  },
  {
    name: 'a clause listed twice',
    setup: bookCase(
      withSheet(
        sheet('考核条款', [
          { 条款: '8.4', 考核内容: 'a' },
          { 条款: '第8.4条', 考核内容: 'b' },
        ]),
      ),
    ),
    code: 1,
    message: /「考核条款」第 3 行 A 列\(条款\):条款“第8.4条”即 8.4,与第 2 行重复/,
  },
  {
    name: "a unit's own sheet holding another unit's event",
    setup: bookCase(() => [
      ...soundBook(),
      {
        name: '城区供电所',
        rows: [
          ['日期', '单位', '来源', '条款', '等级', '事项描述'],
          ['2026-07-01', 'S02', '95598工单', '8.4', '一般', 'x'],
        ],
      },
    ]),
    code: 1,
    message: /「城区供电所」第 2 行 B 列\(单位\):单位“S02”与工作表「城区供电所」不符/,
  },
];

const silentBefore: Case[] = [
  {
    name: 'a renamed ledger is read, and the command says so',
    setup: bookCase(
      withSheet(sheet('2026二级单位考核记录', [event({ 单位: 'S03', 日期: '2026-07-20' })])),
      'summarize',
      '--period',
      '2026Q3',
      '--json',
    ),
    code: 0,
    message: /警告:「2026二级单位考核记录」第 1 行:.*已作为考核记录读取/,
    outputs: ['book.summary.xlsx'],
    after: (_dir, r) => {
      const json = JSON.parse(r.stdout) as { units: { code: string; events: number }[] };
      expect(json.units.find((u) => u.code === 'S03')!.events).toBe(1);
    },
  },
  {
    name: 'a copied ledger 二级单位考核记录(2) is read, and the command says so',
    setup: bookCase(withSheet(sheet('二级单位考核记录(2)', [event({ 单位: 'S03' })])), 'validate'),
    code: 0,
    message: /警告:「二级单位考核记录\(2\)」第 1 行:.*重复计分/,
  },
  {
    name: 'a ledger-like sheet without 单位 is a warning that its events do not count',
    setup: bookCase(
      withSheet(sheet('补录', [{ 日期: '2026-07-01', 来源: '95598工单', 条款: '8.4', 等级: '一般', 事项描述: 'x' }])),
      'validate',
    ),
    code: 0,
    message: /警告:「补录」第 1 行:.*不计入考核/,
  },
  {
    name: 'a period with no events says so',
    setup: bookCase(soundBook(), 'summarize', '--period', '2025Q1'),
    code: 0,
    message: /警告:2025Q1 没有任何考核事件/,
    outputs: ['book.summary.xlsx'],
  },
  {
    name: 'an exempt (不属实) complaint is listed with 0 points and is no complaint',
    setup: bookCase(withEvents({ 单位: 'S01', 认定: '不属实' }), 'summarize', '--period', '2026Q3', '--json'),
    code: 0,
    message: /警告:2026Q3 的 1 条事件都认定为不属实、无责或免责/,
    outputs: ['book.summary.xlsx'],
    after: (_dir, r) => {
      const json = JSON.parse(r.stdout) as { units: { code: string; complaints: number; score: number }[]; events: { points: number }[] };
      expect(json.events.map((e) => e.points)).toEqual([0]);
      expect(json.units.find((u) => u.code === 'S01')).toMatchObject({ complaints: 0, score: 100 });
    },
  },
  {
    name: 'text over 32,767 characters is warned about at its cell and cut visibly',
    setup: bookCase(withEvents({ 事项描述: '超'.repeat(33_000) }), 'summarize', '--period', '2026Q3'),
    code: 0,
    message: /警告:「二级单位考核记录」第 2 行 F 列:事项描述有 33000 个字符/,
    outputs: ['book.summary.xlsx'],
    after: async (dir) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path.join(dir, 'book.summary.xlsx'));
      const texts: string[] = [];
      wb.getWorksheet('2026年第3季度扣分明细')!.eachRow((row) => row.eachCell((c) => typeof c.value === 'string' && texts.push(c.value)));
      const cut = texts.find((t) => t.startsWith('超超'))!;
      expect(cut.length).toBe(32_767);
      expect(cut.endsWith('…(超长已截断)')).toBe(true);
    },
  },
  {
    name: 'an injected formula in a description is written as text, never as a formula',
    setup: bookCase(withEvents({ 事项描述: '=HYPERLINK("http://x","点我")', 直接责任人: '+cmd|calc' }), 'summarize', '--period', '2026Q3'),
    code: 0,
    message: /已写入「.*book\.summary\.xlsx」/,
    outputs: ['book.summary.xlsx'],
    after: async (dir) => {
      const zip = await JSZip.loadAsync(fs.readFileSync(path.join(dir, 'book.summary.xlsx')));
      for (const name of Object.keys(zip.files).filter((n) => n.startsWith('xl/worksheets/') && !zip.files[n].dir)) {
        expect(await zip.file(name)!.async('string')).not.toMatch(/<f>[^<]*HYPERLINK/);
      }
    },
  },
  {
    name: 'control characters XML allows (tab, CR, zero-width, RTL override) pass through',
    setup: bookCase(
      withEvents({ 事项描述: '客户\t投诉\r\n\u200b\u202e复电慢', 直接责任人: '张\u00a0三' }),
      'summarize',
      '--period',
      '2026Q3',
    ),
    code: 0,
    message: /已写入「.*book\.summary\.xlsx」/,
    outputs: ['book.summary.xlsx'],
  },
];

const all = [...usage, ...files, ...sheets, ...silentBefore];

test('the catalogue holds at least 60 cases (with the process-level ones below)', () => {
  expect(all.length + 2).toBeGreaterThanOrEqual(60);
  expect(new Set(all.map((c) => c.name)).size).toBe(all.length);
});

describe.each([
  ['usage', usage],
  ['file', files],
  ['sheet content', sheets],
  ['once silent', silentBefore],
] as const)('%s', (_group, cases) => {
  test.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    await runCase(c, root);
  });
});

describe('process level', () => {
  test('output piped into a reader that went away (EPIPE) ends quietly with the right exit code', async () => {
    const dir = fs.mkdtempSync(path.join(root, 'pipe-'));
    await writeBook(book(dir), soundBook());
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [BIN, 'summarize', book(dir), '--period', '2026', '--json'], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout.destroy(); // like `| head -c 0`: the reader is gone before the JSON comes
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      child.on('close', (c) => resolve({ code: c, stderr: err }));
    });
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/EPIPE|Error|at /);
    expect(stderr).toMatch(/已写入「.*book\.summary\.xlsx」/);
    expect(fs.readdirSync(dir).sort()).toEqual(['book.summary.xlsx', 'book.xlsx']);
  });

  test('EPIPE on a failing run keeps its exit code (1)', async () => {
    const dir = fs.mkdtempSync(path.join(root, 'pipe-'));
    await writeBook(book(dir), withEvents({ 单位: 'S99' }));
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, [BIN, 'validate', book(dir)], { stdio: ['ignore', 'pipe', 'ignore'] });
      child.stdout.destroy();
      child.on('close', resolve);
    });
    expect(code).toBe(1);
    expect(fs.readdirSync(dir)).toEqual(['book.xlsx']);
  });
});

/** The first bytes of an OLE2 compound file (old .xls, or an encrypted .xlsx), padded. */
function ole2(): Buffer {
  return Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
}
