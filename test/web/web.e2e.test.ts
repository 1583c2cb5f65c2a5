// End to end: the browser page as `npm run build` makes it, opened from file:// in headless
// Chromium with no network. It loads the bundled sample, validates, generates the quarter and
// the year, downloads both and reads them back with an independent reader (SheetJS): the same
// numbers as `qs-assess summarize --json`, the user's sheets byte for byte, every part as the
// command writes it. It prints the print view to PDF and checks A4 landscape pages with the
// title, the units and 第 N 页 共 M 页; a bad workbook shows located errors and the offending
// row; the template and sample downloads are real workbooks. Every request that is not file:,
// data: or blob: is counted (0), and axe-core checks every state (0 violations).
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import * as XLSX from '@e965/xlsx';
import { parse as parseJs } from 'acorn';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { quarterPeriod, yearPeriod, type Result } from '../../src/engine';
import { stampPackage } from '../../src/xlsx/node/fingerprint';
import { sampleSheets } from '../../src/engine/template';
import { writeSampleOrTemplate } from '../../src/cli/init';
import { writeTemplateWorkbook } from '../../src/xlsx';
import { STRINGS } from '../../src/ui/strings';
import { cli } from '../cli/helpers';
import { buildPage, OUT, PAGE_DIR, ROOT } from './build';
import { CHROMIUM, CHROMIUM_ARGS, haveChromium } from '../helpers/chromium';

const AXE_JS = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const SHOTS = path.join(OUT, 'screenshots');
const havePoppler = fs.existsSync('/usr/bin/pdfinfo') && fs.existsSync('/usr/bin/pdftotext');
const mustRun = Boolean(process.env.CI);
const zh = STRINGS.zh;

if (!(haveChromium && havePoppler) && !mustRun) {
  console.warn(`SKIPPED browser page e2e: ${CHROMIUM} or poppler-utils not found (with CI set this test fails instead).`);
}
const maybe = (haveChromium && havePoppler) || mustRun ? describe : describe.skip;

jest.setTimeout(600_000);

type Row = (string | number | boolean | null)[];

/** A sheet's rows as an independent reader (SheetJS) sees them. */
function sheetRows(file: string, sheet: string): Row[] {
  const book = XLSX.read(fs.readFileSync(file), { type: 'buffer' });
  const ws = book.Sheets[sheet];
  if (!ws) throw new Error(`${file} has no sheet ${sheet}; it has ${book.SheetNames.join(', ')}`);
  return XLSX.utils.sheet_to_json<Row>(ws, { header: 1, raw: true, defval: null });
}

/**
 * The summary's unit rows by unit name, columns by header: the header row is the one holding 单位
 * and 名次, the unit rows those under it numbered in 序号 (not the totals, notes or chart data).
 */
function byUnit(rows: Row[]): Map<string, Record<string, unknown>> {
  const h = rows.findIndex((r) => r.includes('单位') && r.includes('名次'));
  const header = rows[h] as string[];
  const out = new Map<string, Record<string, unknown>>();
  for (const r of rows.slice(h + 1)) {
    if (typeof r[header.indexOf('序号')] !== 'number') break;
    out.set(String(r[header.indexOf('单位')]), Object.fromEntries(header.map((k, i) => [k, r[i]])));
  }
  return out;
}

async function partsOf(file: string | Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(typeof file === 'string' ? fs.readFileSync(file) : file);
  const parts = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files)) if (!zip.files[name].dir) parts.set(name, await zip.files[name].async('nodebuffer'));
  return parts;
}

function pdfPages(file: string): { pages: number; size: string; text: string[] } {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  const size = /Page size:\s+(.*)/.exec(info)![1];
  const text = Array.from({ length: pages }, (_, i) =>
    execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', file, '-'], { encoding: 'utf8' }),
  );
  return { pages, size, text };
}

/** A4 landscape (297 × 210 mm = 841.89 × 595.28 pt), within Chromium's rounding to whole pixels. */
function expectA4Landscape(size: string): void {
  const [w, h] = /^([\d.]+) x ([\d.]+) pts/.exec(size)!.slice(1).map(Number);
  expect(Math.abs(w - 841.89)).toBeLessThan(1);
  expect(Math.abs(h - 595.28)).toBeLessThan(1);
}

/** Text without the spaces pdftotext's layout puts between characters and columns. */
function squeeze(s: string): string {
  return s.replace(/\s+/g, '');
}

