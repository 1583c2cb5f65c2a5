// The notice is browser-safe: bundled for the web with no Node polyfills (webpack fails on any
// Node built-in), run in headless Chromium, and the bytes it returns are a Word file whose XML
// holds the title and every unit.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { bundleForBrowser } from '../helpers/bundle';
import { chromium, type Browser } from 'playwright-core';
import { strFromU8, unzipSync } from 'fflate';
import { parsePeriod, parseWorkbook, sampleSheets, score } from '../../src/engine';
import { CHROMIUM, CHROMIUM_ARGS, haveChromium } from '../helpers/chromium';

const maybe = haveChromium || process.env.CI ? describe : describe.skip;
if (!haveChromium && !process.env.CI)
  console.warn(`SKIPPED notice in the browser: ${CHROMIUM} not installed. With env CI set it fails instead.`);

function bundle(outDir: string): Promise<void> {
  return bundleForBrowser(path.join(__dirname, 'browser-entry.ts'), path.join(outDir, 'notice.js'));
}

maybe('the notice in the browser', () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    if (!haveChromium) throw new Error(`${CHROMIUM} is missing and CI is set: install chromium`);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qs-notice-web-'));
    await bundle(dir);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
    });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('Snapshot → NoticePlan → .docx bytes in Chromium, no network, a Word file with the title and every unit', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    await page.route('**/*', (route) => {
      requests.push(route.request().url());
      return route.abort();
    });
    await page.setContent('<!doctype html><meta charset="utf-8"><title>notice</title>');
    await page.addScriptTag({ content: fs.readFileSync(path.join(dir, 'notice.js'), 'utf8') });
    const bytes = await page.evaluate(() => (window as unknown as { qsNotice: (p: string) => Promise<number[]> }).qsNotice('2026Q3'));
    expect(requests).toEqual([]);
    const xml = strFromU8(unzipSync(Uint8Array.from(bytes))['word/document.xml']);
    expect(xml).toContain('>优质服务考核情况的通报<');
    const { model } = parseWorkbook({
      sheets: sampleSheets().map((t) => ({ name: t.name, values: [t.columns.map((c) => c.header), ...t.rows] })),
    });
    for (const u of score(model, parsePeriod('2026Q3')!).units) expect(xml).toContain(`>${u.name}<`);
  }, 120_000);
});
