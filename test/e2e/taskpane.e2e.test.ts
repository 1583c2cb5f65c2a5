// End to end: the task pane as webpack builds it, in headless Chromium at 320×640, backed by the
// Excel double (served in place of office.js). In Chinese and English, light and dark, it drives
// every state — first run, template, errors, results for a quarter and a year, a unit's events,
// the generated list, delete — and runs axe-core in the page for each (0 violations); it checks
// what the workbook received against the engine's own plan. Screenshots go to test-artifacts/.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { parseWorkbook, parsePeriod, planSummaries, quarterPeriod, score, yearPeriod, type Snapshot } from '../../src/engine';
import { sampleSheets } from '../../src/engine/template';
import { STRINGS, type Strings } from '../../src/ui/strings';
import { DOUBLE_JS, OUT, PANE_DIR, ROOT, buildDouble, buildPane } from './build';
import { CHROMIUM, CHROMIUM_ARGS, haveChromium } from '../helpers/chromium';

const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const ORIGIN = 'https://localhost:3000';
const SHOTS = path.join(ROOT, 'test-artifacts', 'screenshots');
const AXE_JS = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
/** The screenshots docs/taskpane.md shows, copied to docs/images/taskpane-<name>.png on request. */
const DOC_SHOTS = [
  'zh-light-first-run',
  'zh-light-template',
  'zh-light-errors',
  'zh-light-generated',
  'zh-light-unit',
  'zh-light-year',
  'zh-light-deleted',
  'en-dark-generated',
  'en-dark-first-run',
  'zh-dark-generated',
  'en-light-generated',
  'zh-light-compat',
];
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
  // The sheet is a rectangle as wide as the plan's widest row (the chart's data block, right of the table).
  const width = Math.max(...plan.values.map((row) => row.length));
  return plan.values.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ''));
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
      args: CHROMIUM_ARGS,
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

  async function openPane(lang: string, theme: 'light' | 'dark', book = 'sample'): Promise<{ page: Page; errors: string[] }> {
    // A new page loads office.js afresh: a new double holding the untouched workbook.
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${ORIGIN}/taskpane.html?lang=${lang}&theme=${theme}&book=${book}`);
    return { page, errors };
  }

  /** axe-core in the page (injected: @axe-core/playwright needs Node 22): every rule it runs by default, 0 violations. */
  async function expectAccessible(page: Page, state: string): Promise<void> {
    if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_JS });
    // A message bar fading in is half its contrast for a moment: judge the pane at rest, as a person reads it.
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run(c: Document): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }
      ).axe;
      const r = await axe.run(document);
      return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
    });
    expect([state, violations]).toEqual([state, []]);
  }

  async function shot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: false });
    await page.screenshot({ path: path.join(SHOTS, `${name}-full.png`), fullPage: true });
  }

  /** Every state of the pane, in one language and theme, each screenshotted and checked with axe. */
  async function everyState(lang: string, theme: 'light' | 'dark', tag: string, s: Strings): Promise<Page> {
    // First run: an empty workbook offers the template and the sample as the main actions.
    const empty = await openPane(lang, theme, 'empty');
    await empty.page.getByTestId('first-run').waitFor({ timeout: 20_000 });
    await shot(empty.page, `${tag}-first-run`);
    await expectAccessible(empty.page, `${tag} first run`);
    await empty.page.getByRole('button', { name: s.createTemplate, exact: true }).click();
    await empty.page.getByText(s.nextAfterTemplate).waitFor();
    await shot(empty.page, `${tag}-template`);
    await expectAccessible(empty.page, `${tag} template`);
    expect(empty.errors).toEqual([]);
    await empty.page.close();

    // Errors, grouped by sheet, each a link.
    const bad = await openPane(lang, theme, 'errors');
    await bad.page.getByTestId('overview-line').waitFor({ timeout: 20_000 });
    await bad.page.getByRole('button', { name: s.validate, exact: true }).click();
    await bad.page.getByTestId('errors').waitFor();
    await shot(bad.page, `${tag}-errors`);
    await expectAccessible(bad.page, `${tag} errors`);
    expect(bad.errors).toEqual([]);
    await bad.page.close();

    // The sample: results after 校验, after 生成, for a year, the generated list, delete.
    const { page, errors } = await openPane(lang, theme);
    await page.getByTestId('overview-line').waitFor({ timeout: 20_000 });
    await page.getByLabel(s.year, { exact: true }).selectOption('2026');
    await page.getByLabel(s.quarter, { exact: true }).selectOption('3');
    await page.getByRole('button', { name: s.validate, exact: true }).click();
    await page.getByTestId('results').waitFor();
    await shot(page, `${tag}-validated`);
    await expectAccessible(page, `${tag} validated`);
    await page.getByRole('button', { name: s.generatePeriod(quarterPeriod(2026, 3)), exact: true }).click();
    await page.getByTestId('generated-note').waitFor({ timeout: 20_000 });
    // Focus went to the result it produced, and it is on screen.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('qs-results-title');
    await shot(page, `${tag}-generated`);
    await expectAccessible(page, `${tag} generated`);
    await page.getByRole('tab', { name: s.categories['二级单位'] }).click();
    await page.getByRole('button', { name: s.showUnit('城区供电所') }).click();
    await page.getByTestId('unit-events').waitFor();
    await shot(page, `${tag}-unit`);
    await expectAccessible(page, `${tag} unit`);
    await page.getByLabel(s.quarter, { exact: true }).selectOption('year');
    await page.getByRole('button', { name: s.generatePeriod(yearPeriod(2026)), exact: true }).click();
    await page.getByRole('heading', { name: s.resultsTitle(s.periodName(yearPeriod(2026))) }).waitFor({ timeout: 20_000 });
    await shot(page, `${tag}-year`);
    await expectAccessible(page, `${tag} year`);
    const list = page.getByTestId('generated');
    await list.getByRole('button', { name: s.deleteLabel(s.periodName(quarterPeriod(2026, 3))) }).click();
    await list.getByRole('button', { name: s.confirm, exact: true }).click();
    await page.getByText(s.deleted(s.periodName(quarterPeriod(2026, 3)))).waitFor();
    await list.scrollIntoViewIfNeeded();
    await shot(page, `${tag}-deleted`);
    await expectAccessible(page, `${tag} deleted`);
    // The pane fits 320 px: nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(errors).toEqual([]);
    return page;
  }

  test('zh, light: every state; the workbook holds the engine’s summary; delete removes it', async () => {
    const page = await everyState('zh-CN', 'light', 'zh-light', STRINGS.zh);
    const got = await page.evaluate(() => {
      const d = (window as unknown as { __qsDouble: Record<string, (n?: string) => unknown> }).__qsDouble;
      return {
        sheets: d.sheetNames(),
        names: d.names(),
        registered: (d as unknown as { registered: string[] }).registered.length,
        annual: d.values('2026年度考核汇总'),
      };
    });
    expect(got.sheets).toEqual(expect.arrayContaining(['2026年度考核汇总']));
    expect(got.sheets).not.toContain('2026年第3季度考核汇总'); // deleted from the list
    expect(got.names).toEqual(expect.arrayContaining([{ name: 'QSAssess.2026.annual', sheet: '2026年度考核汇总', address: '$A$1' }]));
    expect(got.registered).toBeGreaterThan(0); // the shared runtime's functions bundle loaded too
    expect(blocked).toEqual([]);
    await page.close();
  }, 240_000);

  test('zh, light: the summary written is the engine’s plan, print setup included', async () => {
    const { page, errors } = await openPane('zh-CN', 'light');
    await page.getByTestId('overview-line').waitFor({ timeout: 20_000 });
    await page.getByLabel(STRINGS.zh.quarter, { exact: true }).selectOption('3');
    await page.getByRole('button', { name: STRINGS.zh.generatePeriod(quarterPeriod(2026, 3)), exact: true }).click();
    await page.getByTestId('generated-note').waitFor({ timeout: 20_000 });
    const got = await page.evaluate(() => {
      const d = (window as unknown as { __qsDouble: Record<string, (n?: string) => unknown> }).__qsDouble;
      return {
        values: d.values('2026年第3季度考核汇总'),
        page: d.page('2026年第3季度考核汇总'),
        formulas: d.formulas('2026年第3季度考核汇总'),
        names: d.names(),
      };
    });
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
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  test.each([
    ['zh-CN', 'dark', 'zh-dark', STRINGS.zh],
    ['en-US', 'light', 'en-light', STRINGS.en],
    ['en-US', 'dark', 'en-dark', STRINGS.en],
  ] as const)(
    '%s, %s: every state, in that language and theme',
    async (lang, theme, tag, s) => {
      const page = await everyState(lang, theme, tag, s);
      const background = await page.evaluate(() => getComputedStyle(document.querySelector('.fui-FluentProvider')!).backgroundColor);
      expect(background).toBe(theme === 'dark' ? 'rgb(41, 41, 41)' : 'rgb(255, 255, 255)');
      const langs = await page.evaluate(() => [
        document.documentElement.lang,
        document.querySelector('.fui-FluentProvider')!.getAttribute('lang'),
      ]);
      expect(langs).toEqual(lang === 'zh-CN' ? ['zh-CN', 'zh-CN'] : ['en', 'en']);
      expect(blocked).toEqual([]);
      await page.close();
    },
    240_000,
  );

  test('an Excel without the shared runtime gets a page that says so, in its language', async () => {
    for (const [lang, s, tag] of [
      ['zh-CN', STRINGS.zh, 'zh-light'],
      ['en-US', STRINGS.en, 'en-light'],
    ] as const) {
      const { page, errors } = await openPane(lang, 'light', 'old-excel');
      await page.getByTestId('compat').waitFor({ timeout: 20_000 });
      expect(await page.textContent('main')).toContain(s.compatSets('SharedRuntime 1.1'));
      await shot(page, `${tag}-compat`);
      await expectAccessible(page, `${tag} compat`);
      expect(errors).toEqual([]);
      await page.close();
    }
  }, 120_000);

  test('200% zoom (a 160 px wide pane): one column, nothing scrolls sideways, 0 axe violations', async () => {
    const { page, errors } = await openPane('zh-CN', 'light');
    await page.setViewportSize({ width: 160, height: 320 });
    await page.getByTestId('overview-line').waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: STRINGS.zh.validate, exact: true }).click();
    await page.getByTestId('results').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(160);
    await shot(page, 'zh-light-zoom200');
    await expectAccessible(page, 'zoom 200%');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  afterAll(() => {
    // The README shows one Chinese light and one English dark pane. Refreshing them changes
    // tracked files, so it is asked for (QS_UPDATE_DOCS_IMAGES=1), never a side effect of a test run.
    if (!process.env.QS_UPDATE_DOCS_IMAGES) return;
    const images = path.join(ROOT, 'docs', 'images');
    fs.mkdirSync(images, { recursive: true });
    for (const name of DOC_SHOTS) {
      const from = path.join(SHOTS, `${name}.png`);
      if (fs.existsSync(from)) fs.copyFileSync(from, path.join(images, `taskpane-${name}.png`));
    }
    void OUT;
  });
});
