// End to end: the task pane as webpack builds it, in headless Chromium at 320×640, backed by the
// Excel double (served in place of office.js) holding the bundled sample workbook. It validates,
// generates the 2026Q3 summary, and checks what the workbook received against the engine's own
// plan. Screenshots in Chinese and English, light and dark, go to test-artifacts/.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { parseWorkbook, parsePeriod, planSummaries, score, type Snapshot } from '../../src/engine';
import { sampleSheets } from '../../src/engine/template';
import { STRINGS, type Strings } from '../../src/taskpane/i18n';
import { DOUBLE_JS, OUT, PANE_DIR, ROOT, buildDouble, buildPane } from './build';

const CHROMIUM = '/usr/bin/chromium';
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const ORIGIN = 'https://localhost:3000';
const SHOTS = path.join(ROOT, 'test-artifacts', 'screenshots');
const haveChromium = fs.existsSync(CHROMIUM);
const mustRun = Boolean(process.env.CI);

if (!haveChromium && !mustRun) {
  console.warn(`SKIPPED task pane e2e: ${CHROMIUM} not found (install the Debian package chromium; with CI set this test fails instead).`);
}
const maybe = haveChromium || mustRun ? describe : describe.skip;

const MIME: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.png': 'image/png',
  '.xml': 'text/xml',
};

/** The values the summary sheet must hold: the engine's plan for the sample, as Excel would show them. */
function expectedSummary(): unknown[][] {
  const snapshot: Snapshot = { sheets: sampleSheets().map((s) => ({ name: s.name, values: [s.columns.map((c) => c.header), ...s.rows] })) };
  const { model, errors } = parseWorkbook(snapshot);
  expect(errors).toEqual([]);
  const plan = planSummaries(model, score(model, parsePeriod('2026Q3')!))[0];
  expect(plan.name).toBe('2026年第3季度考核汇总');
  return plan.values.map((row) => row.map((v) => v ?? ''));
}

