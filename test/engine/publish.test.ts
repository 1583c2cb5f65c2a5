// SPEC §10 in the engine: the 发布记录 round trip (plan → cells → entries, and through the .xlsx
// writer and reader), change detection naming rows (edited, deleted, new, moved), personal fines
// per person, and the rules for regenerating a published period.
import { assess, parsePeriod, planPublishRecord, readPublishRecord, PUBLISH_MARKER, PUBLISH_SHEET, type Snapshot } from '../../src/engine';
import { readSnapshot, writePlansWorkbook } from '../../src/xlsx';
import { event, workbook, type Row } from '../helpers/snapshot';
import { unzipSync, strFromU8 } from 'fflate';

const TODAY = { year: 2026, month: 7, day: 10 };
const Q2 = parsePeriod('2026Q2')!;

const Q2_EVENTS: Row[] = [
  event({ 日期: '2026-04-10', 单位: 'S01', 条款: '8.4', 等级: '一般', 直接责任人: '张三' }),
  event({ 日期: '2026-05-12', 单位: 'S02', 条款: '9.3', 等级: '较大', 直接责任人: '李四' }),
  event({ 日期: '2026-06-01', 单位: 'D01', 条款: '5.1', 等级: '轻微' }),
];

/** Publishes Q2 of `events` and returns the workbook with its 发布记录 sheet (as a host would read it back). */
function published(events: Row[]): Snapshot {
  const snap = workbook({ events });
  const a = assess(snap, { period: Q2, today: TODAY });
  if (!a.ok) throw new Error('invalid');
  const outcome = a.publish();
  if (!outcome.ok) throw new Error(outcome.message);
  return { sheets: [...snap.sheets, { name: PUBLISH_SHEET, values: outcome.plan.values, generated: true }] };
}

/** The same workbook with other events (the record kept). */
function withEvents(book: Snapshot, events: Row[]): Snapshot {
  const fresh = workbook({ events });
  return { sheets: [...fresh.sheets, book.sheets.find((s) => s.name === PUBLISH_SHEET)!] };
}

const messages = (snap: Snapshot) =>
  assess(snap, { period: parsePeriod('2026Q3')!, today: TODAY })
    .warnings.filter((w) => w.code.startsWith('published'))
    .map((w) => w.message);

describe('the 发布记录 sheet', () => {
  test('reads back exactly what was recorded, from cells and from a real .xlsx (protected, marked as ours)', () => {
    const book = published(Q2_EVENTS);
    const a = assess(book, { period: Q2, today: TODAY });
    expect(a.record.entries).toHaveLength(1);
    const entry = a.record.entries[0];
    expect(entry).toMatchObject({ period: '2026Q2', seq: 1, date: '2026-07-10' });
    expect(entry.units.find((u) => u.code === 'S02')).toMatchObject({ score: 95, unitFine: 500, headFine: 300, personFine: 500 });
    expect(entry.people).toContainEqual({ name: '李四', unit: 'S02', role: '直接责任人', fine: 500 });
    expect(entry.events.map((e) => e.fingerprint)[0]).toBe(
      '工作表=二级单位考核记录;日期=2026-04-10;单位=S01;来源=95598工单;条款=8.4;等级=L2;扣分调整=;认定=;三不放过=否否否;完成日期=;直接责任人=张三',
    );

    const plan = planPublishRecord(a.record.entries);
    expect(plan.protect).toBe(true);
    expect(plan.marker).toBe(PUBLISH_MARKER);
    const bytes = writePlansWorkbook([plan]);
    const files = unzipSync(bytes);
    const sheetXml = Object.keys(files)
      .filter((n) => n.startsWith('xl/worksheets/sheet'))
      .map((n) => strFromU8(files[n]));
    expect(sheetXml[0]).toContain('<sheetProtection sheet="1"');
    const back = readSnapshot(bytes);
    expect(back.sheets.find((s) => s.name === PUBLISH_SHEET)!.generated).toBe(true);
    expect(readPublishRecord(back)).toEqual({ entries: a.record.entries, warnings: [] });
  });

  test('a user’s own sheet named 发布记录 (not ours, another table) is not read as a record', () => {
    const snap: Snapshot = {
      sheets: [...workbook({ events: Q2_EVENTS }).sheets, { name: PUBLISH_SHEET, values: [['我的笔记'], ['随便写']] }],
    };
    expect(readPublishRecord(snap)).toEqual({ entries: [], warnings: [] });
  });

  test('a damaged record row is a warning naming the row, never a crash', () => {
    const book = published(Q2_EVENTS);
    const sheet = book.sheets.find((s) => s.name === PUBLISH_SHEET)!;
    sheet.values[4] = [...sheet.values[4]];
    sheet.values[4][2] = '乱写';
    const r = readPublishRecord(book);
    expect(r.entries).toHaveLength(1);
    expect(r.warnings.map((w) => w.message)).toEqual(['「发布记录」第 5 行的类型“乱写”无法识别,已忽略该行']);
  });
});

