// SPEC §2 rules 2–10, each through a small workbook: Snapshot → parseWorkbook → score.
// Default ladder (SPEC §1.3): 轻微 1 pt (fines 0/0/50), 一般 2 (200/100/200), 较大 5 (500/300/500),
// 重大 10 (2000/1000/1000, cap 合格), 特别重大 20 (5000/2000/2000, cap 不合格); 表扬 +0.5, 锦旗 +1,
// 市级表彰 +2, 省级以上表彰 +3. Defaults: base 100, bonus cap 5, factors 1/1.5/2, lines 95/90/80.

import { event, sheet } from '../helpers/snapshot';
import { paramsSheet, scoreBook, unitOf } from './score-book';
import { orderEvents } from '../../src/engine/score/order';
import { score } from '../../src/engine/score';

const closed = { 原因查清: '是', 责任处理: '是', 整改落实: '是' };

describe('repeats escalate within the calendar year (rule 2–3)', () => {
  // S01 (城区供电所) breaks 8.4 (一般: 2 pts, fines 200/100/200) once in each of Q1 and Q2 and
  // twice in Q3; a December 2025 one belongs to another year and does not count.
  //   2026-02-10 k=1 ×1   → 2 pts   (Q1)
  //   2026-05-10 k=2 ×1.5 → 3 pts   (Q2; fines 300/150/300)
  //   2026-07-15 k=3 ×2   → 4 pts   (Q3; fines 400/200/400)
  //   2026-08-20 k=4 ×2   → 4 pts   (Q3; 3rd-and-later stays ×2)
  // Q3: 8 pts → 100 − 8 = 92 → 良好; fines 800/400/800.
  const events = [
    event({ 日期: '2025-12-30', 单位: 'S01', 条款: '8.4', 等级: '一般', ...closed }),
    event({ 日期: '2026-02-10', 单位: 'S01', 条款: '8.4', 等级: '一般', ...closed }),
    event({ 日期: '2026-05-10', 单位: 'S01', 条款: '8.4', 等级: '一般', ...closed }),
    event({ 日期: '2026-08-20', 单位: 'S01', 条款: '8.4', 等级: '一般', ...closed }),
    event({ 日期: '2026-07-15', 单位: 'S01', 条款: '8.4', 等级: '一般', ...closed }),
    // Another clause and another unit start their own count.
    event({ 日期: '2026-07-20', 单位: 'S01', 条款: '8.5', 等级: '一般', ...closed }),
    event({ 日期: '2026-07-20', 单位: 'S02', 条款: '8.4', 等级: '一般', ...closed }),
  ];

  test('the k-th same-clause event of the year takes ×1, ×1.5, ×2, ×2 whatever its quarter', () => {
    const { result } = scoreBook({ events }, '2026Q3');
    const s01 = result.events.filter((e) => e.unit === 'S01' && e.clause === '8.4');
    expect(s01.map((e) => [e.date, e.occurrence, e.multiplier, e.points, e.unitFine, e.headFine, e.personFine])).toEqual([
      ['2026-07-15', 3, 2, 4, 400, 200, 400],
      ['2026-08-20', 4, 2, 4, 400, 200, 400],
    ]);
    const other = result.events.filter((e) => !(e.unit === 'S01' && e.clause === '8.4'));
    expect(other.map((e) => [e.unit, e.clause, e.occurrence, e.multiplier])).toEqual([
      ['S01', '8.5', 1, 1],
      ['S02', '8.4', 1, 1],
    ]);
    // S01: 4 + 4 + 2 = 10 pts → 90 → 良好 (≥ 90); fines 1000/500/1000.
    const u = unitOf(result, 'S01');
    expect([u.points, u.score, u.grade, u.unitFine, u.headFine, u.personFine, u.events]).toEqual([10, 90, '良好', 1000, 500, 1000, 3]);
  });

  test('earlier quarters see only their own events, counted from 1 January', () => {
    const q1 = scoreBook({ events }, '2026Q1').result;
    expect(q1.events.map((e) => [e.date, e.occurrence, e.points])).toEqual([['2026-02-10', 1, 2]]);
    expect(unitOf(q1, 'S01').score).toBe(98);
    const q2 = scoreBook({ events }, '2026Q2').result;
    expect(q2.events.map((e) => [e.date, e.occurrence, e.multiplier, e.points, e.unitFine])).toEqual([['2026-05-10', 2, 1.5, 3, 300]]);
    expect(unitOf(q2, 'S01').score).toBe(97);
  });

  test('same-day events are ordered by the workbook order of their sheet, then row', () => {
    // 二级单位考核记录 comes before the per-unit sheet 城区供电所 in the workbook, so on 07-15 the
    // ledger row is k=2 and the unit sheet's row k=3; the unit sheet's 07-01 row is earliest (k=1).
    const { result } = scoreBook(
      {
        events: [
          event({ 日期: '2026-07-15', 单位: 'S01', 条款: '9.1', 等级: '轻微', 事项描述: 'ledger' }),
          event({ 日期: '2026-07-15', 单位: '城区供电所', 条款: '9.1', 等级: '轻微', $sheet: '城区供电所' }),
          event({ 日期: '2026-07-01', 单位: '城区供电所', 条款: '9.1', 等级: '轻微', $sheet: '城区供电所' }),
        ],
      },
      '2026Q3',
    );
    expect(result.events.map((e) => [e.sheet, e.row, e.date, e.occurrence, e.multiplier, e.points])).toEqual([
      ['城区供电所', 3, '2026-07-01', 1, 1, 1],
      ['二级单位考核记录', 2, '2026-07-15', 2, 1.5, 1.5],
      ['城区供电所', 2, '2026-07-15', 3, 2, 2],
    ]);
    // 1 + 1.5 + 2 = 4.5 → 95.5 → 优秀.
    expect(unitOf(result, 'S01').score).toBe(95.5);
  });

  test('commendations have occurrence 0, multiplier 1 and do not count as repeats', () => {
    // S02: 表扬 on 8.3, then a 一般 on 8.3: still the first occurrence (×1, 2 pts).
    // 100 − 2 + 0.5 = 98.5.
    const { result } = scoreBook(
      {
        events: [
          event({ 日期: '2026-07-01', 单位: 'S02', 来源: '客户表扬', 条款: '8.3', 等级: '表扬' }),
          event({ 日期: '2026-07-02', 单位: 'S02', 来源: '客户表扬', 条款: '8.3', 等级: 'B1' }),
          event({ 日期: '2026-07-05', 单位: 'S02', 条款: '8.3', 等级: '一般', ...closed }),
        ],
      },
      '2026Q3',
    );
    expect(result.events.map((e) => [e.level, e.occurrence, e.multiplier, e.points, e.bonus, e.open])).toEqual([
      ['B1', 0, 1, 0, 0.5, false],
      ['B1', 0, 1, 0, 0.5, false],
      ['L2', 1, 1, 2, 0, false],
    ]);
    const u = unitOf(result, 'S02');
    expect([u.points, u.bonus, u.score, u.events, u.complaints]).toEqual([2, 1, 99, 3, 1]);
  });
});

