// Text XML cannot hold (control characters) is written as OOXML's _xHHHH_, never raw — a raw one
// would make Excel call the whole summary corrupt — and reads back as it was.
import { strFromU8, unzipSync } from 'fflate';
import { readSnapshot, writePlansWorkbook } from '../../src/xlsx';
import { summaryPlan } from '../doubles/plans';
import { assess } from '../../src/engine';
import { event, workbook } from '../helpers/snapshot';

test('a control character in user text is stored escaped and read back unchanged', () => {
  const plan = summaryPlan(2);
  plan.values[3][1] = '客户\u0001投诉 _x0041_';
  const bytes = writePlansWorkbook([plan]);
  const files = unzipSync(bytes);
  const xml = strFromU8(files[Object.keys(files).find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))!]);
  expect(xml).toContain('客户_x0001_投诉 _x005F_x0041_');
  expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  const back = readSnapshot(bytes).sheets.find((s) => s.name === plan.name)!;
  expect(back.values[3][1]).toBe('客户\u0001投诉 _x0041_');
});

test('XML-forbidden characters in every text of a plan (cells, chart captions and caches, links, footer) leave no part unreadable', () => {
  const a = assess(workbook({ events: [event({ 单位: 'S01', 日期: '2026-07-15' })] }), {
    period: { kind: 'quarter', year: 2026, quarter: 3 },
    today: { year: 2026, month: 10, day: 9 },
  });
  if (!a.ok) throw new Error('invalid');
  const plan = a.sheets()[0];
  const dirty = (s: string) => `${s}\u000b\ufffe`;
  plan.values = plan.values.map((row) => row.map((v) => (typeof v === 'string' ? dirty(v) : v)));
  plan.print.footer = dirty(plan.print.footer ?? '页脚');
  for (const c of plan.charts ?? []) c.title = dirty(c.title);
  const files = unzipSync(writePlansWorkbook([plan]));
  const xmlParts = Object.keys(files).filter((n) => /\.(xml|rels)$/.test(n));
  expect(xmlParts.some((n) => n.startsWith('xl/charts/'))).toBe(true);
  for (const n of xmlParts)
    expect([n, /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(strFromU8(files[n]))]).toEqual([n, false]);
});