describe('change detection', () => {
  test('an edited row: the unit, its numbers before → after and the row with the fields that changed', () => {
    const book = published(Q2_EVENTS);
    const edited = [{ ...Q2_EVENTS[0], 条款: '9.1', 等级: '较大' }, Q2_EVENTS[1], Q2_EVENTS[2]];
    const [msg, ...rest] = messages(withEvents(book, edited));
    // 路口供电所 did not change, but its rank did: said too, with why.
    expect(rest).toEqual([expect.stringContaining('路口供电所 名次 3 → 2;原因:其他单位的记录改动使名次变化')]);
    expect(msg).toContain('已发布的2026年第2季度结果将改变:城区供电所 得分 98.00 → 95.00、单位罚款 200 → 500 元');
    expect(msg).toContain('城区供电所 直接责任人 张三 个人罚款 200 → 500 元');
    expect(msg).toContain('原因:「二级单位考核记录」第 2 行 条款 8.4 → 9.1,等级 一般 → 较大');
  });

  test('a deleted row and a new row dated inside the published period are named as such', () => {
    const book = published(Q2_EVENTS);
    const deleted = messages(withEvents(book, [Q2_EVENTS[0], Q2_EVENTS[2]]));
    expect(deleted.join('\n')).toContain('路口供电所 得分 95.00 → 100.00');
    expect(deleted.join('\n')).toContain('「二级单位考核记录」第 3 行(已发布的事项)已删除或移出本期:2026-05-12 单位 S02 条款 9.3(较大)');
    const late = event({ 日期: '2026-06-20', 单位: 'S03', 条款: '10', 等级: '一般' });
    const added = messages(withEvents(book, [...Q2_EVENTS, late]));
    expect(added.join('\n')).toContain('客户服务中心 得分 100.00 → 98.00');
    expect(added.join('\n')).toContain('是发布后新增的本期事项:2026-06-20 单位 S03 条款 10(一般)');
  });

  test('a row that only moved (a row inserted above, dated outside the period) is not a change', () => {
    const book = published(Q2_EVENTS);
    const q3 = event({ 日期: '2026-07-02', 单位: 'S03' });
    expect(messages(withEvents(book, [q3, ...Q2_EVENTS]))).toEqual([]);
  });

  test('a change that touches no published number is still said, once, with its rows', () => {
    const book = published(Q2_EVENTS);
    const msgs = messages(withEvents(book, [Q2_EVENTS[0], Q2_EVENTS[1], { ...Q2_EVENTS[2], 日期: '2026-06-02' }]));
    expect(msgs).toEqual(['已发布的2026年第2季度记录有改动,但结果不变:「部门考核记录」第 2 行 日期 2026-06-01 → 2026-06-02。']);
  });
});

describe('regenerating and publishing', () => {
  test('a changed published period is refused without a republish; with a reason it is recorded as the next entry', () => {
    const book = withEvents(published(Q2_EVENTS), [{ ...Q2_EVENTS[0], 等级: '较大' }, Q2_EVENTS[1], Q2_EVENTS[2]]);
    const a = assess(book, { period: Q2, today: { year: 2026, month: 8, day: 1 } });
    if (!a.ok) throw new Error('invalid');
    const refused = a.regeneration();
    expect(refused.allowed).toBe(false);
    const pub = a.publish();
    expect(pub).toMatchObject({ ok: false, kind: 'refused' });
    const re = a.regeneration({ republish: true, reason: '更正等级' });
    if (!re.allowed || !re.republish) throw new Error('expected a republish');
    expect(re.republish.entry).toMatchObject({ period: '2026Q2', seq: 2, date: '2026-08-01', reason: '更正等级' });
    const history = readPublishRecord({ sheets: [{ name: PUBLISH_SHEET, values: re.republish.plan.values }] }).entries;
    expect(history.map((e) => [e.seq, e.reason, e.units.find((u) => u.code === 'S01')!.score])).toEqual([
      [1, '', 98],
      [2, '更正等级', 95],
    ]);
    expect(re.republish.plan.values.some((r) => r[2] === '重新发布')).toBe(true);
  });

  test('unpublished periods are never blocked; an unchanged published one regenerates freely', () => {
    const book = published(Q2_EVENTS);
    const q3 = assess(withEvents(book, [...Q2_EVENTS, event({ 日期: '2026-07-02' })]), { period: parsePeriod('2026Q3')!, today: TODAY });
    expect(q3.ok && q3.regeneration()).toEqual({ allowed: true, republish: null });
    const q2 = assess(book, { period: Q2, today: TODAY });
    expect(q2.ok && q2.regeneration()).toEqual({ allowed: true, republish: null });
    expect(q2.ok && q2.publish()).toMatchObject({ ok: false, kind: 'unchanged' });
  });

  test('Q3’s 上季度得分 and the notice’s comparison use the published Q2, not the edited rows', () => {
    const book = withEvents(published(Q2_EVENTS), [
      { ...Q2_EVENTS[0], 等级: '较大' },
      Q2_EVENTS[1],
      Q2_EVENTS[2],
      event({ 日期: '2026-07-02' }),
    ]);
    const a = assess(book, { period: parsePeriod('2026Q3')!, today: TODAY });
    if (!a.ok) throw new Error('invalid');
    const [summary] = a.sheets();
    const header = summary.values[2];
    const s01 = summary.values.find((r) => r[1] === '城区供电所')!;
    expect(s01[header.indexOf('上季度得分')]).toBe(98); // published; the edited rows would give 95
    const notice = a.notice();
    const text = notice.blocks.map((b) => (b.kind === 'table' ? '' : b.text)).join('\n');
    // Published Q2: 2 + 5 + 1 = 8 points (the edited rows would give 11); Q3's 8.4 is S01's second
    // of the year (× 1.5 = 3 points): 扣分减少 5 分.
    expect(text).toContain('扣分减少 5 分');
  });
});