maybe('task pane in Chromium over the Excel double', () => {
  let context: BrowserContext;
  let userDataDir: string;
  const blocked: string[] = [];

  beforeAll(async () => {
    if (!haveChromium) throw new Error(`${CHROMIUM} is missing and CI is set: install chromium`);
    fs.mkdirSync(SHOTS, { recursive: true });
    await Promise.all([buildPane(), buildDouble()]);
    userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qs-chromium-'));
    // A fresh profile (--user-data-dir) each run: Playwright takes it as launchPersistentContext's argument.
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      viewport: { width: 320, height: 640 },
      deviceScaleFactor: 1,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    // Nothing leaves the machine: office.js is the double, the pane comes from the build, and
    // every other request is refused and recorded.
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.href.split('?')[0] === OFFICE_JS_CDN) {
        return route.fulfill({ body: fs.readFileSync(DOUBLE_JS), contentType: 'text/javascript' });
      }
      if (url.origin === ORIGIN) {
        const file = path.join(PANE_DIR, decodeURIComponent(url.pathname));
        if (file.startsWith(PANE_DIR) && fs.existsSync(file) && fs.statSync(file).isFile()) {
          return route.fulfill({ body: fs.readFileSync(file), contentType: MIME[path.extname(file)] ?? 'application/octet-stream' });
        }
        return route.fulfill({ status: 404, body: 'not found' });
      }
      blocked.push(url.href);
      return route.abort();
    });
  }, 300_000);

  afterAll(async () => {
    await context?.close();
    if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
  });

  async function openPane(lang: string, theme: 'light' | 'dark'): Promise<{ page: Page; errors: string[] }> {
    // A new page loads office.js afresh: a new double holding the untouched sample.
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${ORIGIN}/taskpane.html?lang=${lang}&theme=${theme}`);
    return { page, errors };
  }

  async function validateAndGenerate(page: Page, s: Strings, shot: string): Promise<void> {
    await page.getByText(s.units(18, 8, 10)).waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: s.validate, exact: true }).click();
    await page.getByText(s.clean(18, 300)).waitFor();
    await page.screenshot({ path: path.join(SHOTS, `${shot}-validated.png`), fullPage: true });
    await page.getByLabel(s.year).selectOption('2026');
    await page.getByLabel(s.quarter).selectOption('3');
    await page.getByRole('button', { name: s.generateQuarter, exact: true }).click();
    await page.getByRole('button', { name: s.openSheet('2026年第3季度考核汇总') }).waitFor({ timeout: 20_000 });
    await page.screenshot({ path: path.join(SHOTS, `${shot}-generated.png`), fullPage: true });
  }

  test('zh, light: validates, generates 2026Q3, and the workbook holds the engine’s summary', async () => {
    const { page, errors } = await openPane('zh-CN', 'light');
    await validateAndGenerate(page, STRINGS.zh, 'zh-light');

    const got = await page.evaluate(() => {
      const d = (window as unknown as { __qsDouble: Record<string, (n?: string) => unknown> }).__qsDouble;
      return {
        sheets: d.sheetNames(),
        values: d.values('2026年第3季度考核汇总'),
        page: d.page('2026年第3季度考核汇总'),
        formulas: d.formulas('2026年第3季度考核汇总'),
        names: d.names(),
        registered: (d as unknown as { registered: string[] }).registered.length,
      };
    });
    expect(got.sheets).toEqual(expect.arrayContaining(['2026年第3季度考核汇总', '2026年第3季度扣分明细']));
    expect(got.values).toEqual(expectedSummary());
    expect(got.formulas).toBe(0);
    expect(got.page).toMatchObject({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      centerFooter: '第 &P 页 共 &N 页',
    });
    expect(got.names).toEqual(
      expect.arrayContaining([
        { name: 'QSAssess.2026Q3.summary', sheet: '2026年第3季度考核汇总', address: '$A$1' },
        { name: 'QSAssess.2026Q3.detail', sheet: '2026年第3季度扣分明细', address: '$A$1' },
      ]),
    );
    expect(got.registered).toBeGreaterThan(0); // the shared runtime's functions bundle loaded too
    // The pane fits 320 px: nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
  }, 120_000);

  test.each([
    ['zh-CN', 'dark', 'zh-dark', STRINGS.zh],
    ['en-US', 'light', 'en-light', STRINGS.en],
    ['en-US', 'dark', 'en-dark', STRINGS.en],
  ] as const)(
    '%s, %s: the same flow, in that language and theme',
    async (lang, theme, shot, s) => {
      const { page, errors } = await openPane(lang, theme);
      await validateAndGenerate(page, s, shot);
      const background = await page.evaluate(() => getComputedStyle(document.querySelector('.fui-FluentProvider')!).backgroundColor);
      expect(background).toBe(theme === 'dark' ? 'rgb(41, 41, 41)' : 'rgb(255, 255, 255)');
      const langs = await page.evaluate(() => [
        document.documentElement.lang,
        document.querySelector('.fui-FluentProvider')!.getAttribute('lang'),
      ]);
      expect(langs).toEqual(lang === 'zh-CN' ? ['zh-CN', 'zh-CN'] : ['en', 'en']);
      expect(errors).toEqual([]);
      expect(blocked).toEqual([]);
    },
    120_000,
  );

  afterAll(() => {
    // The README shows one Chinese light and one English dark pane. Refreshing them changes
    // tracked files, so it is asked for (QS_UPDATE_DOCS_IMAGES=1), never a side effect of a test run.
    if (!process.env.QS_UPDATE_DOCS_IMAGES) return;
    const images = path.join(ROOT, 'docs', 'images');
    fs.mkdirSync(images, { recursive: true });
    for (const shot of ['zh-light-generated', 'en-dark-generated']) {
      const from = path.join(SHOTS, `${shot}.png`);
      if (fs.existsSync(from)) fs.copyFileSync(from, path.join(images, `taskpane-${shot.replace('-generated', '')}.png`));
    }
    void OUT;
  });
});
