// One contract, three hosts: the Excel host over the strict Office.js double, the WPS host over the
// strict ET double, and the page's file-backed host over real .xlsx bytes answer the same calls
// the same way — and reject only with WorkbookError(kind), so the UI explains a failure the same
// way in every door (src/ui/host.ts).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { assess, quarterPeriod, readWorkbook, sheetClashMessage, type SheetPlan } from '../../src/engine';
import { writeSampleOrTemplate } from '../../src/cli/init';
import { officeWorkbookHost } from '../../src/office';
import { WorkbookError, type WorkbookHost } from '../../src/ui/host';
import { browserXlsx } from '../../src/web/browser-xlsx';
import { webHost } from '../../src/web/host';
import { WorkbookSession } from '../../src/web/session';
import { wpsWorkbookHost } from '../../src/wps/host';
import { ExcelDouble } from '../doubles/excel-double';
import { doubleHost } from '../doubles/host';
import { sampleBook } from '../wps/helpers';

let sampleBytes: Uint8Array;

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qs-contract-'));
  const file = path.join(dir, 'sample.xlsx');
  await writeSampleOrTemplate(file, true);
  sampleBytes = new Uint8Array(fs.readFileSync(file));
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Each host holding the bundled sample workbook. */
const HOSTS: [string, () => Promise<WorkbookHost>][] = [
  [
    'Excel (Office.js double)',
    async () => {
      const excel = new ExcelDouble();
      excel.addSheet('Sheet1');
      const host = officeWorkbookHost(doubleHost(excel));
      await host.insertSample();
      return host;
    },
  ],
  ['WPS (ET double)', async () => wpsWorkbookHost(sampleBook().app)],
  [
    'the page (file-backed)',
    async () => {
      const session = new WorkbookSession();
      session.open({ name: '考核.xlsx', bytes: sampleBytes, handle: null });
      return webHost(session, browserXlsx, async () => {});
    },
  ],
];

async function quarterPlans(host: WorkbookHost): Promise<SheetPlan[]> {
  const a = assess(await host.readSnapshot(), { period: quarterPeriod(2026, 3), today: { year: 2026, month: 12, day: 4 } });
  if (!a.ok) throw new Error(a.errors.map((e) => e.message).join('; '));
  return a.sheets();
}

async function rejection(p: Promise<unknown>): Promise<WorkbookError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(WorkbookError);
  return e as WorkbookError;
}

describe.each(HOSTS)('%s keeps the host contract', (_name, make) => {
  test('reads the sample as the engine expects: 18 units, no errors', async () => {
    const host = await make();
    const reading = readWorkbook(await host.readSnapshot());
    expect(reading.errors).toEqual([]);
    expect(reading.overview.units.total).toBe(18);
  });

  test('a sheet that is not there: not-found, naming it', async () => {
    const host = await make();
    const e = await rejection(host.selectCell('没有这张表', 2, 1));
    expect(e.kind).toBe('not-found');
    expect(e.sheets).toEqual(['没有这张表']);
    expect(e.message).toContain('没有这张表');
  });

  test("a user's sheet with the name of one we would write: sheet-conflict, the same message, nothing written", async () => {
    const host = await make();
    const [summary] = await quarterPlans(host);
    const clash: SheetPlan = { ...summary, name: '单位' };
    const e = await rejection(host.renderPlans([clash]));
    expect(e.kind).toBe('sheet-conflict');
    expect(e.sheets).toEqual(['单位']);
    expect(e.message).toBe(sheetClashMessage(['单位']));
    expect(await host.generatedSheets()).toEqual([]);
  });

  test('writes the plans, lists them by period from their markers, and deletes them again', async () => {
    const host = await make();
    const plans = await quarterPlans(host);
    const outcome = await host.renderPlans(plans);
    expect(outcome.written).toEqual(plans.map((p) => p.name));
    const listed = await host.generatedSheets();
    expect(listed.map((g) => [g.name, g.period]).sort()).toEqual(plans.map((p) => [p.name, '2026Q3']).sort());
    await host.deleteGenerated('2026Q3');
    expect(await host.generatedSheets()).toEqual([]);
  });

  test('a setting kept in the document comes back as stored', async () => {
    const host = await make();
    await host.saveSetting('period', '2026Q2');
    expect(await host.loadSetting('period')).toBe('2026Q2');
  });
});
