// SPEC §2 rule 13 and §10: incidents still open at a period's end are followed across periods.
import { followUp, parsePeriod, parseWorkbook, planNotice, planSummaries, score } from '../../src/engine';
import { event } from '../helpers/snapshot';
import { modelOf, paramsSheet, scoreBook, unitOf } from './score-book';
import { workbook } from '../helpers/snapshot';

const Q = (p: string) => parsePeriod(p)!;

/** Opened 2026-02-10 (Q1), due 2026-03-31, closed 2026-08-20 (Q3). */
const LATE_FIX = event({
  日期: '2026-02-10',
  单位: 'S01',
  条款: '8.4',
  等级: '一般',
  事项描述: '装表接电超时未整改',
  原因查清: '是',
  责任处理: '是',
  整改落实: '是',
  整改期限: '2026-03-31',
  完成日期: '2026-08-20',
});

function textOf(values: unknown[][]): string {
  return values.map((r) => r.map((c) => (c === null ? '' : String(c))).join('|')).join('\n');
}

describe('open at a period’s end (rule 13)', () => {
  test('an item opened in Q1 and closed in Q3 is 历史未闭环 in Q2 (逾期 with its days) and not in Q3', () => {
    const model = modelOf({ events: [LATE_FIX] });
    const q2 = followUp(model, Q('2026Q2'));
    expect(q2.history).toHaveLength(1);
    expect(q2.history[0]).toMatchObject({
      unit: 'S01',
      unitName: '城区供电所',
      date: '2026-02-10',
      origin: '2026Q1',
      deadline: '2026-03-31',
      overdueDays: 91, // 2026-03-31 → 2026-06-30
      sheet: '二级单位考核记录',
      row: 2,
    });
    expect(followUp(model, Q('2026Q3')).history).toEqual([]);
    // In Q1 it is the period's own incident, open at 03-31 but not yet past its deadline.
    const q1 = followUp(model, Q('2026Q1'));
    expect(q1.history).toEqual([]);
    expect(q1.overdue).toEqual([]);
  });

  test('the lists reach the summary, the detail and the notice of Q2 and not of Q3', () => {
    const model = modelOf({
      events: [
        LATE_FIX,
        event({ 日期: '2026-05-06', 单位: 'S02', 原因查清: '是', 责任处理: '是', 整改落实: '是', 完成日期: '2026-05-20' }),
      ],
    });
    for (const [period, listed] of [
      ['2026Q2', true],
      ['2026Q3', false],
    ] as const) {
      const result = score(model, Q(period));
      const [summary, detail] = planSummaries(model, result);
      // The detail lists every item after its sign-off; the summary says how many and where (one page).
      const text = textOf(detail.values);
      expect(text.includes('历史未闭环事项')).toBe(listed);
      expect(text.includes('装表接电超时未整改')).toBe(listed);
      if (listed) expect(text).toContain('逾期 91 天；「二级单位考核记录」第 2 行');
      const note = textOf(summary.values);
      expect(note.includes('历史未闭环事项 1 项（其中逾期 1 项），逐项列在「2026年第2季度扣分明细」表')).toBe(listed);
      const notice = planNotice(model, result, { date: { year: 2026, month: 10, day: 15 } });
      const headings = notice.blocks.filter((b) => b.kind === 'heading').map((b) => (b as { text: string }).text);
      expect(headings.some((h) => /^[(（]四[)）]历史未闭环事项$/.test(h))).toBe(listed);
    }
  });

  test('the year summary keeps its page too: one line pointing at the fourth quarter detail, never the list', () => {
    const model = modelOf({ events: [{ ...LATE_FIX, 完成日期: null }] });
    const [annual] = planSummaries(model, score(model, Q('2026')));
    const text = textOf(annual.values);
    expect(text).toContain('逐项列在「2026年第4季度扣分明细」表签字栏下方和考核通报中');
    expect(text.includes('装表接电超时未整改')).toBe(false);
  });

  test('a blank 完成日期 keeps an incident open even with all three checks 是; no column means the checks decide', () => {
    const done = { 原因查清: '是', 责任处理: '是', 整改落实: '是' };
    const withColumn = scoreBook({ events: [event({ ...done, 完成日期: null }), event({ ...done, 完成日期: '2026-07-20' })] }, '2026Q3');
    expect(withColumn.result.events.map((e) => e.open)).toEqual([true, false]);
    const legacy = scoreBook({ events: [event({ ...done })] }, '2026Q3');
    expect(legacy.result.events[0].open).toBe(false);
  });

  test('closed after the quarter’s end counts as open for that quarter (rule 5 with rule 13)', () => {
    const { result } = scoreBook({ events: [{ ...LATE_FIX, 日期: '2026-07-01', 完成日期: '2026-10-08' }] }, '2026Q3');
    expect(unitOf(result, 'S01').openItems).toBe(1);
  });

  test('历史未闭环扣分 deducts per earlier open incident; 0 (the default) only lists', () => {
    const base = scoreBook({ events: [LATE_FIX] }, '2026Q2');
    expect(unitOf(base.result, 'S01').score).toBe(100);
    const scored = scoreBook({ events: [LATE_FIX], sheets: [paramsSheet({ 历史未闭环扣分: 1.5 })] }, '2026Q2');
    expect(unitOf(scored.result, 'S01').score).toBe(98.5);
    // The summary's 扣分 column carries it, so 基础分 − 扣分 + 加分 = 得分 on paper.
    const [summary] = planSummaries(scored.model, scored.result);
    const row = summary.values.find((r) => r[1] === '城区供电所')!;
    expect(row[5]).toBe(1.5);
    expect(row[7]).toBe(98.5);
    // An exempt finding is never open.
    const exempt = scoreBook({ events: [{ ...LATE_FIX, 认定: '免责' }], sheets: [paramsSheet({ 历史未闭环扣分: 1.5 })] }, '2026Q2');
    expect(unitOf(exempt.result, 'S01').score).toBe(100);
  });

  test('an unreadable 整改期限 or 完成日期 is an error naming sheet, row and column', () => {
    const { errors } = parseWorkbook(workbook({ events: [event({ 整改期限: '下月底', 完成日期: '2026-13-45' })] }));
    expect(errors.map((e) => [e.sheet, e.row, e.header])).toEqual([
      ['二级单位考核记录', 2, '整改期限'],
      ['二级单位考核记录', 2, '完成日期'],
    ]);
    expect(errors[0].message).toContain('下月底');
  });
});
