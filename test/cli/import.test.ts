// `qs-assess import` on real files (SPEC §9, issue 17): an export with merged title rows above its
// header, a GBK CSV without BOM, a CSV with quoted commas and line breaks, the clerk's own ledger
// (问题/扣分/罚款) explained and imported with one command, a second import adding nothing,
// unknown units, every date form. Files are written by ExcelJS or by hand and read back by our
// reader, ExcelJS and the zip itself.
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { parseWorkbook } from '../../src/engine';
import { MARK_FILL } from '../../src/xlsx/append';
import { readWorkbookFile } from '../../src/xlsx/node/read';
import { encodeGbk } from '../helpers/gbk';
import { execFileSync } from 'child_process';
import { findSoffice } from '../../src/cli/pdf';
import { officeTools } from '../helpers/office-tools';
import { cli, copyInto, runBin, sha256, tempDir } from './helpers';

const libreOffice = officeTools('the import’s LibreOffice check', []);

let dir: string;
let sample: string;
beforeAll(async () => {
  dir = tempDir('qs-import-');
  sample = path.join(dir, 'sample.xlsx');
  expect((await cli('init', sample, '--sample')).code).toBe(0);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const rowsOf = async (file: string, sheet: string) => (await readWorkbookFile(file)).snapshot.sheets.find((s) => s.name === sheet)!.values;

/** Errors validate would list, as [sheet, row, header]. */
async function errorsOf(file: string): Promise<[string, number | null, string | null][]> {
  const { errors } = parseWorkbook((await readWorkbookFile(file)).snapshot);
  return errors.map((e) => [e.sheet, e.row, e.header]);
}

/** An export as a service system writes it: two merged title rows, a blank row, then the header on row 4. */
async function writeExport(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('工单明细');
  ws.mergeCells('A1:G1');
  ws.getCell('A1').value = '国网黄冈供电公司 95598 工单明细表';
  ws.mergeCells('A2:G2');
  ws.getCell('A2').value = '导出时间:2026-10-08 09:12    受理时间:2026-07-01 至 2026-09-30';
  ws.getRow(4).values = ['序号', '工单编号', '受理时间', '供电单位', '工单类型', '诉求内容', '处理部门'];
  const rows: ExcelJS.CellValue[][] = [
    [1, '2026071500001', new Date(Date.UTC(2026, 6, 15, 6, 30)), '城区所', '投诉', '客户反映电压偏低,夜间灯光闪烁', '运检'], // a date cell, 别名
    [2, '2026071600002', '2026-07-16 14:30', '路口供电所', '意见', '营业厅等候时间过长', '营销'],
    [3, '2026071700003', '2026/7/17', 'S05', '表扬', '抢修人员冒雨作业', '运检'],
    [4, '2026071800004', '2026.7.18', '陈策楼供电所', '举报', '抄表员态度生硬', '营销'],
    [5, '2026071900005', '2026年7月19日', '禹王供电所', '投诉', '停电未提前通知', '运检'],
    [6, '2026072000006', '46223', '南湖供电所', '投诉', '日期是文本形式的序列号', '运检'],
    [7, '2026072100007', 46224, '营销部', '来信', '客户来信反映业扩报装慢', '营销'],
    [8, '2026072200008', '2026-07-22', '火星供电所', '投诉', '不存在的单位', '营销'],
    [9, '2026072300009', '下周一', '城区供电所', '投诉', '日期写错了', '营销'],
    [10, '2026071500001', '2026-07-15', '城区供电所', '投诉', '同一工单又导出一次', '营销'],
  ];
  rows.forEach((r, i) => (ws.getRow(5 + i).values = r));
  ws.getRow(15).values = ['合计', null, null, null, null, '10 件'];
  await wb.xlsx.writeFile(file);
}

describe('an export with merged title rows', () => {
  let book: string;
  let out: string;
  let run: Awaited<ReturnType<typeof cli>>;
  beforeAll(async () => {
    book = copyInto(dir, sample);
    const src = path.join(path.dirname(book), '95598导出.xlsx');
    await writeExport(src);
    out = book.replace(/\.xlsx$/, '.imported.xlsx');
    run = await cli('import', book, src);
  });

  test('header found on row 4; counts; refused rows named by source sheet and row with the reason', () => {
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('源表「工单明细」,表头在第 4 行');
    expect(run.stdout).toContain('新增 7 行,已存在 1 行,拒绝 2 行。');
    expect(run.stdout).toContain('拒绝:「工单明细」第 12 行 — 单位“火星供电所”不在「单位」表中');
    expect(run.stdout).toContain('拒绝:「工单明细」第 13 行 — 无法识别的日期“下周一”');
    expect(run.stdout).toContain('「处理部门」→ (不导入)');
  });

  test('every date form lands on its day; sources mapped; units by 别名, code and name; tickets as text', async () => {
    const ledger = await rowsOf(out, '二级单位考核记录');
    const header = ledger[0] as string[];
    const col = (h: string) => header.indexOf(h);
    const added = ledger.slice(-6);
    expect(added.map((r) => r[col('日期')])).toEqual([46218, 46219, 46220, 46221, 46222, 46223]);
    expect(added.map((r) => r[col('单位')])).toEqual([
      '城区供电所',
      '路口供电所',
      '堵城供电所',
      '陈策楼供电所',
      '禹王供电所',
      '南湖供电所',
    ]);
    expect(added.map((r) => r[col('来源')])).toEqual(['95598工单', '95598工单', '客户表扬', '95598工单', '95598工单', '95598工单']);
    expect(added.map((r) => r[col('工单编号')])).toEqual([
      '2026071500001',
      '2026071600002',
      '2026071700003',
      '2026071800004',
      '2026071900005',
      '2026072000006',
    ]);
    const dept = await rowsOf(out, '部门考核记录');
    expect(dept.at(-1)!.slice(0, 6)).toEqual([46224, '营销部', '来信来访', null, null, '客户来信反映业扩报装慢']);
  });

  test('validate lists exactly the cells left to fill (条款 and 等级 of each new row), and they are marked', async () => {
    const before = await errorsOf(book);
    expect(before).toEqual([]);
    const after = await errorsOf(out);
    expect(after).toHaveLength(14);
    expect(new Set(after.map((e) => e[2]))).toEqual(new Set(['条款', '等级']));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('二级单位考核记录')!;
    const last = ws.rowCount;
    const fill = (c: string) => (ws.getCell(`${c}${last}`).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect([fill('D'), fill('E'), fill('A'), fill('F')]).toEqual([MARK_FILL, MARK_FILL, undefined, undefined]);
    expect(ws.getCell(`A${last}`).numFmt).toBe('yyyy-mm-dd');
  });

  test('only the ledgers and styles change: every other part of the package is byte for byte the same', async () => {
    const [a, b] = await Promise.all([JSZip.loadAsync(fs.readFileSync(book)), JSZip.loadAsync(fs.readFileSync(out))]);
    const changed: string[] = [];
    for (const name of Object.keys(a.files)) {
      if (a.files[name].dir) continue;
      const [x, y] = await Promise.all([a.file(name)!.async('uint8array'), b.file(name)?.async('uint8array')]);
      if (!y || Buffer.compare(Buffer.from(x), Buffer.from(y)) !== 0) changed.push(name);
    }
    // The two ledgers (sheet2, sheet3) and the styles our cell formats were appended to.
    expect(changed.sort()).toEqual(['xl/styles.xml', 'xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml']);
    expect(Object.keys(b.files).length).toBe(Object.keys(a.files).length);
    // Rows above the new ones read exactly as before.
    const old = await rowsOf(book, '二级单位考核记录');
    const now = await rowsOf(out, '二级单位考核记录');
    expect(now.slice(0, old.length)).toEqual(old);
  });

  (libreOffice.run ? test : test.skip)('another spreadsheet program opens the appended ledger: LibreOffice shows the new rows', () => {
    const d = tempDir('qs-import-lo-');
    try {
      fs.copyFileSync(out, path.join(d, 'imp.xlsx'));
      // Every sheet to CSV (LibreOffice 7.2+: the last token, -1), UTF-8 (76), dates as shown.
      execFileSync(
        findSoffice()!,
        ['--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', 'imp.xlsx'],
        {
          cwd: d,
          stdio: 'ignore',
          timeout: 180_000,
        },
      );
      const csv = fs.readFileSync(path.join(d, 'imp-二级单位考核记录.csv'), 'utf8').trim().split('\n');
      expect(csv.at(-1)).toMatch(/^2026-07-20,南湖供电所,95598工单,,,日期是文本形式的序列号,/);
      expect(csv.at(-1)).toMatch(/,2026072000006$/);
    } finally {
      fs.rmSync(d, { recursive: true, force: true });
    }
  });

  test('a second import of the same export adds nothing and writes nothing', async () => {
    const hash = sha256(out);
    const again = await cli('import', out, path.join(path.dirname(book), '95598导出.xlsx'), '--in-place');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('新增 0 行,已存在 8 行,拒绝 2 行。');
    expect(again.stdout).toContain('没有新记录,未写入任何文件。');
    expect(sha256(out)).toBe(hash);
  });
});

describe('CSV sources', () => {
  test('a GBK CSV without BOM: the encoding is detected and reported, the text arrives intact', async () => {
    const book = copyInto(dir, sample);
    const csv = path.join(path.dirname(book), '来信.csv');
    const text =
      '登记日期,来信编号,所属单位,渠道,反映内容,责任人\r\n2026-08-03,XF-001,城区供电所,来信,反映台区低电压问题,张三\r\n2026-08-04,XF-002,办公室,来访,来访反映办事推诿,\r\n';
    fs.writeFileSync(csv, encodeGbk(text));
    const r = await cli('import', book, csv, '--out', path.join(path.dirname(book), 'out.xlsx'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('源文件编码:GB18030');
    expect(r.stdout).toContain('新增 2 行');
    const rows = await rowsOf(path.join(path.dirname(book), 'out.xlsx'), '二级单位考核记录');
    const h = rows[0] as string[];
    expect([rows.at(-1)![h.indexOf('事项描述')], rows.at(-1)![h.indexOf('直接责任人')], rows.at(-1)![h.indexOf('来源')]]).toEqual([
      '反映台区低电压问题',
      '张三',
      '来信来访',
    ]);
  });

  test('quoted commas, quotes and a line break inside a cell (UTF-8 with BOM), through the real bin', () => {
    const book = copyInto(dir, sample);
    const d = path.dirname(book);
    const csv = path.join(d, 'export.csv');
    fs.writeFileSync(csv, '\ufeff日期,单位,事项描述,工单号\n2026-09-01,S03,"客户说:""电费单看不懂"",\n要求上门解释",Q-9\n', 'utf8');
    const r = runBin(['import', book, csv, '--in-place'], d);
    expect(r.stderr).not.toContain('内部错误');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('源文件编码:UTF-8 (BOM)');
    return rowsOf(book, '二级单位考核记录').then((rows) => {
      const h = rows[0] as string[];
      expect(rows.at(-1)![h.indexOf('事项描述')]).toBe('客户说:"电费单看不懂",\n要求上门解释');
      expect(rows.at(-1)![h.indexOf('工单编号')]).toBe('Q-9');
    });
  });

  test('--dry-run writes nothing; --strict with a refused row writes nothing and exits 1; a bad --map exits 2', async () => {
    const book = copyInto(dir, sample);
    const d = path.dirname(book);
    const csv = path.join(d, 'x.csv');
    fs.writeFileSync(csv, '日期,单位,问题\n2026-09-01,S03,a\n2026-09-02,无名所,b\n');
    const before = fs.readdirSync(d).sort();
    expect((await cli('import', book, csv, '--dry-run')).code).toBe(0);
    const strict = await cli('import', book, csv, '--strict');
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('按 --strict 未写入任何内容');
    const bad = await cli('import', book, csv, '--map', '问题=颜色');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('「颜色」不是考核记录的列');
    expect(fs.readdirSync(d).sort()).toEqual(before);
    const mapped = await cli('import', book, csv, '--map', '问题=备注', '--map', '单位=单位');
    expect(mapped.stdout).toContain('「问题」→ 备注(指定)');
  });
});

test('a ledger kept as an Excel Table grows to take the appended rows', async () => {
  const d = tempDir('qs-import-table-');
  try {
    const book = path.join(d, 'table.xlsx');
    const wb = new ExcelJS.Workbook();
    const src = new ExcelJS.Workbook();
    await src.xlsx.readFile(sample);
    const units = wb.addWorksheet('单位');
    src.getWorksheet('单位')!.eachRow((r) => units.addRow((r.values as ExcelJS.CellValue[]).slice(1)));
    const ws = wb.addWorksheet('二级单位考核记录');
    ws.addTable({
      name: 'Ledger',
      ref: 'A1',
      columns: ['日期', '单位', '来源', '条款', '等级', '事项描述', '工单编号'].map((name) => ({ name })),
      rows: [['2026-07-01', '城区供电所', '95598工单', '8.4', '一般', '已有的一条', 'T-0']],
    });
    await wb.xlsx.writeFile(book);
    const csv = path.join(d, 's.csv');
    fs.writeFileSync(csv, '日期,单位,问题,工单号\n2026-07-02,S03,新的一条,T-1\n2026-07-03,S04,又一条,T-2\n');
    expect((await cli('import', book, csv, '--in-place')).code).toBe(0);
    const zip = await JSZip.loadAsync(fs.readFileSync(book));
    const table = await zip.file(Object.keys(zip.files).find((n) => /tables\/table\d+\.xml$/.test(n))!)!.async('string');
    expect(table).toMatch(/<table\b[^>]*\bref="A1:G4"/);
    const rows = await rowsOf(book, '二级单位考核记录');
    expect(rows.slice(1).map((r) => r[6])).toEqual(['T-0', 'T-1', 'T-2']);
    // Excel and ExcelJS read the table back with its three rows.
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(book);
    expect(back.getWorksheet('二级单位考核记录')!.getCell('F4').value).toBe('又一条');
  } finally {
    fs.rmSync(d, { recursive: true, force: true });
  }
});

describe('the clerk’s own ledger (「2026年三季度考核」: 日期, 单位, 问题, 扣分, 罚款, and a SUMIFS summary)', () => {
  let book: string;
  beforeAll(async () => {
    // A book with the sample's units but no ledgers: the clerk kept one sheet of their own.
    book = copyInto(dir, sample, 'clerk.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(book);
    wb.removeWorksheet(wb.getWorksheet('部门考核记录')!.id);
    wb.removeWorksheet(wb.getWorksheet('二级单位考核记录')!.id);
    const ws = wb.addWorksheet('2026年三季度考核');
    ws.getRow(1).values = ['日期', '单位', '问题', '扣分', '罚款', null, '单位', '扣分合计'];
    ws.getRow(2).values = [new Date(Date.UTC(2026, 6, 15)), '城区供电所', '装表接电超时', 2, 200, null, '城区供电所'];
    ws.getRow(3).values = [new Date(Date.UTC(2026, 7, 3)), '营销部', '业扩报装督导不力', 1, 0, null, '营销部'];
    ws.getRow(4).values = [new Date(Date.UTC(2026, 8, 9)), '城区所', '抄表员估抄', 2, 200, null, '路口供电所'];
    for (const r of [2, 3, 4]) ws.getCell(`H${r}`).value = { formula: `SUMIFS(D:D,B:B,G${r})`, result: r === 4 ? 0 : r === 2 ? 2 : 1 };
    await wb.xlsx.writeFile(book);
  });

  test('validate explains it: resembles 考核记录, what it has, 「问题」 could serve, what is missing, and offers import', async () => {
    const r = await cli('validate', book);
    const all = r.stdout + '\n' + r.stderr;
    expect(all).toContain('「2026年三季度考核」(有 3 行数据,未读取,原因见下)');
    expect(all).toContain('它像考核记录(表头在第 1 行);已有「日期」「单位」;「问题」可作「事项描述」;缺少「来源」「条款」「等级」');
    expect(all).toContain('qs-assess import');
  });

  test('one command imports it into the book itself: ledgers created, 扣分/罚款 kept in 备注, then validate lists the blanks', async () => {
    const r = await cli('import', book, book, '--in-place');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('源表「2026年三季度考核」');
    expect(r.stdout).toContain('新增 3 行,已存在 0 行,拒绝 0 行。');
    const { snapshot } = await readWorkbookFile(book);
    expect(snapshot.sheets.map((s) => s.name)).toContain('部门考核记录');
    const units = snapshot.sheets.find((s) => s.name === '二级单位考核记录')!.values;
    expect(units[0].slice(0, 6)).toEqual(['日期', '单位', '来源', '条款', '等级', '事项描述']);
    const h = units[0] as string[];
    expect(units.slice(1).map((x) => [x[0], x[1], x[h.indexOf('事项描述')], x[h.indexOf('备注')]])).toEqual([
      [46218, '城区供电所', '装表接电超时', '原表 扣分 2;罚款 200'],
      [46274, '城区供电所', '抄表员估抄', '原表 扣分 2;罚款 200'],
    ]);
    // The clerk's sheet is untouched and still there.
    expect(snapshot.sheets.find((s) => s.name === '2026年三季度考核')!.values[1][2]).toBe('装表接电超时');
    const errors = await errorsOf(book);
    expect(errors).toHaveLength(9); // 来源, 条款, 等级 of three rows
    const again = await cli('import', book, book, '--in-place');
    expect(again.stdout).toContain('新增 0 行,已存在 3 行');
  });
});
