// The reader and the merge in a browser: webpack builds them for `target: 'web'` with no Node
// fallbacks (a Node module anywhere in their imports fails the build), and headless Chromium
// summarizes the bundled sample with them. The page's Snapshot and merged workbook must equal
// what Node computes with the same code, byte for byte, and the workbook must open in ExcelJS.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { bundleForBrowser } from '../helpers/bundle';
import { chromium, type Browser } from 'playwright-core';
import { parsePeriod, parseWorkbook, planSummaries, score } from '../../src/engine';
import { mergePlans, readSnapshot } from '../../src/xlsx';
import { writeSampleOrTemplate } from '../../src/cli/init';
import { CHROMIUM, CHROMIUM_ARGS, haveChromium } from '../helpers/chromium';
import { handBook, replaceBytes, sheetXml, storedCopy } from '../helpers/zip-surgery';

const mustRun = Boolean(process.env.CI);
if (!haveChromium && !mustRun) console.warn(`SKIPPED browser bundle test: ${CHROMIUM} not found (with CI set this test fails instead).`);
const maybe = haveChromium || mustRun ? describe : describe.skip;

maybe('the .xlsx layer in a browser', () => {
  let dir: string;
  let browser: Browser;
  beforeAll(async () => {
    if (!haveChromium) throw new Error(`${CHROMIUM} is missing and CI is set: install chromium`);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qs-browser-'));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('builds for the web with no Node modules, and summarizes the sample in Chromium as Node does', async () => {
    // Rejects with webpack's errors (an import of a Node module, say), which fails the test.
    await bundleForBrowser(path.join(__dirname, 'browser-entry.ts'), path.join(dir, 'dist', 'xlsx.js'), 'production');
    const script = fs.readFileSync(path.join(dir, 'dist', 'xlsx.js'), 'utf8');

    const sample = path.join(dir, 'sample.xlsx');
    await writeSampleOrTemplate(sample, true);
    const bytes = fs.readFileSync(sample);

    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>qs</title>');
    await page.addScriptTag({ content: script });
    const inPage = (await page.evaluate(([b, p]) => (globalThis as any).qsSummarize(b, p), [bytes.toString('base64'), '2026Q3'])) as {
      snapshot: unknown;
      errors: unknown[];
      plans: string[];
      merged: string;
    };
    await page.close();

    const snapshot = readSnapshot(bytes);
    expect(inPage.errors).toEqual([]);
    expect(inPage.snapshot).toEqual(snapshot);
    const { model } = parseWorkbook(snapshot);
    const plans = planSummaries(model, score(model, parsePeriod('2026Q3')!));
    expect(inPage.plans).toEqual(plans.map((p) => p.name));
    const merged = Buffer.from(inPage.merged, 'base64');
    expect(merged.equals(Buffer.from(mergePlans(bytes, plans, 'sample.xlsx')))).toBe(true);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(merged as unknown as ArrayBuffer);
    expect(wb.getWorksheet(plans[0].name)?.getCell('A1').value).toBe(plans[0].values[0][0]);
  }, 180_000);

  test('in Asia/Shanghai, a t="d" date reads as the day it states, and a damaged part is refused with the words of the command', async () => {
    const script = fs.readFileSync(path.join(dir, 'dist', 'xlsx.js'), 'utf8');
    const context = await browser.newContext({ timezoneId: 'Asia/Shanghai' });
    const page = await context.newPage();
    await page.setContent('<!doctype html><title>qs</title>');
    await page.addScriptTag({ content: script });
    const read = async (bytes: Uint8Array) =>
      (await page.evaluate((b) => (globalThis as any).qsRead(b), Buffer.from(bytes).toString('base64'))) as {
        snapshot?: unknown;
        error?: string;
      };
    expect(await page.evaluate(() => new Date(2026, 6, 1).getTimezoneOffset())).toBe(-480);
    const dated = handBook([{ name: '记录', xml: sheetXml([['日期'], [{ xml: '<c r="$REF" t="d"><v>2026-07-01T00:00:00</v></c>' }]]) }]);
    expect(await read(dated)).toEqual({
      snapshot: { sheets: [{ name: '记录', values: [['日期'], [Date.UTC(2026, 6, 1) / 86_400_000 + 25569]], top: 1, left: 1 }] },
    });
    const sample = fs.readFileSync(path.join(dir, 'sample.xlsx'));
    const damaged = replaceBytes(storedCopy(sample), '<t>S01</t>', '<t>S02</t>', true);
    let nodeSays = '';
    try {
      readSnapshot(damaged, { file: 'book.xlsx' });
    } catch (e) {
      nodeSays = (e as Error).message;
    }
    expect(nodeSays).toMatch(/CRC-32 校验不符/);
    expect(await read(damaged)).toEqual({ error: nodeSays });
    await context.close();
  }, 120_000);
});
