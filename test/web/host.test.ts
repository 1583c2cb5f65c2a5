// The page's WorkbookHost over real .xlsx bytes (the bundled sample written by `qs-assess init`'s
// code), with the page's own port: the xlsx layer's reader and package merge, ExcelJS for fresh
// workbooks. Only the download is a recorder (a browser's save dialog cannot run in Node).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { parsePeriod, parseWorkbook, planSummaries, score, type SheetPlan } from '../../src/engine';
import { writeSampleOrTemplate } from '../../src/cli/init';
import { WorkbookError } from '../../src/ui/host';
import { browserXlsx } from '../../src/web/browser-xlsx';
import { checkPicked, FileRefused } from '../../src/web/files';
import { SAMPLE_FILE, TEMPLATE_FILE, webHost, XLSX_MIME } from '../../src/web/host';
import { WorkbookSession, type SessionEvent } from '../../src/web/session';

let sampleBytes: Uint8Array;

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qs-web-host-'));
  const file = path.join(dir, 'sample.xlsx');
  await writeSampleOrTemplate(file, true);
  sampleBytes = new Uint8Array(fs.readFileSync(file));
  fs.rmSync(dir, { recursive: true, force: true });
});

function setUp() {
  const session = new WorkbookSession();
  const downloads: { name: string; bytes: Uint8Array; mime: string }[] = [];
  const host = webHost(session, browserXlsx, async (name, bytes, mime) => {
    downloads.push({ name, bytes, mime });
  });
  const events: SessionEvent[] = [];
  session.subscribe((e) => events.push(e));
  return { session, host, downloads, events };
}

async function plansOf(host: ReturnType<typeof setUp>['host'], period: string): Promise<SheetPlan[]> {
  const { model, errors } = parseWorkbook(await host.readSnapshot());
  expect(errors).toEqual([]);
  return planSummaries(model, score(model, parsePeriod(period)!));
}

async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files)) if (!zip.files[name].dir) out.set(name, await zip.files[name].async('base64'));
  return out;
}

