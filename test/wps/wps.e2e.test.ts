// End to end for the WPS add-in as `npm run build:wps` makes it (built here into test-artifacts/):
// - the package: the add-in folder in the wpsjs layout, the offline .7z and its XML files;
// - the hidden page (index.html) and the task pane (taskpane.html) in headless Chromium, with the
//   strict ET double injected as WPS's `Application`: the ribbon opens the pane, the pane
//   validates, generates 2026Q3 and the year 2026, and the cells written equal the engine's plans.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { bundleForBrowser, runWebpack } from '../helpers/bundle';
import { STRINGS } from '../../src/ui/strings';
import { quarterPeriod, yearPeriod } from '../../src/engine';
import { listArchive, sevenZip } from '../../scripts/wps-package/offline';
import { enginePlans, shown } from './helpers';
import { CHROMIUM, CHROMIUM_ARGS, haveChromium } from '../helpers/chromium';

const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, 'test-artifacts', 'wps');
const ADDIN = path.join(OUT, 'dist');
const OFFLINE = path.join(OUT, 'offline');
const DOUBLE_JS = path.join(OUT, 'et-double.js');
const ORIGIN = 'http://127.0.0.1:3889';
const mustRun = Boolean(process.env.CI);
if (!haveChromium && !mustRun) console.warn(`SKIPPED WPS e2e: ${CHROMIUM} not found (with CI set this test fails instead).`);
const maybe = haveChromium || mustRun ? describe : describe.skip;

async function buildAddin(): Promise<void> {
  process.env.QS_WPS_OUT_DIR = ADDIN;
  process.env.QS_WPS_OFFLINE_DIR = OFFLINE;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require(path.join(ROOT, 'webpack.wps.config.js'))({}, { mode: 'production' });
    await runWebpack(config);
  } finally {
    delete process.env.QS_WPS_OUT_DIR;
    delete process.env.QS_WPS_OFFLINE_DIR;
  }
}

function buildDouble(): Promise<void> {
  return bundleForBrowser(path.join(__dirname, 'double-entry.ts'), DOUBLE_JS);
}