/** The sample with two bad event rows: an unknown unit and an unreadable date. */
async function writeBadWorkbook(file: string): Promise<{ sheet: string; row: number; unitCol: number }> {
  const sheets = sampleSheets();
  const ledger = sheets.find((s) => s.name === '二级单位考核记录')!;
  const unitCol = ledger.columns.findIndex((c) => c.header === '单位');
  const dateCol = ledger.columns.findIndex((c) => c.header === '日期');
  ledger.rows[0] = [...ledger.rows[0]];
  ledger.rows[0][unitCol] = '不存在的供电所';
  ledger.rows[2] = [...ledger.rows[2]];
  ledger.rows[2][dateCol] = '2026年13月45日';
  fs.writeFileSync(file, writeTemplateWorkbook(sheets));
  return { sheet: ledger.name, row: 2, unitCol: unitCol + 1 };
}

maybe('the browser page, offline from file://', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let dir: string;
  let sample: string;
  const requests: string[] = [];
  const pageErrors: string[] = [];
  const json: Record<string, Result> = {};

  beforeAll(async () => {
    if (!haveChromium) throw new Error(`${CHROMIUM} is missing and CI is set: install chromium`);
    if (!havePoppler) throw new Error('pdfinfo/pdftotext are missing and CI is set: install poppler-utils');
    fs.mkdirSync(SHOTS, { recursive: true });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qs-web-'));
    sample = path.join(dir, '考核.xlsx');
    await Promise.all([buildPage(), writeSampleOrTemplate(sample, true)]);
    for (const period of ['2026Q3', '2026']) {
      const run = await cli('summarize', sample, '--period', period, '--json', '--out', path.join(dir, `cmd-${period}.xlsx`));
      expect(run.code).toBe(0);
      json[period] = JSON.parse(run.stdout) as Result;
    }
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
    });
    context = await browser.newContext({
      viewport: { width: 1366, height: 768 },
      locale: 'zh-CN',
      acceptDownloads: true,
      deviceScaleFactor: 1,
    });
    // Every request is recorded; anything that would leave the machine is refused as well.
    context.on('request', (r) => {
      if (!/^(file|data|blob):/.test(r.url())) requests.push(r.url());
    });
    await context.route(/^(https?|wss?|ftp):/, (route) => route.abort());
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`file://${path.join(PAGE_DIR, 'index.html')}`);
    await page.getByRole('button', { name: zh.createTemplate }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  afterEach(() => {
    expect(pageErrors).toEqual([]);
    expect(requests).toEqual([]);
  });

  async function shot(name: string, fullPage = true): Promise<void> {
    const file = path.join(SHOTS, `web-${name}.png`);
    await page.screenshot({ path: file, fullPage });
    // docs/images are tracked files: refreshed only when asked (QS_UPDATE_DOCS_IMAGES=1).
    if (process.env.QS_UPDATE_DOCS_IMAGES) fs.copyFileSync(file, path.join(ROOT, 'docs', 'images', `web-${name}.png`));
  }

  /** axe-core in the page (injected: @axe-core/playwright needs Node 22), every rule it runs by default. */
  async function expectAccessible(state: string): Promise<void> {
    // Colours are checked as they settle: not half way through a button's enabled transition.
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    // Evaluated, not added as a <script>: the page's policy allows no inline script.
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(fs.readFileSync(AXE_JS, 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run(c: Document): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }
      ).axe;
      const r = await axe.run(document);
      return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
    });
    expect({ state, violations }).toEqual({ state, violations: [] });
  }

  /** Leaves the print view if a test before stopped in it. */
  async function leavePrintView(): Promise<void> {
    if (await page.locator('#qs-print-root').count()) await page.getByRole('button', { name: '返回' }).click();
  }

  async function open(file: string): Promise<void> {
    await leavePrintView();
    await page.setInputFiles('#qs-file-input', file);
    await page
      .getByTestId('file-name')
      .filter({ hasText: path.basename(file) })
      .waitFor();
  }

  async function download(click: () => Promise<void>, as: string): Promise<string> {
    const [d] = await Promise.all([page.waitForEvent('download'), click()]);
    const file = path.join(dir, as);
    await d.saveAs(file);
    return file;
  }

  test('is one classic script from the same folder, ES2019, with no address outside the page', () => {
    const html = fs.readFileSync(path.join(PAGE_DIR, 'index.html'), 'utf8');
    expect(html).toMatch(/Content-Security-Policy[^>]*connect-src 'none'/);
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).not.toMatch(/type=["']?module/);
    expect(scripts[0]).toMatch(/src=["']?qs-assess-web\.js/);
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//);
    expect(fs.readdirSync(PAGE_DIR).filter((f) => f.endsWith('.js'))).toEqual(['qs-assess-web.js']);
    const js = fs.readFileSync(path.join(PAGE_DIR, 'qs-assess-web.js'), 'utf8');
    // Chromium 80 / Firefox 78 parse ES2019 (plus ?. and ??, which ES2019 mode would reject: none left).
    expect(() => parseJs(js, { ecmaVersion: 2019, sourceType: 'script' })).not.toThrow();
    expect(js).not.toMatch(/\bimport\(|import\.meta/);
  });

  test('ships the clerk’s help: the guide (zh, en), the reference and functions, with the guide’s screenshots', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { helpFiles } = require(path.join(ROOT, 'scripts', 'help-page.js')) as { helpFiles(): Record<string, string | Buffer> };
    // The files every door emits (axe and the rest are checked on them in help.e2e.test.ts); the
    // page's build minifies the HTML, so the same title, sections and screenshots, not the same bytes.
    const count = (html: string, re: RegExp) => (html.match(re) ?? []).length;
    for (const [name, content] of Object.entries(helpFiles())) {
      const file = path.join(PAGE_DIR, name);
      expect({ name, shipped: fs.existsSync(file) }).toEqual({ name, shipped: true });
      if (!name.endsWith('.html')) continue;
      const built = fs.readFileSync(file, 'utf8');
      const made = String(content);
      expect([/<title>[^<]*<\/title>/.exec(built)?.[0], count(built, /<h2\b/g), count(built, /<img\b/g)]).toEqual([
        /<title>[^<]*<\/title>/.exec(made)?.[0],
        count(made, /<h2\b/g),
        count(made, /<img\b/g),
      ]);
    }
  });

  test('before a file: the template and the sample download as real workbooks, and the sample opens', async () => {
    await expectAccessible('start');
    await shot('start');
    const template = await download(() => page.getByRole('button', { name: zh.createTemplate }).click(), 'template.xlsx');
    expect(XLSX.read(fs.readFileSync(template)).SheetNames).toEqual(expect.arrayContaining(['单位', '部门考核记录', '二级单位考核记录']));
    const downloadedSample = await download(() => page.getByRole('button', { name: zh.insertSample }).click(), 'sample-download.xlsx');
    // The template opened in the page (nothing was open); the sample is downloaded only.
    await page.getByTestId('file-name').filter({ hasText: 'QS考核模板.xlsx' }).waitFor();
    expect(sheetRows(downloadedSample, '单位').length).toBe(1 + sampleSheets().find((x) => x.name === '单位')!.rows.length);
  });

  test('sample: validate, the quarter and the year, downloaded and read back with the numbers of summarize --json', async () => {
    await open(sample);
    await shot('opened');
    await page.getByRole('button', { name: zh.validate }).click();
    await page.getByText(/^校验通过/).waitFor();
    await expectAccessible('validated');

    await page.getByRole('combobox', { name: zh.year, exact: true }).selectOption('2026');
    await page.getByRole('combobox', { name: zh.quarter, exact: true }).selectOption('3');
    await page.getByRole('button', { name: zh.generatePeriod(quarterPeriod(2026, 3)) }).click();
    await page.locator('button:enabled', { hasText: '下载 考核.2026Q3.summary.xlsx' }).waitFor();
    await page.getByTestId('unsaved').waitFor();
    // Beside the pane: the quarter's summary as it will print.
    await expect(page.getByTestId('sheet-preview').locator('section[data-sheet]').getAttribute('data-sheet')).resolves.toBe(
      '2026年第3季度考核汇总',
    );
    await expectAccessible('generated-quarter');
    // The pane's "open the sheet" link: with no Excel to switch to, the page shows that sheet's print view.
    await page
      .getByRole('button', { name: zh.openSheet('2026年第3季度扣分明细') })
      .first()
      .click();
    await expect(page.getByRole('combobox', { name: '打印内容', exact: true }).inputValue()).resolves.toBe('2026年第3季度扣分明细');
    await expect(page.locator('#qs-print-root section[data-sheet]').count()).resolves.toBe(1);
    await page.getByRole('button', { name: '返回' }).click();
    await shot('quarter');
    // 二级单位: the selected tab shows as selected, and 「不合格」 stays on one line.
    await page.getByRole('tab', { name: '二级单位' }).click();
    // Compared at rest: pointer away, no transition running.
    await page.mouse.move(1300, 700);
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    await page.waitForTimeout(300);
    const underline = (name: string) =>
      page.getByRole('tab', { name }).evaluate((el) => getComputedStyle(el).borderBottomColor + getComputedStyle(el).fontWeight);
    expect(await underline('二级单位')).not.toBe(await underline('部门'));
    const failedCells = page.getByTestId('ranking').locator('td', { hasText: /^不合格$/ });
    expect(await failedCells.count()).toBeGreaterThan(0);
    for (const lines of await failedCells.evaluateAll((tds) =>
      tds.map((td) => {
        const range = document.createRange();
        range.selectNodeContents(td);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      }),
    ))
      expect(lines).toBe(1);
    await shot('quarter-units', false);
    // Scrolled to the end: the bar (file, open, download, print) and the period with 生成 are still in view.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    for (const name of ['打开工作簿…', '打印预览', zh.generatePeriod(quarterPeriod(2026, 3))]) {
      const box = (await page.locator('button', { hasText: name }).first().boundingBox())!;
      expect({ name, top: box.y >= 0, bottom: box.y + box.height <= 768 }).toEqual({ name, top: true, bottom: true });
    }
    await shot('scrolled', false);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('tab', { name: '部门' }).click();
    const quarterFile = await download(
      () => page.getByRole('button', { name: '下载 考核.2026Q3.summary.xlsx' }).click(),
      'page-2026Q3.xlsx',
    );
    await expect(page.getByTestId('unsaved').count()).resolves.toBe(0);
    // The 考核通报 from the pane, written in the page by the same .docx writer as `qs-assess notice`.
    const [noticeDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: zh.downloadNotice }).click(),
    ]);
    // The command's name for it (qs-assess notice): the book, the period, 通报.
    expect(noticeDownload.suggestedFilename()).toBe('考核.2026Q3.通报.docx');
    const notice = path.join(dir, 'notice.docx');
    await noticeDownload.saveAs(notice);
    const documentXml = await (await JSZip.loadAsync(fs.readFileSync(notice))).file('word/document.xml')!.async('string');
    expect(documentXml.replace(/<[^>]+>/g, '')).toContain('关于2026年第3季度优质服务考核情况的通报');

    await page.getByRole('combobox', { name: zh.quarter, exact: true }).selectOption('year');
    await page.getByRole('button', { name: zh.generatePeriod(yearPeriod(2026)) }).click();
    await page.getByText('2026年度考核汇总').first().waitFor();
    await shot('year');
    const yearFile = await download(() => page.getByRole('button', { name: '下载 考核.2026.summary.xlsx' }).click(), 'page-2026.xlsx');

    // The numbers: every unit of the quarter and of the year, as the command computes them.
    const q = byUnit(sheetRows(quarterFile, '2026年第3季度考核汇总'));
    expect(q.size).toBe(json['2026Q3'].units.length);
    for (const u of json['2026Q3'].units) {
      const row = q.get(u.name)!;
      expect([row['得分'], row['等级'], row['名次'], row['单位罚款'], row['第一责任人罚款'], row['直接责任人罚款'], row['事件数']]).toEqual(
        [u.score, u.grade, u.rank, u.unitFine, u.headFine, u.personFine, u.events],
      );
    }
    const y = byUnit(sheetRows(yearFile, '2026年度考核汇总'));
    expect(y.size).toBe(json['2026'].units.length);
    for (const u of json['2026'].units) {
      const row = y.get(u.name)!;
      expect([row['第一季度'], row['第二季度'], row['第三季度'], row['第四季度'], row['年度得分'], row['等级'], row['名次']]).toEqual([
        ...u.quarters!,
        u.score,
        u.grade,
        u.rank,
      ]);
    }
    // The year's download still holds the quarter generated before it.
    expect(XLSX.read(fs.readFileSync(yearFile)).SheetNames).toEqual(expect.arrayContaining(['2026年第3季度考核汇总', '2026年度考核汇总']));

    // The user's parts byte for byte, and the quarter's file part for part as the command writes it.
    const original = await partsOf(sample);
    // The command also fingerprints what it writes (docProps/custom.xml, so a later run knows the
    // file is still its own: docs/cli.md); stamped the same way, the page's file equals it part for part.
    const fromPage = await partsOf(stampPackage(new Uint8Array(fs.readFileSync(quarterFile)), 'summary'));
    for (const [name, bytes] of original)
      if (/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) expect(fromPage.get(name)?.equals(bytes)).toBe(true);
    const fromCommand = await partsOf(path.join(dir, 'cmd-2026Q3.xlsx'));
    expect([...fromPage.keys()].sort()).toEqual([...fromCommand.keys()].sort());
    for (const [name, bytes] of fromCommand) expect({ name, same: fromPage.get(name)!.equals(bytes) }).toEqual({ name, same: true });
  });

  test('print view → PDF: A4 landscape pages with the title, every unit, the sign-off line and 第 N 页 共 M 页', async () => {
    await page.getByRole('button', { name: '打印预览' }).click();
    await page.locator('#qs-print-root section').first().waitFor();
    await expectAccessible('print-view');
    await shot('print-view', false);

    await page.getByRole('combobox', { name: '打印内容', exact: true }).selectOption('2026年第3季度考核汇总');
    const summaryPdf = path.join(dir, 'summary.pdf');
    await page.pdf({ path: summaryPdf, preferCSSPageSize: true, printBackground: true });
    const summary = pdfPages(summaryPdf);
    expectA4Landscape(summary.size);
    const all = squeeze(summary.text.join(''));
    expect(all).toContain(squeeze(`${json['2026Q3'].company} 2026年第3季度优质服务考核汇总表`));
    for (const u of json['2026Q3'].units) expect(all).toContain(squeeze(u.name));
    expect(all).toMatch(/制表人：.*审核人：.*批准人：/);
    summary.text.forEach((t, i) => expect(squeeze(t)).toContain(`第${i + 1}页共${summary.pages}页`));

    // The detail runs over several pages: its title and header rows are on every one.
    await page.getByRole('combobox', { name: '打印内容', exact: true }).selectOption('2026年第3季度扣分明细');
    const detailPdf = path.join(dir, 'detail.pdf');
    await page.pdf({ path: detailPdf, preferCSSPageSize: true, printBackground: true });
    const detail = pdfPages(detailPdf);
    expect(detail.pages).toBeGreaterThan(1);
    detail.text.forEach((t, i) => {
      expectA4Landscape(detail.size);
      expect(squeeze(t)).toContain(squeeze('2026年第3季度优质服务考核扣分明细表'));
      expect(squeeze(t)).toContain('事项描述');
      expect(squeeze(t)).toContain(`第${i + 1}页共${detail.pages}页`);
    });
  });

  test('a bad workbook: located errors, and the offending row’s cells on the page', async () => {
    const bad = path.join(dir, 'bad.xlsx');
    const where = await writeBadWorkbook(bad);
    // Dropped on the page this time, as a user drags it from the file manager.
    await leavePrintView();
    const dataTransfer = await page.evaluateHandle(
      ({ name, base64 }) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const dt = new DataTransfer();
        dt.items.add(new File([bytes], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
        return dt;
      },
      { name: path.basename(bad), base64: fs.readFileSync(bad).toString('base64') },
    );
    await page.dispatchEvent('body', 'dragover', { dataTransfer });
    await page.dispatchEvent('body', 'drop', { dataTransfer });
    await page.getByTestId('file-name').filter({ hasText: 'bad.xlsx' }).waitFor();
    await page.getByRole('button', { name: zh.validate }).click();
    await page.getByText(zh.errorsTitle(2)).waitFor();
    await shot('errors');
    const link = page.getByRole('button', { name: new RegExp(`第 ${where.row} 行`) }).first();
    await link.click();
    const view = page.getByTestId('row-view');
    await view.waitFor();
    await expect(view.locator('[data-hit="true"]').textContent()).resolves.toBe('不存在的供电所');
    await expect(view.getByRole('heading').textContent()).resolves.toContain(`「${where.sheet}」`);
    await expectAccessible('row-view');
    await shot('row-view');
  });

  test('in English and dark (the browser’s language and colour scheme): generated, 0 axe violations', async () => {
    const en = STRINGS.en;
    const dark = await browser.newContext({
      viewport: { width: 1366, height: 768 },
      locale: 'en-US',
      colorScheme: 'dark',
      acceptDownloads: true,
    });
    dark.on('request', (r) => {
      if (!/^(file|data|blob):/.test(r.url())) requests.push(r.url());
    });
    const main = page;
    page = await dark.newPage();
    try {
      page.on('pageerror', (e) => pageErrors.push(e.message));
      await page.goto(`file://${path.join(PAGE_DIR, 'index.html')}`);
      await page.getByRole('button', { name: en.createTemplate }).waitFor();
      await page.setInputFiles('#qs-file-input', sample);
      await page
        .getByTestId('file-name')
        .filter({ hasText: path.basename(sample) })
        .waitFor();
      await page.getByRole('combobox', { name: en.quarter, exact: true }).selectOption('3');
      await page.getByRole('button', { name: en.generatePeriod(quarterPeriod(2026, 3)) }).click();
      await page.locator('button:enabled', { hasText: 'Download 考核.2026Q3.summary.xlsx' }).waitFor();
      await expectAccessible('en-dark-generated');
      await shot('en-dark');
    } finally {
      page = main;
      await dark.close();
    }
  });
});