describe('override, bonus cap and open items (rules 3–6)', () => {
  test('an override replaces the points but not the fines', () => {
    // S01, 9.1 较大 (5 pts, 500/300/500) twice: computed 5 and 7.5, overridden to 3 and 1.
    // Fines follow the multiplier regardless: 500 + 750, 300 + 450, 500 + 750.
    const { result } = scoreBook(
      {
        events: [
          event({ 日期: '2026-07-03', 单位: 'S01', 条款: '9.1', 等级: '较大', 扣分调整: 3, 备注: '市公司核减', ...closed }),
          event({ 日期: '2026-08-03', 单位: 'S01', 条款: '9.1', 等级: '较大', 扣分调整: 1, 备注: '部分属实', ...closed }),
        ],
      },
      '2026Q3',
    );
    expect(result.events.map((e) => [e.multiplier, e.points, e.override, e.unitFine, e.headFine, e.personFine])).toEqual([
      [1, 3, true, 500, 300, 500],
      [1.5, 1, true, 750, 450, 750],
    ]);
    const u = unitOf(result, 'S01');
    expect([u.points, u.score, u.unitFine, u.headFine, u.personFine]).toEqual([4, 96, 1250, 750, 1250]);
  });

  test('points round half away from zero at .xx5: an override of 2.675 deducts 2.68, 1.005 deducts 1.01', () => {
    // 100 − 2.68 − 1.01 = 96.31 (naive float rounding would give 2.67 and 1.00 → 96.33).
    const { result } = scoreBook(
      {
        events: [
          event({ 日期: '2026-07-03', 单位: 'S02', 条款: '9.1', 等级: '较大', 扣分调整: 2.675, 备注: '核减', ...closed }),
          event({ 日期: '2026-07-04', 单位: 'S02', 条款: '9.2', 等级: '较大', 扣分调整: 1.005, 备注: '核减', ...closed }),
        ],
      },
      '2026Q3',
    );
    expect(result.events.map((e) => e.points)).toEqual([2.68, 1.01]);
    expect([unitOf(result, 'S02').points, unitOf(result, 'S02').score]).toEqual([3.69, 96.31]);
  });

  test('fines round half away to whole yuan: 轻微 person fine 45 × 1.5 = 67.5 → 68 with a custom ladder', () => {
    const ladder = [
      { 等级: '轻微', 代码: 'L1', 单位扣分: 0.35, 单位罚款: 0, 第一责任人罚款: 0, 直接责任人罚款: 45, 加分: 0, 等级上限: null },
      { 等级: '表扬', 代码: 'B1', 单位扣分: 0, 单位罚款: 0, 第一责任人罚款: 0, 直接责任人罚款: 0, 加分: 0.5, 等级上限: null },
    ];
    const { result } = scoreBook(
      {
        events: [
          event({ 日期: '2026-07-03', 单位: 'S02', 条款: '9.1', 等级: '轻微', ...closed }),
          event({ 日期: '2026-07-04', 单位: 'S02', 条款: '9.1', 等级: '轻微', ...closed }),
        ],
        sheets: [sheet('处罚标准', ladder)],
      },
      '2026Q3',
    );
    // 0.35 × 1.5 = 0.525 (0.5249999… in floats) → 0.53; fines 45 then 67.5 → 68.
    expect(result.events.map((e) => [e.points, e.personFine])).toEqual([
      [0.35, 45],
      [0.53, 68],
    ]);
    expect(unitOf(result, 'S02').score).toBe(99.12);
  });

  test('the bonus is capped at 季度加分上限 and the score at base + cap', () => {
    // S03: 省级以上表彰 3 + 市级表彰 2 + 锦旗 1 = 6 → bonus 5; one 轻微 (1 pt) → 100 − 1 + 5 = 104.
    // S02: the same 6 bonus points and nothing else → 105 = base + cap, the ceiling.
    const praise = (unit: string) => [
      event({ 日期: '2026-07-01', 单位: unit, 来源: '新闻媒体', 条款: '12', 等级: '省级以上表彰' }),
      event({ 日期: '2026-07-02', 单位: unit, 来源: '上级检查', 条款: '12', 等级: '市级表彰' }),
      event({ 日期: '2026-07-03', 单位: unit, 来源: '客户表扬', 条款: '12', 等级: '锦旗' }),
    ];
    const { result } = scoreBook(
      {
        events: [
          ...praise('S03'),
          event({ 日期: '2026-07-04', 单位: 'S03', 来源: '公司检查', 条款: '7.2', 等级: '轻微', ...closed }),
          ...praise('S02'),
        ],
      },
      '2026Q3',
    );
    expect([unitOf(result, 'S03').bonus, unitOf(result, 'S03').score]).toEqual([5, 104]);
    expect([unitOf(result, 'S02').bonus, unitOf(result, 'S02').score, unitOf(result, 'S02').grade]).toEqual([5, 105, '优秀']);
  });

  test('季度加分上限 from the 考核参数 sheet caps both bonus and score', () => {
    const { result } = scoreBook(
      {
        events: [
          event({ 日期: '2026-07-01', 单位: 'S02', 来源: '新闻媒体', 条款: '12', 等级: '省级以上表彰' }),
          event({ 日期: '2026-07-02', 单位: 'S02', 来源: '上级检查', 条款: '12', 等级: '市级表彰' }),
        ],
        sheets: [paramsSheet({ 季度加分上限: 4 })],
      },
      '2026Q3',
    );
    // 3 + 2 = 5 → capped at 4 → 104 = 100 + 4.
    expect([unitOf(result, 'S02').bonus, unitOf(result, 'S02').score]).toEqual([4, 104]);
  });

  test('open incidents cost 未闭环扣分 each; closed ones and commendations cost nothing', () => {
    // 未闭环扣分 0.5. S01: three 轻微 (1 pt each) on different clauses:
    //   7.1 all three checks 是 → closed; 7.2 整改落实 否 → open; 7.3 no check cells → open.
    // Plus a 表扬 with no checks: not an incident, never open.
    // Score = 100 − 3 − 2 × 0.5 + 0.5 = 96.5; points stays 3 (open-item points not included).
    const { result } = scoreBook(
      {
        events: [
          event({ 日期: '2026-07-01', 单位: 'S01', 来源: '公司检查', 条款: '7.1', 等级: '轻微', ...closed }),
          event({ 日期: '2026-07-02', 单位: 'S01', 来源: '公司检查', 条款: '7.2', 等级: '轻微', ...closed, 整改落实: '否' }),
          event({ 日期: '2026-07-03', 单位: 'S01', 来源: '公司检查', 条款: '7.3', 等级: '轻微' }),
          event({ 日期: '2026-07-04', 单位: 'S01', 来源: '客户表扬', 条款: '8.3', 等级: '表扬' }),
        ],
        sheets: [paramsSheet({ 未闭环扣分: 0.5 })],
      },
      '2026Q3',
    );
    expect(result.events.map((e) => e.open)).toEqual([false, true, true, false]);
    const u = unitOf(result, 'S01');
    expect([u.points, u.bonus, u.openItems, u.score, u.complaints]).toEqual([3, 0.5, 2, 96.5, 0]);
  });

  test('with the default 未闭环扣分 of 0, open items are counted but cost nothing', () => {
    const { result } = scoreBook({ events: [event({ 日期: '2026-07-02', 单位: 'S01', 等级: '轻微' })] }, '2026Q3');
    expect([unitOf(result, 'S01').openItems, unitOf(result, 'S01').score]).toEqual([1, 99]);
  });
});

