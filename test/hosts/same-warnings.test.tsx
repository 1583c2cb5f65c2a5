/** @jest-environment jsdom */
// The doors cannot drift: for the same workbook and period, the command, the pane (over the Excel,
// WPS and page hosts — one hook, useAssessment) and the WPS ribbon show the same warnings, because
// each of them gets them from one call, assess(). Here the bundled sample (whose ladder is the
// unconfirmed default, SPEC §2 rule 11) for a quarter with no events at all (2025Q3).
import '../ui/setup-dom';
import './setup-text';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { act, renderHook, waitFor } from '@testing-library/react';
import { assess, quarterPeriod, readWorkbook } from '../../src/engine';
import { writeSampleOrTemplate } from '../../src/cli/init';
import { bufferIo } from '../../src/cli/io';
import { main } from '../../src/cli/run';
import { officeWorkbookHost } from '../../src/office';
import type { WorkbookHost } from '../../src/ui/host';
import { useAssessment } from '../../src/ui/useAssessment';
import { browserXlsx } from '../../src/web/browser-xlsx';
import { webHost } from '../../src/web/host';
import { WorkbookSession } from '../../src/web/session';
import { wpsWorkbookHost } from '../../src/wps/host';
import { ribbonCallbacks } from '../../src/wps/ribbon';
import { ExcelDouble } from '../doubles/excel-double';
import { doubleHost } from '../doubles/host';
import { sampleBook } from '../wps/helpers';

const PERIOD = quarterPeriod(2025, 3);
const TODAY = new Date(2026, 11, 4);
let dir: string;
let book: string;
let expected: string[];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qs-warnings-'));
  book = path.join(dir, 'sample.xlsx');
  await writeSampleOrTemplate(book, true);
  const { readWorkbookFile } = await import('../../src/xlsx/node/read');
  const a = assess((await readWorkbookFile(book)).snapshot, { period: PERIOD, today: { year: 2026, month: 12, day: 4 } });
  expected = a.warnings.map((w) => w.message);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('the workbook has the two warnings this test is about', () => {
  expect(expected).toHaveLength(2);
  expect(expected[0]).toContain('处罚标准为系统默认值');
  expect(expected[1]).toMatch(/^2025Q3 没有任何考核事件/);
});

test('the command prints them on stderr', async () => {
  const io = bufferIo();
  expect(await main(['summarize', book, '--period', '2025Q3', '--out', path.join(dir, 'out.xlsx')], io)).toBe(0);
  for (const w of expected) expect(io.stderr.join('\n')).toContain(w);
});

const paneHosts: [string, () => Promise<WorkbookHost>][] = [
  [
    'Excel',
    async () => {
      const excel = new ExcelDouble();
      excel.addSheet('Sheet1');
      const host = officeWorkbookHost(doubleHost(excel));
      await host.insertSample();
      return host;
    },
  ],
  ['WPS', async () => wpsWorkbookHost(sampleBook().app)],
  [
    'the page',
    async () => {
      const session = new WorkbookSession();
      session.open({ name: 'sample.xlsx', bytes: new Uint8Array(fs.readFileSync(book)), handle: null });
      return webHost(session, browserXlsx, async () => {});
    },
  ],
];

test.each(paneHosts)('the pane over %s shows them with the result it generates', async (_name, make) => {
  const host = await make();
  const { result } = renderHook(() => useAssessment(host, () => TODAY));
  await waitFor(() => expect(result.current.analysis).not.toBeNull());
  await act(() => result.current.generate(PERIOD));
  const shown = result.current.shown!;
  for (const w of expected) expect(shown.warnings).toContain(w);
  expect(readWorkbook(await host.readSnapshot()).errors).toEqual([]);
});

test('the WPS ribbon says them in its message', async () => {
  const messages: string[] = [];
  const queue: (() => void)[] = [];
  const callbacks = ribbonCallbacks({
    app: () => sampleBook().app,
    paneUrl: () => 'http://127.0.0.1/taskpane.html',
    notify: (m) => messages.push(m),
    later: (w) => queue.push(w),
    ask: () => '2025Q3',
    today: () => TODAY,
  });
  callbacks.OnAction({ Id: 'btnQsQuarter' });
  while (queue.length) queue.shift()!();
  await waitFor(() => expect(messages).toHaveLength(1));
  for (const w of expected) expect(messages[0]).toContain(w);
});
