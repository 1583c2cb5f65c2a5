// SPEC §2 rule 9–10 and the §4 JSON shape.

import { event } from '../helpers/snapshot';
import { paramsSheet, scoreBook, unitOf } from './score-book';

const closed = { 原因查清: '是', 责任处理: '是', 整改落实: '是' };

// S01 over 2026:
//   Q1 02-10 一般 8.4 k=1 ×1   → 2 pts (200/100/200)            → 98
//   Q2 05-10 一般 8.4 k=2 ×1.5 → 3 pts (300/150/300)            → 97
//   Q3 省级以上表彰 3 + 市级表彰 2 + 锦旗 1 = 6 → capped at 5     → 105
//   Q4 表扬 0.5 + an open 轻微 on 7.2 (1 pt, 未闭环扣分 0.5)     → 100 − 1 − 0.5 + 0.5 = 99
// 季度平均: (98 + 97 + 105 + 99) / 4 = 399 / 4 = 99.75.
// 年度累计: 100 − (2 + 3 + 1) − 0.5 + min(6.5, 4 × 5) = 100.00. Bonus reported: 季度平均 sums
// what the quarters counted (0 + 0 + 5 + 0.5 = 5.5); 年度累计 the year's capped sum (6.5).
const s01Year = [
  event({ 日期: '2026-02-10', 单位: 'S01', 条款: '8.4', 等级: '一般', ...closed }),
  event({ 日期: '2026-05-10', 单位: 'S01', 条款: '8.4', 等级: '一般', ...closed }),
  event({ 日期: '2026-07-01', 单位: 'S01', 来源: '新闻媒体', 条款: '12', 等级: '省级以上表彰' }),
  event({ 日期: '2026-08-01', 单位: 'S01', 来源: '上级检查', 条款: '12', 等级: '市级表彰' }),
  event({ 日期: '2026-09-01', 单位: 'S01', 来源: '客户表扬', 条款: '12', 等级: '锦旗' }),
  event({ 日期: '2026-10-08', 单位: 'S01', 来源: '客户表扬', 条款: '8.3', 等级: '表扬' }),
  event({ 日期: '2026-12-31', 单位: 'S01', 来源: '公司检查', 条款: '7.2', 等级: '轻微', 原因查清: '是' }),
  // Next year's event is not part of 2026.
  event({ 日期: '2027-01-02', 单位: 'S01', 条款: '8.4', 等级: '一般', ...closed }),
];

