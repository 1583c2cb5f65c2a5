// SPEC §10 on the page's host: the 发布记录 merged into the workbook in memory is protected, read
// back (from the bytes, and from what the page knows without reading them again), never listed as
// a period's summary, and kept in the bytes the user downloads.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { unzipSync, strFromU8 } from 'fflate';
import { assess, parsePeriod, readPublishRecord, PUBLISH_SHEET } from '../../src/engine';
import { writeSampleOrTemplate } from '../../src/cli/init';
import { browserXlsx } from '../../src/web/browser-xlsx';
import { webHost } from '../../src/web/host';
import { WorkbookSession } from '../../src/web/session';

let sampleBytes: Uint8Array;
beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qs-web-publish-'));
  const file = path.join(dir, 'sample.xlsx');
  await writeSampleOrTemplate(file, true);
  sampleBytes = new Uint8Array(fs.readFileSync(file));
  fs.rmSync(dir, { recursive: true, force: true });
});

test('publishing on the page: a protected 发布记录 in the bytes, read back as recorded, not a period to regenerate', async () => {
  const session = new WorkbookSession();
  const host = webHost(session, browserXlsx, async () => {});
  session.open({ name: '考核.xlsx', bytes: sampleBytes, handle: null });
  const a = assess(await host.readSnapshot(), { period: parsePeriod('2026Q2')!, today: { year: 2026, month: 7, day: 10 } });
  if (!a.ok) throw new Error('invalid');
  const outcome = a.publish();
  if (!outcome.ok) throw new Error(outcome.message);
  await host.renderPlans([outcome.plan]);

  expect(readPublishRecord(await host.readSnapshot()).entries).toEqual([outcome.entry]);
  const fromBytes = await browserXlsx.read(session.current!, '考核.xlsx');
  expect(readPublishRecord(fromBytes)).toEqual({ entries: [outcome.entry], warnings: [] });
  expect(fromBytes.sheets.find((s) => s.name === PUBLISH_SHEET)!.generated).toBe(true);
  const files = unzipSync(session.current!);
  const protectedSheets = Object.keys(files).filter(
    (n) => n.startsWith('xl/worksheets/') && strFromU8(files[n]).includes('<sheetProtection'),
  );
  expect(protectedSheets).toHaveLength(1);
  expect(await host.generatedSheets()).toEqual([]);
  // Publishing again with the same numbers has nothing to do.
  const again = assess(await host.readSnapshot(), { period: parsePeriod('2026Q2')!, today: { year: 2026, month: 7, day: 11 } });
  expect(again.ok && again.publish()).toMatchObject({ ok: false, kind: 'unchanged' });
});
