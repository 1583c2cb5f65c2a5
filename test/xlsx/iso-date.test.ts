// `t="d"` cells (ISO 8601 text, as LibreOffice, openpyxl and online tools write dates) mean the
// wall-clock date they state. Run in Asia/Shanghai, where every user is: a date-time without a
// zone read as local time used to move 2026-07-01 to 30 June and the event out of Q3.
import * as fs from 'fs';
import * as path from 'path';
import { readSnapshot } from '../../src/xlsx';
import { isoDateSerial } from '../../src/xlsx/reader/iso-date';
import { cli, tempDir } from '../cli/helpers';
import { handBook, sheetXml, type RawCell } from '../helpers/zip-surgery';

const serialOf = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000 + 25569;
const dateCell = (text: string): RawCell => ({ xml: `<c r="$REF" t="d"><v>${text}</v></c>` });

let savedTz: string | undefined;
beforeAll(() => {
  savedTz = process.env.TZ;
  process.env.TZ = 'Asia/Shanghai';
});
afterAll(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

test.each([
  ['2026-07-01T00:00:00', serialOf(2026, 7, 1)],
  ['2026-07-01', serialOf(2026, 7, 1)],
  ['2026-07-01T00:00:00Z', serialOf(2026, 7, 1)],
  ['2026-07-01T00:00:00+08:00', serialOf(2026, 7, 1)],
  ['2026-07-01T00:00:00.000', serialOf(2026, 7, 1)],
  ['2026-06-30T23:59:59', serialOf(2026, 6, 30) + 86399 / 86400],
  ['2026-07-01T12:00', serialOf(2026, 7, 1) + 0.5],
  ['12:00:00', 0.5],
])('%s is the wall-clock date it states', (text, serial) => {
  expect(new Date(2026, 6, 1).getTimezoneOffset()).toBe(-480); // really in Asia/Shanghai
  expect(isoDateSerial(text)).toBeCloseTo(serial as number, 8);
});

test.each(['2026-02-30', '2026-13-01', '七月一日', '2026/07/01x', ''])('%j is not an ISO date', (text) => {
  expect(isoDateSerial(text)).toBeNull();
});

function ledgerBook(dateText: string): Uint8Array {
  const units = sheetXml([
    ['单位编码', '单位名称', '类别', '第一责任人'],
    ['S01', '城区供电所', '二级单位', '陈所长'],
  ]);
  const ledger = sheetXml([
    ['日期', '单位', '来源', '条款', '等级', '事项描述'],
    [dateCell(dateText), 'S01', '95598工单', '8.4', '一般', '客户投诉'],
  ]);
  return handBook([
    { name: '单位', xml: units },
    { name: '二级单位考核记录', xml: ledger },
  ]);
}

test('the reader gives the serial of the stated day, and text that is no date stays text (so the engine names the cell)', () => {
  const values = (text: string) => readSnapshot(ledgerBook(text)).sheets[1].values[1][0];
  expect(values('2026-07-01T00:00:00')).toBe(serialOf(2026, 7, 1));
  expect(values('2026-07-01')).toBe(serialOf(2026, 7, 1));
  expect(values('七月一日')).toBe('七月一日');
});

test('the command counts an event dated 2026-07-01T00:00:00 in Q3, not Q2', async () => {
  const dir = tempDir('qs-isodate-');
  try {
    const book = path.join(dir, 'book.xlsx');
    fs.writeFileSync(book, ledgerBook('2026-07-01T00:00:00'));
    const q3 = await cli('summarize', book, '--period', '2026Q3', '--json', '--force');
    expect(q3.code).toBe(0);
    const result = JSON.parse(q3.stdout) as { events: { date: string }[] };
    expect(result.events.map((e) => e.date)).toEqual(['2026-07-01']);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