describe('grades, veto and ranks (rules 7–8)', () => {
  test('a 重大 caps the grade at 合格, a 特别重大 at 不合格, and both set 一票否决', () => {
    const { result } = scoreBook(
      {
        events: [
          // D01: 重大 10 pts + 省级以上表彰 3 + 市级表彰 2 → 100 − 10 + 5 = 95 → 优秀 by lines → 合格.
          event({ 日期: '2026-07-01', 单位: 'D01', 来源: '新闻媒体', 条款: '14', 等级: '重大', ...closed }),
          event({ 日期: '2026-07-02', 单位: 'D01', 来源: '新闻媒体', 条款: '12', 等级: '省级以上表彰' }),
          event({ 日期: '2026-07-03', 单位: 'D01', 来源: '上级检查', 条款: '12', 等级: '市级表彰' }),
          // D02: 特别重大 20 pts → 80 → 合格 by lines (≥ 80) → 不合格.
          event({ 日期: '2026-07-01', 单位: 'D02', 来源: '新闻媒体', 条款: '14', 等级: '特别重大', ...closed }),
          // D03: 重大 on 14, 较大 twice on 9.1 (×1, ×1.5): 10 + 5 + 7.5 = 22.5 → 77.5, 不合格 by the lines already; veto still 是.
          event({ 日期: '2026-07-01', 单位: 'D03', 来源: '新闻媒体', 条款: '14', 等级: '重大', ...closed }),
          event({ 日期: '2026-07-02', 单位: 'D03', 来源: '新闻媒体', 条款: '9.1', 等级: '较大', ...closed }),
          event({ 日期: '2026-07-03', 单位: 'D03', 来源: '新闻媒体', 条款: '9.1', 等级: '较大', ...closed }),
          // S01: one 一般 → 98 → 优秀, no veto.
          event({ 日期: '2026-07-01', 单位: 'S01', 条款: '8.4', 等级: '一般', ...closed }),
        ],
      },
      '2026Q3',
    );
    const row = (code: string) => {
      const u = unitOf(result, code);
      return [u.score, u.grade, u.veto];
    };
    expect(row('D01')).toEqual([95, '合格', true]);
    expect(row('D02')).toEqual([80, '不合格', true]);
    expect(row('D03')).toEqual([77.5, '不合格', true]);
    expect(row('S01')).toEqual([98, '优秀', false]);
  });

  test('the lines decide the grade at their exact values (score ≥ line)', () => {
    // D01 一般×1 + 一般×1.5 on 8.4 … 2 + 3 = 5 → 95 → 优秀; D02 较大 on 5.2 and on 5.3, 5 + 5 → 90 → 良好;
    // D03 20.01 via override → 79.99 → 不合格.
    const { result } = scoreBook(
      {
        events: [
          event({ 日期: '2026-07-01', 单位: 'D01', 条款: '8.4', 等级: '一般', ...closed }),
          event({ 日期: '2026-07-02', 单位: 'D01', 条款: '8.4', 等级: '一般', ...closed }),
          event({ 日期: '2026-07-01', 单位: 'D02', 条款: '5.2', 等级: '较大', ...closed }),
          event({ 日期: '2026-07-02', 单位: 'D02', 条款: '5.3', 等级: '较大', ...closed }),
          event({ 日期: '2026-07-01', 单位: 'D03', 条款: '5.2', 等级: '较大', 扣分调整: 20.01, 备注: '测试', ...closed }),
        ],
      },
      '2026Q3',
    );
    expect(['D01', 'D02', 'D03'].map((c) => [unitOf(result, c).score, unitOf(result, c).grade])).toEqual([
      [95, '优秀'],
      [90, '良好'],
      [79.99, '不合格'],
    ]);
  });

  test('competition ranking (1, 2, 2, 4), departments and sub-units ranked apart', () => {
    const units = [
      { 单位编码: 'D01', 单位名称: '办公室', 类别: '部门', 第一责任人: '甲' },
      { 单位编码: 'D02', 单位名称: '营销部', 类别: '部门', 第一责任人: '乙' },
      { 单位编码: 'D03', 单位名称: '财务资产部', 类别: '部门', 第一责任人: '丙' },
      { 单位编码: 'D04', 单位名称: '运维检修部', 类别: '部门', 第一责任人: '丁' },
      { 单位编码: 'S01', 单位名称: '城区供电所', 类别: '二级单位', 第一责任人: '戊' },
      { 单位编码: 'S02', 单位名称: '路口供电所', 类别: '二级单位', 第一责任人: '己' },
      { 单位编码: 'S03', 单位名称: '堵城供电所', 类别: '二级单位', 第一责任人: '庚' },
    ];
    const { result } = scoreBook(
      {
        units,
        events: [
          // D02 98, D03 98, D04 95 (较大), D01 untouched 100.
          event({ 日期: '2026-07-01', 单位: 'D02', 条款: '5.2', 等级: '一般', ...closed }),
          event({ 日期: '2026-07-01', 单位: 'D03', 条款: '5.2', 等级: '一般', ...closed }),
          event({ 日期: '2026-07-01', 单位: 'D04', 条款: '5.2', 等级: '较大', ...closed }),
          // S01 99, S03 99, S02 untouched 100.
          event({ 日期: '2026-07-01', 单位: 'S01', 条款: '7.2', 等级: '轻微', ...closed }),
          event({ 日期: '2026-07-01', 单位: 'S03', 条款: '7.2', 等级: '轻微', ...closed }),
        ],
      },
      '2026Q3',
    );
    expect(result.units.map((u) => [u.code, u.score, u.rank])).toEqual([
      ['D01', 100, 1],
      ['D02', 98, 2],
      ['D03', 98, 2],
      ['D04', 95, 4],
      ['S01', 99, 2],
      ['S02', 100, 1],
      ['S03', 99, 2],
    ]);
  });

  test('departments come first, then sub-units, each in workbook order', () => {
    const units = [
      { 单位编码: 'S09', 单位名称: '计量中心', 类别: '二级单位', 第一责任人: '甲' },
      { 单位编码: 'D05', 单位名称: '营销部', 类别: '部门', 第一责任人: '乙' },
      { 单位编码: 'S01', 单位名称: '城区供电所', 类别: '二级单位', 第一责任人: '丙' },
      { 单位编码: 'D01', 单位名称: '办公室', 类别: '部门', 第一责任人: '丁' },
    ];
    const { result } = scoreBook({ units, events: [] }, '2026Q3');
    expect(result.units.map((u) => u.code)).toEqual(['D05', 'D01', 'S09', 'S01']);
  });
});

