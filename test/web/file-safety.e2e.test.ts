// End to end, in headless Chromium from file://, with real files on disk changed between steps:
// a workbook dropped from the file manager (a real drag through the DevTools protocol, so the
// page gets a real File System Access handle) is re-read after it is fixed in "Excel" (new
// errors, not the old ones); 保存回原文件 is refused when the file changed after it was read,
// with a download offered instead and the original untouched; a file opened through the file
// input that changed on disk is not silently used stale (the page asks for it again); a Word
// document renamed .xlsx is refused at the top with its real kind and never shown as opened.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as XLSX from '@e965/xlsx';
import { Document, Packer, Paragraph } from 'docx';
import { chromium, type Browser, type Page } from 'playwright-core';
import { quarterPeriod, sampleSheets } from '../../src/engine';
import { writeSampleOrTemplate } from '../../src/cli/init';
import { writeTemplateWorkbook } from '../../src/xlsx';
import { STRINGS } from '../../src/ui/strings';
import { buildPage, OUT, PAGE_DIR } from './build';
import { CHROMIUM, CHROMIUM_ARGS, haveChromium } from '../helpers/chromium';

const zh = STRINGS.zh;
const SHOTS = path.join(OUT, 'screenshots');
const mustRun = Boolean(process.env.CI);
if (!haveChromium && !mustRun) console.warn(`SKIPPED page file-safety e2e: ${CHROMIUM} not found (with CI set this test fails instead).`);
const maybe = haveChromium || mustRun ? describe : describe.skip;

jest.setTimeout(600_000);

/** The sample with `bad` unknown units in the ledger: `bad` located errors on 校验. */
async function writeWithUnknownUnits(file: string, bad: number): Promise<void> {
  const sheets = sampleSheets();
  const ledger = sheets.find((s) => s.name === '二级单位考核记录')!;
  const unitCol = ledger.columns.findIndex((c) => c.header === '单位');
  for (let i = 0; i < bad; i++) {
    ledger.rows[i] = [...ledger.rows[i]];
    ledger.rows[i][unitCol] = `不存在的供电所${i + 1}`;
  }
  fs.writeFileSync(file, writeTemplateWorkbook(sheets));
}

/** Sets a file's modification time: "saved again in Excel" at a given moment. */
function touch(file: string, secondsLater: number): void {
  const t = new Date(Date.now() + secondsLater * 1000);
  fs.utimesSync(file, t, t);
}