describe('the page’s workbook host', () => {
  it('reads nothing before a file is opened, and refuses to write', async () => {
    const { host } = setUp();
    expect(await host.readSnapshot()).toEqual({ sheets: [] });
    await expect(host.renderPlans([])).rejects.toMatchObject({ kind: 'not-found', message: expect.stringContaining('打开工作簿') });
  });

  it('merges generated summaries into the bytes in memory, keeping every user part byte for byte', async () => {
    const { session, host, events } = setUp();
    session.open({ name: '考核.xlsx', bytes: sampleBytes, handle: null });
    const plans = await plansOf(host, '2026Q3');
    const progress: [number, number][] = [];
    const outcome = await host.renderPlans(plans, (d, t) => progress.push([d, t]));
    expect(outcome.written).toEqual(plans.map((p) => p.name));
    expect(progress.at(-1)).toEqual([plans.length, plans.length]);
    expect(session.summaryName).toBe('考核.2026Q3.summary.xlsx');
    expect(host.bookName?.()).toBe('考核.xlsx');
    expect(events.map((e) => e.type)).toEqual(['opened', 'generated']);

    const before = await parts(sampleBytes);
    const after = await parts(session.current!);
    for (const [name, data] of before) if (name.startsWith('xl/worksheets/')) expect(after.get(name)).toBe(data);
    // What the page knows without reading the bytes again is what reading them gives.
    const known = await host.readSnapshot();
    const read = await browserXlsx.read(session.current!, '考核.xlsx');
    expect(known.sheets.map((s) => [s.name, Boolean(s.generated)])).toEqual(read.sheets.map((s) => [s.name, Boolean(s.generated)]));
    for (const sheet of read.sheets.filter((s) => !s.generated)) expect(known.sheets.find((s) => s.name === sheet.name)).toEqual(sheet);
    expect(parseWorkbook(known)).toEqual(parseWorkbook(read));
    // Read back: the user's sheets as they were, ours flagged as generated.
    const snapshot = read;
    expect(snapshot.sheets.filter((s) => s.generated).map((s) => s.name)).toEqual(plans.map((p) => p.name));
    expect(await host.generatedSheets()).toEqual(plans.map((p) => ({ name: p.name, period: '2026Q3', kind: p.kind })));
  });

  it('regenerating a period replaces its sheets; deleting it brings back the file as it was opened', async () => {
    const { session, host } = setUp();
    session.open({ name: '考核.xlsx', bytes: sampleBytes, handle: null });
    const q3 = await plansOf(host, '2026Q3');
    await host.renderPlans(q3);
    await host.renderPlans(q3);
    const year = await plansOf(host, '2026');
    await host.renderPlans(year);
    const names = (await host.readSnapshot()).sheets.filter((s) => s.generated).map((s) => s.name);
    expect(names.sort()).toEqual([...q3, ...year].map((p) => p.name).sort());

    await host.deleteGenerated('2026Q3');
    expect((await host.readSnapshot()).sheets.filter((s) => s.generated).map((s) => s.name)).toEqual(year.map((p) => p.name));
    await host.deleteGenerated('2026');
    expect(session.current).toBe(sampleBytes);
    expect(session.hasGenerated).toBe(false);
  });

  it('refuses to overwrite a user’s sheet that has a summary’s name, and says which', async () => {
    const { session, host } = setUp();
    session.open({ name: '考核.xlsx', bytes: sampleBytes, handle: null });
    const [plan] = await plansOf(host, '2026Q3');
    const clash: SheetPlan = { ...plan, name: '单位' };
    const error = await host.renderPlans([clash]).catch((e) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error).toMatchObject({ kind: 'sheet-conflict', sheets: ['单位'] });
    expect(session.current).toBe(sampleBytes);
  });

  it('新建模板 downloads a fresh workbook and opens it when nothing is open; 示例 never replaces an open file', async () => {
    const { session, host, downloads } = setUp();
    const created = await host.createTemplate();
    expect(downloads.map((d) => [d.name, d.mime])).toEqual([[TEMPLATE_FILE, XLSX_MIME]]);
    expect(session.file?.name).toBe(TEMPLATE_FILE);
    expect(created.created).toEqual(expect.arrayContaining(['单位', '部门考核记录', '二级单位考核记录']));
    const template = await host.readSnapshot();
    expect(template.sheets.map((s) => s.name)).toEqual(created.created);

    const sample = await host.insertSample();
    expect(downloads.map((d) => d.name)).toEqual([TEMPLATE_FILE, SAMPLE_FILE]);
    expect(session.file?.name).toBe(TEMPLATE_FILE);
    // A file of its own: nothing "created" in the open workbook, so the pane links into nothing.
    expect(sample).toMatchObject({ created: [], skipped: [], downloaded: SAMPLE_FILE });
    expect(sample.warnings.join('')).toContain(`当前打开的「${TEMPLATE_FILE}」未改动`);
    const { model, errors } = parseWorkbook(await browserXlsx.read(downloads[1].bytes, SAMPLE_FILE));
    expect(errors).toEqual([]);
    expect(model.units.length).toBe(18);
  });

  it('shows a cell by telling the page, and tells the pane when another file is opened', async () => {
    const { session, host, events } = setUp();
    const changed = jest.fn();
    const unsubscribe = await host.onChanged(changed);
    session.open({ name: 'a.xlsx', bytes: sampleBytes, handle: null });
    await host.selectCell('单位', 3, 2);
    expect(events.at(-1)).toEqual({ type: 'show', location: { sheet: '单位', row: 3, column: 2 } });
    expect(changed).toHaveBeenCalledTimes(1);
    unsubscribe();
    session.open({ name: 'b.xlsx', bytes: sampleBytes, handle: null });
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('keeps settings for the visit, and forgets them with another file', async () => {
    const { session, host } = setUp();
    session.open({ name: 'a.xlsx', bytes: sampleBytes, handle: null });
    await host.saveSetting('period', '2026Q3');
    expect(await host.loadSetting('period')).toBe('2026Q3');
    session.open({ name: 'b.xlsx', bytes: sampleBytes, handle: null });
    expect(await host.loadSetting('period')).toBeNull();
  });

  it('turns a file that is not a workbook into the reader’s Chinese message naming the file', async () => {
    const { session, host } = setUp();
    session.open({ name: '坏文件.xlsx', bytes: new TextEncoder().encode('not a zip'), handle: null });
    await expect(host.readSnapshot()).rejects.toThrow(/坏文件\.xlsx/);
  });
});

describe('files the page refuses before reading', () => {
  it.each([
    ['旧表.xls', 1000, /旧版或其他格式.*另存为/],
    ['记录.et', 1000, /另存为/],
    ['说明.docx', 1000, /不是 Excel 工作簿/],
    ['大表.xlsx', 101 * 1024 * 1024, /超过 100 MB/],
    ['空.xlsx', 0, /空文件/],
  ])('%s (%d bytes)', (name, size, message) => {
    expect(() => checkPicked(name, size)).toThrow(FileRefused);
    expect(() => checkPicked(name, size)).toThrow(message);
  });

  it('accepts an .xlsx of ordinary size', () => {
    expect(() => checkPicked('考核.XLSX', 40_000)).not.toThrow();
  });
});
