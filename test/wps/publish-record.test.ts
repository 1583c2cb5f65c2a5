// The 发布记录 sheet (SPEC §10) through the WPS writer and reader, on the strict ET double: written,
// locked without a password (the double then refuses writes as WPS does), read back into the same
// entries although it is one of our sheets, and replaced by the next publication.
import { assess, parsePeriod, planPublishRecord, readPublishRecord, ymdToSerial, PUBLISH_SHEET, type PublishEntry } from '../../src/engine';
import { readSnapshot } from '../../src/wps/read';
import { renderPlans } from '../../src/wps/render';
import type { EtApplication } from '../../src/wps/et';
import { EtDouble } from '../doubles/et-double';
import { runCommand } from '../../src/wps/commands';
import { sampleBook } from './helpers';
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

function book(): { et: EtDouble; app: EtApplication } {
  const et = new EtDouble();
  et.addSheet('单位', [['单位编码']]);
  return { et, app: et.application() as EtApplication };
}

/** One Q3 row of level 一般 becomes 较大 in the sheet itself; returns its 0-based row. */
function raiseOneQ3Level(et: EtDouble): number {
  const ledger = et.sheet('二级单位考核记录')!;
  const header = new Map<string, number>();
  for (let c = 0; c < 20; c++) {
    const v = ledger.cells.get(`0,${c}`)?.value;
    if (typeof v === 'string') header.set(v, c);
  }
  const first = ymdToSerial(2026, 7, 1);
  let row = 1;
  while (!(
    Number(ledger.cells.get(`${row},${header.get('日期')}`)?.value) >= first &&
    ledger.cells.get(`${row},${header.get('等级')}`)?.value === '一般'
  ))
    row++;
  ledger.cells.get(`${row},${header.get('等级')}`)!.value = '较大';
  return row;
}

describe('the 发布记录 on WPS', () => {
  test('is written, protected without a password, and read back as the same entries', async () => {
    const { et, app } = book();
    const recorded = entries();
    const out = await renderPlans(app, [planPublishRecord(recorded)]);
    expect(out.written).toEqual([PUBLISH_SHEET]);
    expect(out.warnings).toEqual([]);
    expect(et.sheet(PUBLISH_SHEET)!.protected).toBe(true);
    const snapshot = await readSnapshot(app);
    expect(snapshot.sheets.find((s) => s.name === PUBLISH_SHEET)!.generated).toBe(true);
    expect(readPublishRecord(snapshot)).toEqual({ entries: recorded, warnings: [] });
  });

  test('the double refuses a write to the protected sheet, as WPS does', async () => {
    const { et, app } = book();
    await renderPlans(app, [planPublishRecord(entries())]);
    const ws = (
      app as unknown as { ActiveWorkbook: { Worksheets: { Item(n: string): { Range(a: string): { Value2: unknown } } } } }
    ).ActiveWorkbook.Worksheets.Item(PUBLISH_SHEET);
    expect(() => (ws.Range('A3').Value2 = '改')).toThrow(/受保护/);
    expect(et.sheet(PUBLISH_SHEET)!.protected).toBe(true);
  });

  test('a republish replaces the protected sheet with the longer history', async () => {
    const { et, app } = book();
    const first = entries();
    await renderPlans(app, [planPublishRecord(first)]);
    await renderPlans(app, [planPublishRecord([...first, { ...first[0], seq: 2, reason: '更正', date: '2026-08-01' }])]);
    expect(et.sheet(PUBLISH_SHEET)!.protected).toBe(true);
    const back = readPublishRecord(await readSnapshot(app));
    expect(back.entries.map((e) => [e.seq, e.reason])).toEqual([
      [1, ''],
      [2, '更正'],
    ]);
  });

  test('the ribbon’s 生成季度汇总 writes nothing for a published quarter whose numbers changed, and says why', async () => {
    const { et, app } = sampleBook();
    const q3 = parsePeriod('2026Q3')!;
    const a = assess(await readSnapshot(app), { period: q3, today: { year: 2026, month: 12, day: 4 } });
    const p = a.ok ? a.publish() : null;
    if (!p || !p.ok) throw new Error('publish failed');
    await renderPlans(app, [p.plan]);
    const row = raiseOneQ3Level(et);

    const out = await runCommand(app, 'quarter', () => '2026Q3', new Date(2026, 11, 4));
    expect(out.openPane).toBe(true);
    expect(out.message).toMatch(/^未生成汇总:2026年第3季度的结果已发布,此后有变化/);
    expect(out.message).toContain(`「二级单位考核记录」第 ${row + 1} 行 等级 一般 → 较大`);
    expect(et.sheet('2026年第3季度考核汇总')).toBeUndefined();
  });

  test('the ribbon’s 发布结果 records the quarter; again unchanged it says so; after a change it refuses and opens the pane', async () => {
    const { et, app } = sampleBook();
    const asked: string[] = [];
    const ask = (question: string, proposed: string) => (asked.push(`${question}|${proposed}`), '2026Q3');
    const today = new Date(2026, 11, 4);
    const first = await runCommand(app, 'publish', ask, today);
    expect(asked[0].startsWith('将发布「2026年第3季度」的考核结果(记入「发布记录」表)。')).toBe(true);
    expect(asked[0].endsWith('|2026Q3')).toBe(true);
    expect(first).toEqual({ message: expect.stringMatching(/已发布/), openPane: false });
    expect(et.sheet(PUBLISH_SHEET)!.protected).toBe(true);
    const recorded = readPublishRecord(await readSnapshot(app)).entries;
    expect(recorded.map((e) => [e.period, e.seq])).toEqual([['2026Q3', 1]]);

    const again = await runCommand(app, 'publish', ask, today);
    expect(again).toEqual({ message: expect.stringMatching(/结果没有变化,无需重新发布/), openPane: false });

    const row = raiseOneQ3Level(et);
    const refused = await runCommand(app, 'publish', ask, today);
    expect(refused.openPane).toBe(true);
    expect(refused.message).toMatch(/^未发布:2026年第3季度已于 .* 发布/);
    expect(refused.message).toContain(`「二级单位考核记录」第 ${row + 1} 行 等级 一般 → 较大`);
    expect(readPublishRecord(await readSnapshot(app)).entries).toEqual(recorded);
  });
});
