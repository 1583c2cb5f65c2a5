// End to end, 「导入记录…」 on the browser page (SPEC §9, issue 17): the page as `npm run build`
// makes it, from file:// in headless Chromium with no network. Open the sample, choose a GBK CSV
// export, see the mapping (and change one column), the counts and the refused row, import into
// the page's copy, download it and read it back with an independent reader (SheetJS); a second
// import of the same file offers 0 new rows. Every request that is not file:, data: or blob: is
// counted (0); axe-core checks the dialog (0 violations). The dialog's screenshot goes to
// docs/images/web-import.png with QS_UPDATE_DOCS_IMAGES=1.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as XLSX from '@e965/xlsx';
import { chromium, type Browser, type Page } from 'playwright-core';
import { writeSampleOrTemplate } from '../../src/cli/init';
import { parseWorkbook } from '../../src/engine';
import { readSnapshot } from '../../src/xlsx';
import { encodeGbk } from '../helpers/gbk';
import { CHROMIUM, CHROMIUM_ARGS, haveChromium } from '../helpers/chromium';
import { buildPage, OUT, PAGE_DIR, ROOT } from './build';

const AXE_JS = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const SHOTS = path.join(OUT, 'screenshots');
const maybe = haveChromium || process.env.CI ? describe : describe.skip;
jest.setTimeout(600_000);

const CSV =
  '工单编号,受理时间,供电单位,工单类型,诉求内容,处理部门\r\n' +
  'W-1,2026-08-03 09:15,城区所,投诉,"客户反映电压低,夜间灯闪",运检\r\n' +
  'W-2,2026/8/4,营销部,来信,来信反映业扩报装慢,营销\r\n' +
  'W-3,2026-08-05,火星供电所,投诉,不存在的单位,营销\r\n';

maybe('「导入记录…」 on the browser page', () => {
  let browser: Browser;
  let page: Page;
  let dir: string;
  const requests: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qs-web-import-'));
    await Promise.all([buildPage(), writeSampleOrTemplate(path.join(dir, '考核.xlsx'), true)]);
    fs.writeFileSync(path.join(dir, '95598导出.csv'), encodeGbk(CSV));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
    context.on('request', (r) => {
      if (!/^(file|data|blob):/.test(r.url())) requests.push(r.url());
    });
    await context.route(/^(https?|wss?|ftp):/, (route) => route.abort());
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`file://${path.join(PAGE_DIR, 'index.html')}`);
    await page.setInputFiles('#qs-file-input', path.join(dir, '考核.xlsx'));
    await page.getByTestId('file-name').filter({ hasText: '考核.xlsx' }).waitFor();
    await page.getByTestId('units').filter({ hasText: '单位 18 个' }).waitFor({ state: 'attached' });
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  afterEach(() => {
    expect(pageErrors).toEqual([]);
    expect(requests).toEqual([]);
  });

  test('choose a GBK CSV: encoding, mapping (editable), counts and the refused row with its reason', async () => {
    await page.getByRole('button', { name: '导入记录…' }).click();
    await page.setInputFiles('#qs-import-input', path.join(dir, '95598导出.csv'));
    await page.getByTestId('import-source').filter({ hasText: '编码 GB18030' }).waitFor();
    const counts = page.getByTestId('import-counts');
    await counts.filter({ hasText: '新增 2 行,已存在 0 行,拒绝 1 行。' }).waitFor();
    expect(await page.getByTestId('import-refused').textContent()).toContain('「95598导出」第 4 行:单位“火星供电所”不在「单位」表中');
    // 处理部门 is not imported; map it to 备注 and back to 不导入.
    const dept = page.getByRole('combobox', { name: '「处理部门」导入为' });
    expect(await dept.inputValue()).toBe('忽略');
    expect(await page.getByRole('combobox', { name: '「受理时间」导入为' }).inputValue()).toBe('日期');
    await dept.selectOption('备注');
    expect(await dept.inputValue()).toBe('备注');
    await dept.selectOption('忽略');
    // Accessible, and a screenshot of the dialog for the docs.
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(fs.readFileSync(AXE_JS, 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run(c: Document): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }
      ).axe;
      const r = await axe.run(document);
      return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
    });
    expect(violations).toEqual([]);
    const shot = path.join(SHOTS, 'web-import.png');
    await page.screenshot({ path: shot, fullPage: true });
    if (process.env.QS_UPDATE_DOCS_IMAGES) fs.copyFileSync(shot, path.join(ROOT, 'docs', 'images', 'web-import.png'));
  });

  test('import into the page’s copy, download it: the rows are there, their blanks are what validate lists', async () => {
    await page.getByRole('button', { name: '导入 2 行到本页的工作簿' }).click();
    await page.getByText(/^已导入 2 行/).waitFor();
    // The pane re-read the workbook: the events now include the two rows (with errors until filled).
    await page.getByTestId('import-counts').filter({ hasText: '新增 0 行,已存在 2 行,拒绝 1 行。' }).waitFor();
    const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 考核.imported.xlsx' }).click()]);
    const file = path.join(dir, 'downloaded.xlsx');
    await d.saveAs(file);
    const book = XLSX.read(fs.readFileSync(file), { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['二级单位考核记录'], { header: 1, raw: true, defval: null });
    const h = rows[0] as string[];
    const last = rows[rows.length - 1];
    expect([
      last[h.indexOf('日期')],
      last[h.indexOf('单位')],
      last[h.indexOf('来源')],
      last[h.indexOf('事项描述')],
      last[h.indexOf('工单编号')],
    ]).toEqual([46237, '城区供电所', '95598工单', '客户反映电压低,夜间灯闪', 'W-1']);
    const { errors } = parseWorkbook(readSnapshot(new Uint8Array(fs.readFileSync(file)), { file }));
    expect(errors.map((e) => e.header).sort()).toEqual(['条款', '条款', '等级', '等级']);
  });
});