describe('annual score (rule 9)', () => {
  test('季度平均: the mean of the four quarterly scores', () => {
    const { result } = scoreBook({ events: s01Year, sheets: [paramsSheet({ 未闭环扣分: 0.5 })] }, '2026');
    const u = unitOf(result, 'S01');
    expect(u.quarters).toEqual([98, 97, 105, 99]);
    expect([u.score, u.grade, u.points, u.bonus, u.openItems, u.veto]).toEqual([99.75, '优秀', 6, 5.5, 1, false]);
    // Year sums: 7 events, 1 complaint (the Q1 95598 一般; Q2 too: both 95598工单) …
    expect([u.events, u.complaints, u.unitFine, u.headFine, u.personFine]).toEqual([7, 2, 500, 250, 550]);
    expect(result.events).toHaveLength(7);
    expect(result.period).toBe('2026');
  });

  test('年度累计: base − the year’s points and open-item points + min(Σ bonus, 4 × cap)', () => {
    const { result } = scoreBook({ events: s01Year, sheets: [paramsSheet({ 未闭环扣分: 0.5, 年度得分方式: '年度累计' })] }, '2026');
    const u = unitOf(result, 'S01');
    expect(u.quarters).toEqual([98, 97, 105, 99]);
    expect([u.score, u.bonus]).toEqual([100, 6.5]);
  });

  test('年度累计 may exceed base + one quarter’s cap, up to base + 4 × cap', () => {
    // Five 省级以上表彰 per quarter (15 → 5 a quarter); 年度累计: min(60, 20) → 120, the ceiling.
    const praise = ['02', '05', '08', '11'].flatMap((m) =>
      [1, 2, 3, 4, 5].map((d) => event({ 日期: `2026-${m}-0${d}`, 单位: 'S02', 来源: '新闻媒体', 条款: '12', 等级: '省级以上表彰' })),
    );
    const avg = scoreBook({ events: praise }, '2026').result;
    expect([unitOf(avg, 'S02').quarters, unitOf(avg, 'S02').score]).toEqual([[105, 105, 105, 105], 105]);
    const cum = scoreBook({ events: praise, sheets: [paramsSheet({ 年度得分方式: '年度累计' })] }, '2026').result;
    expect([unitOf(cum, 'S02').score, unitOf(cum, 'S02').bonus]).toEqual([120, 20]);
  });

  test('年度累计 is floored at 0', () => {
    // Six 特别重大 on clause 14: 20 + 30 + 40 × 4 = 210 pts → 100 − 210 → 0.
    const big = ['01', '03', '05', '07', '09', '11'].map((m) =>
      event({ 日期: `2026-${m}-15`, 单位: 'D02', 来源: '新闻媒体', 条款: '14', 等级: '特别重大', ...closed }),
    );
    const { result } = scoreBook({ events: big, sheets: [paramsSheet({ 年度得分方式: '年度累计' })] }, '2026');
    const u = unitOf(result, 'D02');
    expect([u.points, u.score, u.grade, u.veto, u.unitFine]).toEqual([210, 0, '不合格', true, 5000 * (1 + 1.5 + 2 * 4)]);
    // Quarters: Q1 (01: 20, 03: 30) → 50; Q2 (05: 40) → 60; Q3 (07, 09: 80) → 20; Q4 (11: 40) → 60.
    expect(u.quarters).toEqual([50, 60, 20, 60]);
  });

  test('the annual mean rounds half away from zero: (98 + 97 + 105 + 100.5) / 4 = 100.125 → 100.13', () => {
    const events = [...s01Year.slice(0, 5), event({ 日期: '2026-10-08', 单位: 'S01', 来源: '客户表扬', 条款: '8.3', 等级: '表扬' })];
    const u = unitOf(scoreBook({ events }, '2026').result, 'S01');
    expect(u.quarters).toEqual([98, 97, 105, 100.5]);
    expect(u.score).toBe(100.13);
  });

  test('a grade cap anywhere in the year caps the annual grade and sets the veto', () => {
    // D01: a 重大 in March (Q1 90 → 合格 by the cap). Year mean (90 + 100 × 3) / 4 = 97.5 → 优秀 by
    // the lines, lowered to 合格; 一票否决 是. The Q3 summary alone has no veto.
    const events = [event({ 日期: '2026-03-03', 单位: 'D01', 来源: '新闻媒体', 条款: '14', 等级: '重大', ...closed })];
    const year = unitOf(scoreBook({ events }, '2026').result, 'D01');
    expect([year.score, year.grade, year.veto]).toEqual([97.5, '合格', true]);
    const q3 = unitOf(scoreBook({ events }, '2026Q3').result, 'D01');
    expect([q3.score, q3.grade, q3.veto]).toEqual([100, '优秀', false]);
  });

  test('ranks the annual scores within each category', () => {
    const events = [
      event({ 日期: '2026-03-03', 单位: 'D01', 条款: '5.2', 等级: '一般', ...closed }), // 99.5
      event({ 日期: '2026-03-03', 单位: 'D03', 条款: '5.2', 等级: '较大', ...closed }), // 98.75
    ];
    const { result } = scoreBook({ events }, '2026');
    expect(result.units.map((u) => [u.code, u.score, u.rank])).toEqual([
      ['D01', 99.5, 2],
      ['D02', 100, 1],
      ['D03', 98.75, 3],
      ['S01', 100, 1],
      ['S02', 100, 1],
      ['S03', 100, 1],
    ]);
  });
});

describe('the Result is SPEC §4’s JSON, key for key', () => {
  const UNIT_KEYS = [
    'code',
    'name',
    'category',
    'head',
    'base',
    'points',
    'bonus',
    'score',
    'grade',
    'rank',
    'veto',
    'events',
    'complaints',
    'unitFine',
    'headFine',
    'personFine',
    'openItems',
  ];
  const EVENT_KEYS = [
    'sheet',
    'row',
    'unit',
    'date',
    'source',
    'clause',
    'level',
    'occurrence',
    'multiplier',
    'points',
    'unitFine',
    'headFine',
    'personFine',
    'bonus',
    'override',
    'open',
  ];

  test('a quarter: no `quarters`, nothing extra', () => {
    const { result } = scoreBook({ events: s01Year }, '2026Q3');
    const json = JSON.parse(JSON.stringify(result));
    expect(Object.keys(json)).toEqual(['period', 'company', 'units', 'events', 'people']);
    expect(json.period).toBe('2026Q3');
    expect(json.company).toBe('黄冈黄州区供电公司');
    for (const u of json.units) expect(Object.keys(u)).toEqual(UNIT_KEYS);
    for (const e of json.events) expect(Object.keys(e)).toEqual(EVENT_KEYS);
    expect(json.events[0]).toEqual({
      sheet: '二级单位考核记录',
      row: 4,
      unit: 'S01',
      date: '2026-07-01',
      source: '新闻媒体',
      clause: '12',
      level: 'B4',
      occurrence: 0,
      multiplier: 1,
      points: 0,
      unitFine: 0,
      headFine: 0,
      personFine: 0,
      bonus: 3,
      override: false,
      open: false,
    });
  });

  test('a year: `quarters` on units, last', () => {
    const { result } = scoreBook({ events: s01Year, sheets: [paramsSheet({ 公司名称: '测试供电公司' })] }, '2026');
    const json = JSON.parse(JSON.stringify(result));
    for (const u of json.units) expect(Object.keys(u)).toEqual([...UNIT_KEYS, 'quarters']);
    expect(json.company).toBe('测试供电公司');
  });
});
