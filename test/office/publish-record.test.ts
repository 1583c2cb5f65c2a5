// The 发布记录 sheet (SPEC §10) through Excel's writer and reader, on the strict Office.js double:
// written, locked without a password (the double then refuses writes as Excel does), read back
// into the same entries, and replaced by the next publication.
import { renderPlans } from '../../src/office/render';
import { readSnapshot } from '../../src/office/read';
import { assess, parsePeriod, planPublishRecord, readPublishRecord, PUBLISH_SHEET, type PublishEntry } from '../../src/engine';
import { OfficeErrorDouble } from '../doubles/excel-double';
import { newDouble } from '../doubles/host';
import { event, workbook } from '../helpers/snapshot';

function entries(): PublishEntry[] {
  const a = assess(
    workbook({ events: [event({ 日期: '2026-05-06', 直接责任人: '张三' }), event({ 日期: '2026-06-01', 单位: 'D01', 等级: '较大' })] }),
    {
      period: parsePeriod('2026Q2')!,
      today: { year: 2026, month: 7, day: 10 },
    },
  );
  if (!a.ok) throw new Error('invalid');
  const p = a.publish();
  if (!p.ok) throw new Error(p.message);
  return [p.entry];
}

describe('the 发布记录 on Excel', () => {
  test('is written, protected without a password, and read back as the same entries', async () => {
    const { excel, host } = newDouble();
    excel.addSheet('单位', [['单位编码']]);
    const recorded = entries();
    const out = await renderPlans(host, [planPublishRecord(recorded)]);
    expect(out.written).toEqual([PUBLISH_SHEET]);
    expect(excel.sheet(PUBLISH_SHEET)!.protected).toBe(true);
    const snapshot = await readSnapshot(host);
    const sheet = snapshot.sheets.find((s) => s.name === PUBLISH_SHEET)!;
    expect(sheet.generated).toBe(true);
    expect(readPublishRecord(snapshot)).toEqual({ entries: recorded, warnings: [] });
  });

  test('the double refuses a write to the protected sheet, as Excel does', async () => {
    const { excel, host } = newDouble();
    excel.addSheet('单位', [['单位编码']]);
    await renderPlans(host, [planPublishRecord(entries())]);
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem(PUBLISH_SHEET).getRange('A3').values = [['改']];
        await context.sync();
      }),
    ).rejects.toBeInstanceOf(OfficeErrorDouble);
  });

  test('a republish replaces the protected sheet with the longer history', async () => {
    const { excel, host } = newDouble();
    excel.addSheet('单位', [['单位编码']]);
    const first = entries();
    await renderPlans(host, [planPublishRecord(first)]);
    const second = { ...first[0], seq: 2, reason: '更正', date: '2026-08-01' };
    await renderPlans(host, [planPublishRecord([...first, second])]);
    expect(excel.sheet(PUBLISH_SHEET)!.protected).toBe(true);
    const back = readPublishRecord(await readSnapshot(host));
    expect(back.entries.map((e) => [e.seq, e.reason])).toEqual([
      [1, ''],
      [2, '更正'],
    ]);
  });
});
