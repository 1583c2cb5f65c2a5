// SPEC §10 on the browser page as built, in headless Chromium, offline: a workbook whose 2026Q2 was
// published (by the command) and then had one Q2 row changed. 校验 warns with the unit, the numbers
// and the row; 生成 asks for a reason instead of writing; with the reason it republishes, and the
// downloaded workbook's 发布记录 holds the republish; 发布结果 records an unpublished quarter.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { chromium, type Browser, type Page } from 'playwright-core';
import { quarterPeriod } from '../../src/engine';
import { STRINGS } from '../../src/ui/strings';
import { cli } from '../cli/helpers';
import { buildPage, PAGE_DIR } from './build';
import { CHROMIUM, CHROMIUM_ARGS, haveChromium } from '../helpers/chromium';

const zh = STRINGS.zh;
const maybe = haveChromium || process.env.CI ? describe : describe.skip;
jest.setTimeout(600_000);

/** Changes the first Q2 row of level 一般 in the sub-units' ledger to 条款 9.1, 等级 较大; returns its row. */
async function editQ2Row(file: string): Promise<{ row: number; clause: string }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('二级单位考核记录')!;
  const header = ws.getRow(1).values as unknown[];
  const col = (h: string) => header.indexOf(h);
  for (let r = 2; r <= ws.rowCount; r++) {
    const d = ws.getCell(r, col('日期')).value;
    const clause = String(ws.getCell(r, col('条款')).value);
    if (
      d instanceof Date &&
      d.getUTCMonth() >= 3 &&
      d.getUTCMonth() <= 5 &&
      clause !== '9.1' &&
      ws.getCell(r, col('等级')).value === '一般'
    ) {
      ws.getCell(r, col('条款')).value = '9.1';
      ws.getCell(r, col('等级')).value = '较大';
      await wb.xlsx.writeFile(file);
      return { row: r, clause };
    }
  }
  throw new Error('no Q2 row to edit');
}

maybe('publishing in the browser page', () => {
  let browser: Browser;
  let page: Page;
  let dir: string;
  let book: string;
  let edited: { row: number; clause: string };
  const requests: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qs-web-publish-'));
    book = path.join(dir, '考核.xlsx');
    await buildPage();
    expect((await cli('init', book, '--sample')).code).toBe(0);
    expect((await cli('publish', book, '--period', '2026Q2', '--in-place')).code).toBe(0);
    edited = await editQ2Row(book);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
    context.on('request', (r) => {
      if (!/^(file|data|blob):/.test(r.url())) requests.push(r.url());
    });
    await context.route(/^(https?|wss?|ftp):/, (route) => route.abort());
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`file://${path.join(PAGE_DIR, 'index.html')}`);
    await page.getByRole('button', { name: zh.createTemplate }).waitFor();
    await page.setInputFiles('#qs-file-input', book);
    await page.getByTestId('file-name').filter({ hasText: '考核.xlsx' }).waitFor();
    await page.getByRole('combobox', { name: zh.year, exact: true }).selectOption('2026');
    await page.getByRole('combobox', { name: zh.quarter, exact: true }).selectOption('2');
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  afterEach(() => {
    expect(pageErrors).toEqual([]);
    expect(requests).toEqual([]);
  });

  test('校验 warns with the unit, the numbers before → after and the row', async () => {
    await page.getByRole('button', { name: zh.validate }).click();
    // The warnings fold to one line; 详情 shows them all.
    await page.getByTestId('warnings').getByRole('button', { name: zh.moreDetail }).click();
    const warning = page
      .getByTestId('warnings')
      .getByText(/已发布的2026年第2季度结果将改变:.*得分 \d+\.\d{2} → \d+\.\d{2}/)
      .first();
    await warning.waitFor();
    await expect(warning.textContent()).resolves.toContain(
      `「二级单位考核记录」第 ${edited.row} 行 条款 ${edited.clause} → 9.1,等级 一般 → 较大`,
    );
    // The notice of the changed published quarter is not drawn again before a republish.
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.getByRole('button', { name: zh.downloadNotice }).click();
    await page.getByRole('alert').filter({ hasText: '2026年第2季度的结果已发布,此后有变化' }).waitFor();
    expect(downloads).toBe(0);
  });

  test('生成 asks for a reason instead of writing; with it, the quarter is republished and recorded', async () => {
    await page.getByRole('button', { name: zh.generatePeriod(quarterPeriod(2026, 2)) }).click();
    await page.getByTestId('republish').waitFor();
    const confirm = page.getByRole('button', { name: zh.republishGenerate });
    await expect(confirm.isDisabled()).resolves.toBe(true);
    await expect(page.locator('button:enabled', { hasText: '下载 考核.2026Q2.summary.xlsx' }).count()).resolves.toBe(0);
    await page.getByTestId('republish-reason').fill('更正条款');
    await confirm.click();
    const save = page.locator('button:enabled', { hasText: '下载 考核.2026Q2.summary.xlsx' });
    await save.waitFor();
    const [d] = await Promise.all([page.waitForEvent('download'), save.click()]);
    const file = path.join(dir, 'republished.xlsx');
    await d.saveAs(file);
    const record = XLSX.utils.sheet_to_json<unknown[]>(XLSX.read(fs.readFileSync(file)).Sheets['发布记录'], { header: 1, defval: null });
    const heads = record.filter((r) => r[2] === '发布' || r[2] === '重新发布').map((r) => [r[0], r[1], r[2], r[5]]);
    expect(heads).toEqual([
      ['2026Q2', 1, '发布', null],
      ['2026Q2', 2, '重新发布', '更正条款'],
    ]);
  });

  test('发布结果 records an unpublished quarter', async () => {
    await page.getByRole('combobox', { name: zh.quarter, exact: true }).selectOption('3');
    await page.getByTestId('publish').click();
    await page
      .getByTestId('published')
      .getByText(/已发布2026年第3季度的考核结果/)
      .waitFor();
  });
});
