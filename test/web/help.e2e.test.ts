// The clerk's help, as every door ships it (help/ beside the Excel pane, the page and the WPS pane,
// so also inside the WPS .7z): the guide in Chinese (index.html) and English (en.html) with its
// contents list and screenshots, the reference and the functions. Each page is opened from file://
// in headless Chromium: axe-core finds 0 violations, no raw Markdown is left, every screenshot
// loads, every contents link lands on a heading, and no developer material (source paths, SPEC,
// nginx) reaches the clerk. The three webpack configs are checked to emit this same help/.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, haveChromium } from '../helpers/chromium';

const ROOT = path.resolve(__dirname, '../..');
const AXE_JS = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const help = require(path.join(ROOT, 'scripts', 'help-page.js')) as {
  helpFiles(): Record<string, string | Buffer>;
  HelpPlugin: new () => unknown;
};
const mustRun = Boolean(process.env.CI);
if (!haveChromium && !mustRun) console.warn(`SKIPPED help e2e: ${CHROMIUM} not found (with CI set this test fails instead).`);
const maybe = haveChromium || mustRun ? describe : describe.skip;

jest.setTimeout(300_000);

test('each door’s build (Excel, the page, WPS and so its .7z) emits the one help/', () => {
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    for (const config of ['webpack.config.js', 'webpack.web.config.js', 'webpack.wps.config.js']) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const made = require(path.join(ROOT, config))({}, { mode: 'production' });
      const plugins = (Array.isArray(made) ? made : [made]).flatMap((c: { plugins?: unknown[] }) => c.plugins ?? []);
      expect({ config, help: plugins.some((p: unknown) => p instanceof help.HelpPlugin) }).toEqual({ config, help: true });
    }
  } finally {
    process.chdir(cwd);
  }
});

maybe('the help pages in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qs-help-'));
    for (const [name, content] of Object.entries(help.helpFiles())) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), content);
    }
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  async function axe(): Promise<string[]> {
    await page.evaluate(fs.readFileSync(AXE_JS, 'utf8'));
    return page.evaluate(async () => {
      const a = (window as unknown as { axe: { run(d: Document): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
      return (await a.run(document)).violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
  }

  for (const [file, lang, first] of [
    ['index.html', 'zh-CN', '打开工作簿'],
    ['en.html', 'en', 'Open the workbook'],
  ] as const) {
    test(`${file}: the guide, tasks in order with a contents list and screenshots, 0 axe violations`, async () => {
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`file://${path.join(dir, 'help', file)}`);
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
        expect({ scheme, violations: await axe() }).toEqual({ scheme, violations: [] });
      }
      const headings = await page.locator('main h2').allTextContents();
      expect(headings[0]).toBe(first);
      expect(headings.length).toBeGreaterThanOrEqual(8);
      // The contents list: one link per task, each landing on its heading.
      const links = await page.locator('nav a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
      expect(links.length).toBe(headings.length);
      for (const id of links) expect(await page.locator(`[id="${decodeURIComponent(id)}"]`).count()).toBe(1);
      // Screenshots load; no Markdown left unrendered; no developer material.
      // Lazy images load as the clerk scrolls; here, all at once.
      const images = await page.locator('main img').evaluateAll((imgs) =>
        Promise.all(
          imgs.map((i) => {
            const img = i as HTMLImageElement;
            img.loading = 'eager';
            return img.decode().then(
              () => img.naturalWidth,
              () => 0,
            );
          }),
        ),
      );
      expect(images.length).toBeGreaterThanOrEqual(4);
      for (const w of images) expect(w).toBeGreaterThan(0);
      const text = await page.locator('body').innerText();
      expect(text).not.toMatch(/!\[|\]\(|\*\*|^#+ /m);
      expect(text).not.toMatch(/src\/|SPEC|nginx|ES2019|webpack/);
      await page.screenshot({ path: path.join(ROOT, 'test-artifacts', `help-${file}.png`) });
    });
  }

  for (const file of ['reference.html', 'functions.html']) {
    test(`${file}: 0 axe violations, no raw Markdown, no source paths`, async () => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(`file://${path.join(dir, 'help', file)}`);
      expect(await axe()).toEqual([]);
      const text = await page.locator('body').innerText();
      expect(text).not.toMatch(/!\[|\]\([^)]*\.md/);
      expect(text).not.toMatch(/src\/engine|SPEC/);
    });
  }
});