maybe('the page and the file on disk (Chromium, file://)', () => {
  let browser: Browser;
  let page: Page;
  let dir: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qs-web-disk-'));
    await buildPage();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', acceptDownloads: true });
    await context.route(/^(https?|wss?|ftp):/, (route) => route.abort());
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`file://${path.join(PAGE_DIR, 'index.html')}`);
    await page.getByRole('button', { name: zh.createTemplate }).first().waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  afterEach(() => expect(pageErrors).toEqual([]));

  async function shot(name: string): Promise<void> {
    const file = path.join(SHOTS, `web-${name}.png`);
    await page.screenshot({ path: file });
    if (process.env.QS_UPDATE_DOCS_IMAGES) fs.copyFileSync(file, path.join(__dirname, '..', '..', 'docs', 'images', `web-${name}.png`));
  }

  /** A real drag of a file from the file manager: Chromium gives the page a handle to the file on disk. */
  async function dropFromDisk(file: string): Promise<void> {
    const cdp = await page.context().newCDPSession(page);
    const data = { items: [], files: [file], dragOperationsMask: 1 };
    for (const type of ['dragEnter', 'dragOver', 'drop'] as const)
      await cdp.send('Input.dispatchDragEvent', { type, x: 400, y: 400, data });
    await cdp.detach();
    await page
      .getByTestId('file-name')
      .filter({ hasText: path.basename(file) })
      .waitFor();
  }

  test('re-reads the fixed file through its handle: 校验 shows the new content, not the old errors', async () => {
    const file = path.join(dir, '考核.xlsx');
    await writeWithUnknownUnits(file, 2);
    await dropFromDisk(file);
    await page.getByRole('button', { name: zh.validate, exact: true }).click();
    await page.getByText(zh.errorsTitle(2)).waitFor();

    // The clerk fixes one row in Excel and saves.
    await writeWithUnknownUnits(file, 1);
    touch(file, 5);
    await page.getByRole('button', { name: zh.validate, exact: true }).click();
    await page.getByText(zh.errorsTitle(1)).waitFor();
    await page.getByText('已重新读取原文件').waitFor();
    // The list the pane scrolled to is in view, below the bar and the sticky period controls.
    // (Polled: the page scrolls once more after the bar grown by the status message settles.)
    const placement = async () => {
      const title = (await page.getByText(zh.errorsTitle(1)).boundingBox())!;
      const controls = (await page.getByRole('region', { name: zh.period }).boundingBox())!;
      return { belowControls: title.y >= controls.y + controls.height - 1, inView: title.y + title.height <= 768 };
    };
    let placed = await placement();
    for (let i = 0; i < 50 && !(placed.belowControls && placed.inView); i++) {
      await page.waitForTimeout(100);
      placed = await placement();
    }
    expect(placed).toEqual({ belowControls: true, inView: true });
    await shot('reread');

    // And the rest: 校验 passes on the file as it is now.
    await writeSampleOrTemplate(file, true);
    touch(file, 10);
    await page.getByRole('button', { name: zh.validate, exact: true }).click();
    await page.getByText(/^校验通过/).waitFor();
  });

  test('保存回原文件 is refused when the file changed after it was read; a download is offered; the file is untouched', async () => {
    const file = path.join(dir, '考核.xlsx');
    await page.getByRole('combobox', { name: zh.quarter, exact: true }).selectOption('3');
    await page.getByRole('button', { name: zh.generatePeriod(quarterPeriod(2026, 3)) }).click();
    await page.locator('button:enabled', { hasText: '保存回原文件' }).waitFor();

    // Meanwhile someone edits and saves the workbook in Excel.
    await writeWithUnknownUnits(file, 3);
    touch(file, 20);
    const onDisk = fs.readFileSync(file);
    await page.getByRole('button', { name: '保存回原文件' }).click();
    await page.getByRole('button', { name: '确定覆盖原文件' }).click();
    const conflict = page.getByTestId('save-conflict');
    await conflict.getByText('原文件已被修改,未保存').waitFor();
    await shot('save-conflict');
    expect(fs.readFileSync(file).equals(onDisk)).toBe(true);

    const [download] = await Promise.all([page.waitForEvent('download'), conflict.getByRole('button', { name: '改为下载副本' }).click()]);
    const copy = path.join(dir, 'copy.xlsx');
    await download.saveAs(copy);
    expect(XLSX.read(fs.readFileSync(copy)).SheetNames).toContain('2026年第3季度考核汇总');
    expect(fs.readFileSync(file).equals(onDisk)).toBe(true);

    // Or read it again: the edits made meanwhile are what 校验 now sees.
    await page.getByRole('button', { name: '保存回原文件' }).click();
    await page.getByRole('button', { name: '确定覆盖原文件' }).click();
    await conflict.getByRole('button', { name: '重新读取原文件' }).click();
    await page.getByText('已重新读取原文件').waitFor();
    await page.getByRole('button', { name: zh.validate, exact: true }).click();
    await page.getByText(zh.errorsTitle(3)).waitFor();
  });

  test('a file opened through the file input that changed on disk: the page says to open it again', async () => {
    const file = path.join(dir, '表单.xlsx');
    await writeSampleOrTemplate(file, true);
    await page.setInputFiles('#qs-file-input', file);
    await page.getByTestId('file-name').filter({ hasText: '表单.xlsx' }).waitFor();
    await writeWithUnknownUnits(file, 1);
    touch(file, 30);
    await page.getByRole('button', { name: zh.validate, exact: true }).click();
    await page.getByText(/「表单\.xlsx」在本页打开后已被修改.*请点「打开工作簿…」重新选择这个文件/).waitFor();
    await shot('ask-again');
  });

  test('a Word document renamed .xlsx: one clear message at the top, not opened, the earlier file still open', async () => {
    const file = path.join(dir, '通报.xlsx');
    fs.writeFileSync(file, await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('通报')] }] })));
    await page.setInputFiles('#qs-file-input', file);
    const alert = page.getByRole('alert').filter({ hasText: '「通报.xlsx」是 Word 文档(.docx),不是 Excel 工作簿' });
    await alert.waitFor();
    await expect(page.getByTestId('file-name').textContent()).resolves.toContain('表单.xlsx');
    expect(await alert.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(768);
    await shot('not-a-workbook');
    // The next good file clears it.
    await page.setInputFiles('#qs-file-input', path.join(dir, '考核.xlsx'));
    await page.getByTestId('file-name').filter({ hasText: '考核.xlsx' }).waitFor();
    await expect(page.getByText('是 Word 文档').count()).resolves.toBe(0);
  });
});