describe('a unit with no events (rule 10)', () => {
  test('scores the base, grades by the lines, and has zero counts and fines', () => {
    const { result } = scoreBook({ events: [event({ 单位: 'S01', 等级: '一般' })] }, '2026Q3');
    expect(unitOf(result, 'D01')).toEqual({
      code: 'D01',
      name: '办公室',
      category: '部门',
      head: '王主任',
      base: 100,
      points: 0,
      bonus: 0,
      score: 100,
      grade: '优秀',
      rank: 1,
      veto: false,
      events: 0,
      complaints: 0,
      unitFine: 0,
      headFine: 0,
      personFine: 0,
      openItems: 0,
    });
  });

  test('基础分 from the 考核参数 sheet is the score of an empty quarter', () => {
    const { result } = scoreBook({ events: [], sheets: [paramsSheet({ 基础分: 90 })] }, '2026Q3');
    expect(result.units.every((u) => u.score === 90 && u.base === 90 && u.grade === '良好')).toBe(true);
  });
});

describe('complaints (SPEC §4)', () => {
  test('count deducting events from 95598工单 or 来信来访 only', () => {
    const { result } = scoreBook(
      {
        events: [
          event({ 日期: '2026-07-01', 单位: 'S01', 来源: '95598工单', 条款: '8.4', 等级: '一般', ...closed }),
          event({ 日期: '2026-07-02', 单位: 'S01', 来源: '来信来访', 条款: '8.5', 等级: '较大', ...closed }),
          event({ 日期: '2026-07-03', 单位: 'S01', 来源: '明察暗访', 条款: '8.2', 等级: '轻微', ...closed }),
          event({ 日期: '2026-07-04', 单位: 'S01', 来源: '95598工单', 条款: '8.3', 等级: '表扬' }),
        ],
      },
      '2026Q3',
    );
    expect([unitOf(result, 'S01').events, unitOf(result, 'S01').complaints]).toEqual([4, 2]);
  });
});