function files(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

maybe('WPS add-in, built', () => {
  let context: BrowserContext;
  let userDataDir: string;
  const blocked: string[] = [];

  beforeAll(async () => {
    if (!haveChromium) throw new Error(`${CHROMIUM} is missing and CI is set: install chromium`);
    fs.rmSync(OUT, { recursive: true, force: true });
    await buildAddin();
    await buildDouble();
    userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qs-wps-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      viewport: { width: 320, height: 700 },
      args: CHROMIUM_ARGS,
    });
    await context.addInitScript({ path: DOUBLE_JS });
    // The add-in folder is served as WPS would load it; every other request is refused and recorded.
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin === ORIGIN) {
        const file = path.join(ADDIN, decodeURIComponent(url.pathname));
        if (file.startsWith(ADDIN) && fs.existsSync(file) && fs.statSync(file).isFile())
          return route.fulfill({ body: fs.readFileSync(file) });
        return route.fulfill({ status: 404, body: 'not found' });
      }
      blocked.push(url.href);
      return route.abort();
    });
  }, 400_000);

  afterAll(async () => {
    await context?.close();
    if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
  });

  test('the add-in folder has the wpsjs layout, and the offline package holds it under qs-assess_<version>/', () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const golden = JSON.parse(fs.readFileSync(path.join(__dirname, 'package-layout.golden.json'), 'utf8')) as Record<string, string[]>;
    expect(files(ADDIN).filter((f) => !f.endsWith('.LICENSE.txt'))).toEqual(golden.addin);
    expect(files(OFFLINE)).toEqual(golden.offline);
    const folder = `qs-assess_${version}`;
    const inArchive = listArchive(path.join(OFFLINE, 'qs-assess.7z')).filter((f) => !f.endsWith('.LICENSE.txt'));
    // The folders too (images/, help/, help/images/): 7-Zip lists them as entries of their own.
    const folders = [
      ...new Set(
        golden.addin
          .filter((f) => f.includes('/'))
          .flatMap((f) =>
            f
              .split('/')
              .slice(0, -1)
              .map((_, i, parts) => parts.slice(0, i + 1).join('/')),
          ),
      ),
    ];
    const expected = [
      folder,
      ...folders.map((d) => `${folder}/${d}`),
      ...golden.addin.filter((f) => f !== 'package.json').map((f) => `${folder}/${f}`),
    ];
    expect(inArchive).toEqual(expected.sort());

    expect(fs.readFileSync(path.join(ADDIN, 'ribbon.xml'), 'utf8')).toBe(
      fs.readFileSync(path.join(__dirname, 'ribbon.golden.xml'), 'utf8'),
    );
    const pkg = JSON.parse(fs.readFileSync(path.join(ADDIN, 'package.json'), 'utf8'));
    expect(pkg).toMatchObject({ name: 'qs-assess', version, addonType: 'et' });
    expect(fs.readFileSync(path.join(ADDIN, 'manifest.xml'), 'utf8')).toMatch(/<Uri>\/functions\.json<\/Uri>\s*<Namespace>QS<\/Namespace>/);
    const fj = JSON.parse(fs.readFileSync(path.join(ADDIN, 'functions.json'), 'utf8')) as {
      functions: { name: string; parameters: { type: string }[] }[];
    };
    expect(fj.functions.map((f) => f.name)).toEqual([
      'QUARTER',
      'WORKDAYS',
      'ADDWORKDAYS',
      'CHECK',
      'POINTS',
      'FINE',
      'SCORE',
      'GRADE',
      'RANK',
    ]);
    expect(fj.functions.find((f) => f.name === 'SCORE')!.parameters.map((p) => p.type)).toEqual([
      'string',
      'any',
      'any[][]',
      'any[][]?',
      'any[][]?',
      'any[][]?',
    ]);
    // The hidden page loads main.js blocking, so the ribbon callbacks exist before WPS asks.
    expect(fs.readFileSync(path.join(ADDIN, 'index.html'), 'utf8')).toMatch(/<script src="?main\.js"?><\/script>/);
    expect(fs.readFileSync(path.join(OFFLINE, 'jsplugins.xml'), 'utf8')).toContain(
      `<jsplugin name="qs-assess" type="et" version="${version}" url="file:///C:/QSAssess/qs-assess.7z"/>`,
    );
    expect(fs.readFileSync(path.join(OFFLINE, 'publish.xml'), 'utf8')).toContain(`url="${folder}"`);
    const publish = fs.readFileSync(path.join(OFFLINE, 'publish.html'), 'utf8');
    expect(publish).not.toContain('%ADDIN_');
    expect(publish).toContain('127.0.0.1:58890');
    // Unpacked, the archive is the add-in folder byte for byte.
    const unpacked = fs.mkdtempSync(path.join(os.tmpdir(), 'qs-wps-7z-'));
    try {
      execFileSync(sevenZip(), ['x', '-y', `-o${unpacked}`, path.join(OFFLINE, 'qs-assess.7z')], { stdio: 'pipe' });
      expect(fs.readFileSync(path.join(unpacked, folder, 'taskpane.js'))).toEqual(fs.readFileSync(path.join(ADDIN, 'taskpane.js')));
    } finally {
      fs.rmSync(unpacked, { recursive: true, force: true });
    }
  });

  async function open(pathName: string): Promise<{ page: Page; errors: string[] }> {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${ORIGIN}/${pathName}`);
    return { page, errors };
  }

  test('the hidden page registers the nine QS functions and the ribbon opens the pane beside it', async () => {
    const { page, errors } = await open('index.html');
    await page.waitForFunction(() => typeof (window as unknown as { OnAction?: unknown }).OnAction === 'function');
    const registered = await page.evaluate(() => (window as unknown as { __etDouble: { registered: string[] } }).__etDouble.registered);
    expect(registered).toEqual([
      'QS.QUARTER',
      'QS.WORKDAYS',
      'QS.ADDWORKDAYS',
      'QS.CHECK',
      'QS.POINTS',
      'QS.FINE',
      'QS.SCORE',
      'QS.GRADE',
      'QS.RANK',
    ]);
    expect(
      await page.evaluate(() => (window as unknown as { OnAction: (c: { Id: string }) => unknown }).OnAction({ Id: 'btnQsPane' })),
    ).toBe(true);
    await page.waitForFunction(() => (window as unknown as { __etDouble: { panes: () => unknown[] } }).__etDouble.panes().length === 1);
    const panes = await page.evaluate(() => (window as unknown as { __etDouble: { panes: () => unknown[] } }).__etDouble.panes());
    expect(panes).toEqual([{ id: 1, url: `${ORIGIN}/taskpane.html`, visible: true, dock: 2 }]);
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
  }, 60_000);

  test('the pane validates, generates 2026Q3 and the year 2026; every written cell equals the engine’s plans', async () => {
    const s = STRINGS.zh;
    const { page, errors } = await open('taskpane.html');
    await page.getByTestId('overview-line').waitFor({ timeout: 30_000 });
    await page.getByLabel(s.year, { exact: true }).selectOption('2026');
    await page.getByLabel(s.quarter, { exact: true }).selectOption('3');
    await page.getByRole('button', { name: s.validate, exact: true }).click();
    await page.getByTestId('results').waitFor();
    await page.getByRole('button', { name: s.generatePeriod(quarterPeriod(2026, 3)), exact: true }).click();
    await page.getByTestId('generated-note').waitFor({ timeout: 30_000 });
    fs.mkdirSync(path.join(OUT, 'screenshots'), { recursive: true });
    await page.screenshot({ path: path.join(OUT, 'screenshots', 'wps-pane-quarter.png'), fullPage: true });
    await page.getByLabel(s.quarter, { exact: true }).selectOption('year');
    await page.getByRole('button', { name: s.generatePeriod(yearPeriod(2026)), exact: true }).click();
    await page.getByRole('heading', { name: s.resultsTitle(s.periodName(yearPeriod(2026))) }).waitFor({ timeout: 30_000 });

    for (const plan of [...enginePlans('2026Q3'), ...enginePlans('2026')]) {
      const got = await page.evaluate((name) => {
        const d = (window as unknown as { __etDouble: Record<string, (n: string) => unknown> }).__etDouble;
        return { values: d.values(name) as unknown[][], formulas: d.formulas(name), page: d.page(name) };
      }, plan.name);
      const want = shown(plan);
      expect(want.map((row, r) => row.map((_, c) => got.values[r]?.[c] ?? ''))).toEqual(want);
      expect(got.formulas).toBe(0);
      expect(got.page).toMatchObject({ Orientation: 2, PaperSize: 9, FitToPagesWide: 1, CenterFooter: '第 &P 页 共 &N 页' });
    }
    const names = await page.evaluate(() => (window as unknown as { __etDouble: { names: () => unknown } }).__etDouble.names());
    expect(names).toEqual(
      expect.arrayContaining([
        { name: 'QSAssess.2026Q3.summary', refersTo: "='2026年第3季度考核汇总'!$A$1" },
        { name: 'QSAssess.2026.annual', refersTo: "='2026年度考核汇总'!$A$1" },
      ]),
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
  }, 120_000);
});
