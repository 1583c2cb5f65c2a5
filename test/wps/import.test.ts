// 「导入记录…」 in WPS (SPEC §9, issue 17): the engine's plan appended through ET on the strict
// double — rows below the last record, a missing ledger created, cells to fill light yellow,
// validate listing exactly those cells, a second import adding nothing, and a non-empty target
// cell refusing the whole import before anything is written.
import { importPlanFor, parseWorkbook } from '../../src/engine';
import { readCsv } from '../../src/xlsx/csv';
import { bgr } from '../../src/wps/app';
import { wpsWorkbookHost } from '../../src/wps/host';
import { readSnapshot } from '../../src/wps/read';
import { sampleBook } from './helpers';

const CSV =
  '工单编号,受理时间,供电单位,工单类型,诉求内容\nW-1,2026-08-03 09:15,城区所,投诉,"电压低,灯闪"\nW-2,2026/8/4,营销部,来信,来信反映报装慢\nW-3,2026-08-05,火星所,投诉,x\n';
const source = () => readCsv(new TextEncoder().encode(CSV), '95598').snapshot;

test('WPS appends the planned rows; validate lists exactly the marked cells; a second import adds nothing', async () => {
  const { et, app } = sampleBook();
  const host = wpsWorkbookHost(app);
  const before = await readSnapshot(app);
  const plan = importPlanFor(before, source());
  expect(plan.counts).toEqual({ new: 2, present: 0, refused: 1 });
  await host.appendRows!(plan.writes, plan.counts.new);

  const after = await readSnapshot(app);
  const { errors } = parseWorkbook(after);
  const planned = plan.writes.flatMap((w) => w.rows.flatMap((r) => r.cells.filter((c) => c.mark).map((c) => [w.sheet, r.row, c.column])));
  const byPlace = (a: unknown[], b: unknown[]) => String(a).localeCompare(String(b));
  expect(errors.map((e) => [e.sheet, e.row, e.column]).sort(byPlace)).toEqual(planned.sort(byPlace));
  expect(planned).toHaveLength(4); // 条款 and 等级 of both rows

  const ledger = et.sheet('二级单位考核记录')!;
  const w = plan.writes.find((x) => x.sheet === '二级单位考核记录')!;
  const row = w.rows[0].row - 1;
  const mark = w.rows[0].cells.find((c) => c.mark)!;
  expect(ledger.cells.get(`${row},${mark.column - 1}`)?.fill).toBe(bgr('#FFF2CC'));
  expect(ledger.cells.get(`${row},0`)).toMatchObject({ value: 46237, format: 'yyyy-mm-dd' });
  const ticketCol = w.rows[0].cells.at(-1)!.column - 1;
  expect(ledger.cells.get(`${row},${ticketCol}`)).toMatchObject({ value: 'W-1', format: '@' });

  expect(importPlanFor(after, source()).counts).toEqual({ new: 0, present: 2, refused: 1 });
});

test('a target cell that is no longer empty stops the import before anything is written', async () => {
  const { et, app } = sampleBook();
  const host = wpsWorkbookHost(app);
  const plan = importPlanFor(await readSnapshot(app), source());
  const w = plan.writes.find((x) => x.sheet === '部门考核记录')!;
  const target = w.rows[0];
  // Someone typed into the ledger after it was read.
  app.ActiveWorkbook!.Worksheets.Item('部门考核记录').Range(`A${target.row}`).Value2 = '手填';
  const cellsBefore = et.sheet('二级单位考核记录')!.cells.size;
  await expect(host.appendRows!(plan.writes, plan.counts.new)).rejects.toThrow(/「部门考核记录」的 A\d+ 单元格已有内容/);
  expect(et.sheet('二级单位考核记录')!.cells.size).toBe(cellsBefore);
});