describe('rule-2 order without parse’s help', () => {
  test('events handed over in any order are sorted by date, workbook sheet order, then row', () => {
    // Hand-built events (a host might concatenate sheets in any order): sheets in the workbook
    // are A then B. Expected: 07-01 B:5; 07-02 A:9, A:10, B:2; 07-03 A:3. Out-of-range ones dropped.
    const base = {
      unit: 'S01',
      source: '其他',
      clause: '7.1',
      level: 'L1',
      description: '',
      person: '',
      override: null,
      remark: '',
      causeFound: true,
      handled: true,
      fixed: true,
    };
    const d = (day: number) => 46203 + day; // 46204 = 2026-07-01
    const events = [
      { ...base, sheet: 'B', row: 2, date: d(2) },
      { ...base, sheet: 'A', row: 10, date: d(2) },
      { ...base, sheet: 'A', row: 3, date: d(3) },
      { ...base, sheet: 'B', row: 5, date: d(1) },
      { ...base, sheet: 'A', row: 9, date: d(2) },
      { ...base, sheet: 'A', row: 4, date: d(40) }, // after `last`
      { ...base, sheet: 'C', row: 2, date: d(2) }, // a sheet the workbook order does not list: after A, B
      { ...base, sheet: 'A', row: 5, date: d(0) }, // before `first`
    ];
    const order = orderEvents(events, d(1), d(30), ['A', 'B']);
    expect([...order].map((i) => `${events[i].sheet}:${events[i].row}`)).toEqual(['B:5', 'A:9', 'A:10', 'B:2', 'C:2', 'A:3']);
  });
});

describe('clauses outside the rules table', () => {
  test('still count repeats per clause (a hand-built model with no clause table)', () => {
    const { model } = scoreBook(
      {
        events: ['8.4', '8.5', '8.4', '9.1', '8.5', '8.4'].map((clause, i) =>
          event({ 日期: `2026-07-0${i + 1}`, 单位: 'S01', 条款: clause, 等级: '轻微', ...closed }),
        ),
      },
      '2026Q3',
    );
    model.rules.clauses = [];
    const result = score(model, { kind: 'quarter', year: 2026, quarter: 3 });
    // 8.4: k = 1, 2, 3; 8.5: k = 1, 2; 9.1: k = 1 → points 1, 1, 1.5, 1, 1.5, 2 = 8.
    expect(result.events.map((e) => [e.clause, e.occurrence])).toEqual([
      ['8.4', 1],
      ['8.5', 1],
      ['8.4', 2],
      ['9.1', 1],
      ['8.5', 2],
      ['8.4', 3],
    ]);
    expect(unitOf(result, 'S01').points).toBe(8);
  });
});
