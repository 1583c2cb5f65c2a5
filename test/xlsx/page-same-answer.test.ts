// The page and the command give the same answer for the same damaged file (issue 22): both use
// the .xlsx layer's package checks, so a password-protected workbook is explained as such in the
// browser too (not 「不是 Excel 格式」), and the page never shows the Excel add-in's wording.
import * as fs from 'fs';
import * as path from 'path';
import { WorkbookError } from '../../src/ui/host';
import { browserXlsx } from '../../src/web/browser-xlsx';
import { webHost } from '../../src/web/host';
import { WorkbookSession } from '../../src/web/session';
import { cli, tempDir } from '../cli/helpers';
import { soundBook, writeBook } from '../catalogue/books';
import { archive, handBook, patchDirectory, replaceBytes, sheetXml, storedCopy } from '../helpers/zip-surgery';

let dir: string;
let sound: Uint8Array;
beforeAll(async () => {
  dir = tempDir('qs-page-answer-');
  await writeBook(path.join(dir, 'sound.xlsx'), soundBook());
  sound = new Uint8Array(fs.readFileSync(path.join(dir, 'sound.xlsx')));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function pageSays(bytes: Uint8Array, port = browserXlsx): Promise<WorkbookError> {
  const session = new WorkbookSession();
  const host = webHost(session, port, async () => {});
  session.open({ name: 'book.xlsx', bytes, handle: null });
  try {
    await host.readSnapshot();
  } catch (e) {
    return e as WorkbookError;
  }
  throw new Error('the page read it');
}

async function commandSays(bytes: Uint8Array): Promise<string> {
  const d = fs.mkdtempSync(path.join(dir, 'case-'));
  const file = path.join(d, 'book.xlsx');
  fs.writeFileSync(file, bytes);
  const r = await cli('validate', file);
  expect(r.code).toBe(2);
  return r.stderr
    .replace(/^错误:/, '')
    .split(file)
    .join('book.xlsx');
}

const ole2 = () => new Uint8Array(Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]));
const sheets = () => [
  { name: '单位', xml: sheetXml([['单位编码', '单位名称', '类别', '第一责任人']]) },
  { name: '二级单位考核记录', xml: sheetXml([['日期', '单位', '来源', '条款', '等级', '事项描述']]) },
];

test.each<[string, () => Uint8Array]>([
  ['a password-protected workbook (OLE2 inside .xlsx)', ole2],
  ['a damaged stored part (CRC-32)', () => replaceBytes(storedCopy(sound), '<t>S01</t>', '<t>S02</t>', true)],
  [
    'a directory CRC that lies',
    () => patchDirectory(sound, 'xl/worksheets/sheet2.xml', 'crc32', archive(sound).find('xl/worksheets/sheet2.xml')!.crc32 ^ 1),
  ],
  [
    'a macro-enabled workbook renamed .xlsx',
    () => handBook(sheets(), { workbookType: 'application/vnd.ms-excel.sheet.macroEnabled.main+xml' }),
  ],
  ['half a workbook', () => sound.slice(0, sound.length >> 1)],
])('%s: the page says what the command says', async (_, make) => {
  const bytes = make();
  const page = await pageSays(bytes);
  expect(page).toBeInstanceOf(WorkbookError);
  expect(page.kind).toBe('refused');
  expect(page.message).toBe(await commandSays(bytes));
});

test('a password-protected workbook is explained in the page, not called 「不是 Excel 格式」', async () => {
  const page = await pageSays(ole2());
  expect(page.message).toMatch(/设置了打开密码\(已加密\)/);
  expect(page.message).not.toMatch(/不是 Excel 格式/);
});

test("an unexpected failure in the page is said in the page's words, never the Excel add-in's", async () => {
  const page = await pageSays(sound, {
    ...browserXlsx,
    read: async () => {
      throw new TypeError('x is undefined');
    },
  });
  expect(page.kind).toBe('refused');
  expect(page.message).toMatch(/^本页处理这个文件时出错/);
  expect(page.message).not.toMatch(/表格程序|请保存并重新打开工作簿/);
});
