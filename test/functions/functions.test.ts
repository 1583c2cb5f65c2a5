// Each QS function through its entry point in functions.ts, with numbers worked out by hand from
// SPEC §1.3 (the ladder), §1.4 (parameters) and §2 (scoring).
import { ADDWORKDAYS, CHECK, FINE, GRADE, POINTS, QUARTER, RANK, SCORE, WORKDAYS } from '../../src/functions/functions';
import { serialToIso, ymdToSerial } from '../../src/engine/dates';
import { excelError } from './helpers';

/** Excel passes an omitted optional argument as null (the declared types say undefined). */
const omitted = null as unknown as undefined;

const serial = (iso: string): number => {
  const [y, m, d] = iso.split('-').map(Number);
  return ymdToSerial(y, m, d);
};
/** A datetime serial: the day plus the fraction of hh:mm. */
const at = (iso: string, hh: number, mm: number): number => serial(iso) + (hh * 60 + mm) / 1440;

const HEAD = ['日期', '单位', '来源', '条款', '等级', '事项描述'];
// S01: Q1 8.4 一般 (1st), Q3 8.4 一般 (2nd → ×1.5 = 3), 9.3 较大 (5), a 锦旗 (+1) → Q3 = 93.
// S02: Q3 10 轻微 (1) → 99; Q4 10 轻微 again (2nd → 1.5) → 98.5.
const LEDGER = [
  HEAD,
  ['2026-03-10', 'S01', '95598工单', '8.4', '一般', '装表超时'],
  [serial('2026-07-15'), 'S01', '95598工单', '第8.4条', 'L2', '装表超时'],
  ['2026/8/1', 'S01', '来信来访', '9.3', '较大', '复电拖延'],
  ['2026年8月20日', 'S01', '客户表扬', '12', '锦旗', '上门服务'],
  ['2026-09-30', 'S02', '明察暗访', '10', '轻微', '响铃 7 声'],
  ['2026-10-01', 'S02', '明察暗访', '10', '轻微', '响铃 6 声'],
];

describe('QS.QUARTER', () => {
  test('serials and text dates', () => {
    expect(QUARTER(serial('2026-07-15'))).toBe('2026Q3');
    expect(QUARTER('2026-09-30')).toBe('2026Q3');
    expect(QUARTER('2026年10月1日')).toBe('2026Q4');
    expect(QUARTER('2026/1/1')).toBe('2026Q1');
    expect(QUARTER(at('2026-06-30', 23, 59))).toBe('2026Q2');
  });
  test('a value that is not a date is #VALUE!', () => {
    const e = excelError(() => QUARTER('下周一'));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toContain('“下周一”不是日期');
    expect(excelError(() => QUARTER(null)).code).toBe('#VALUE!');
    expect(excelError(() => QUARTER('2026-02-30')).code).toBe('#VALUE!');
  });
});

describe('QS.WORKDAYS and QS.ADDWORKDAYS', () => {
  test('the DOMAIN.md example, as serials and as text', () => {
    expect(WORKDAYS(serial('2025-09-26'), serial('2025-10-10'))).toBe(5);
    expect(WORKDAYS('2025-09-26', '2025-10-10')).toBe(5);
    expect(serialToIso(ADDWORKDAYS('2025-09-26', 5))).toBe('2025-10-10');
    expect(serialToIso(ADDWORKDAYS(serial('2025-10-10'), -5))).toBe('2025-09-26');
  });
  test('across the 2026 Mid-Autumn and National Day holidays', () => {
    expect(WORKDAYS('2026-09-18', '2026-10-12')).toBe(12);
    expect(serialToIso(ADDWORKDAYS('2026-09-30', 3))).toBe('2026-10-10'); // the make-up Saturday
  });
  test('a fractional day count is truncated, as Excel WORKDAY does', () => {
    expect(serialToIso(ADDWORKDAYS('2026-09-30', 1.9))).toBe('2026-10-08');
  });
  test('a year the calendar does not cover is #NUM! and says how to fix it', () => {
    const e = excelError(() => WORKDAYS('2026-12-25', '2027-01-05'));
    expect(e.code).toBe('#NUM!');
    expect(e.message).toContain('2027 年不在节假日日历范围内');
    expect(e.message).toContain('「节假日」');
    expect(excelError(() => ADDWORKDAYS('2026-12-30', 5)).code).toBe('#NUM!');
  });
  test('a 节假日 range fills a year and overrides the package', () => {
    const holidays = [
      ['日期', '类型'],
      ['2027-01-01', '休'],
      [serial('2026-10-10'), '休'], // cancel the 2026 make-up Saturday
    ];
    // After Fri 2026-12-25: 12-28..31 (4), 2027-01-01 off, 01-04 Mon, 01-05 Tue → 6.
    expect(WORKDAYS('2026-12-25', '2027-01-05', holidays)).toBe(6);
    expect(serialToIso(ADDWORKDAYS('2026-09-30', 3, holidays))).toBe('2026-10-12');
  });
  test('a bad 节假日 row is #VALUE! naming its row and column in the range', () => {
    const e = excelError(() =>
      WORKDAYS('2026-09-18', '2026-10-12', [
        ['日期', '类型'],
        ['2026-10-10', '加班'],
      ]),
    );
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toMatch(/^节假日区域\(holidays\)第 2 行第 2 列「类型」/);
  });
  test('text that is not a date is #VALUE!', () => {
    expect(excelError(() => WORKDAYS('明天', '2026-10-12')).code).toBe('#VALUE!');
  });
});

describe('QS.CHECK', () => {
  test('8.4 connection within 5 working days (dates, or the count itself)', () => {
    expect(CHECK('8.4', '2025-09-26', '2025-10-10')).toBe(true); // exactly 5
    expect(CHECK('8.4', '2025-09-26', '2025-10-13')).toBe(false); // 6
    expect(CHECK(8.4, 5)).toBe(true);
    expect(CHECK('第八条第4款', 6)).toBe(false);
  });
  test('8.4 with 装表接电时限 set to 3 in the params range', () => {
    const params = [
      ['参数', '值'],
      ['装表接电时限(工作日)', 3],
    ];
    // After Fri 2026-09-18: 09-20 (班), 09-21, 09-22 → 3; 09-23 → 4.
    expect(CHECK('8.4', '2026-09-18', '2026-09-22', omitted, params)).toBe(true);
    expect(CHECK('8.4', '2026-09-18', '2026-09-23', omitted, params)).toBe(false);
  });
  test('8.5 payment within 5 minutes', () => {
    expect(CHECK('8.5', 5)).toBe(true);
    expect(CHECK('8.5', 5.5)).toBe(false);
    expect(CHECK('8.5', '2026-07-15 09:00', '2026-07-15 09:05')).toBe(true);
    expect(CHECK('8.5', '2026-07-15 09:00', '2026-07-15 09:05:01')).toBe(false);
  });
  test('9.3 supply restored within 24 hours of payment', () => {
    expect(CHECK('9.3', at('2026-07-15', 10, 0), at('2026-07-16', 10, 0))).toBe(true);
    expect(CHECK('9.3', at('2026-07-15', 10, 0), at('2026-07-16', 10, 1))).toBe(false);
    expect(CHECK('9.3', 23.5)).toBe(true);
  });
  test('a time with fractional seconds keeps its time of day', () => {
    expect(CHECK('9.3', '2026-07-15 08:00:00', '2026-07-16 09:00:00.5')).toBe(false); // 25 h
    expect(CHECK('8.5', '2026-07-15 08:30:00.5', '2026-07-15 08:33:00')).toBe(true); // 2.5 min
    expect(CHECK('8.5', '2026-07-15 08:30:59.5', '2026-07-15 08:35:00')).toBe(true);
  });
  test('10 phone answered within 5 rings', () => {
    expect(CHECK(10, 5)).toBe(true);
    expect(CHECK('10', 6)).toBe(false);
  });
  test('11 repair arrival by area: 45 / 90 / 120 minutes', () => {
    expect(CHECK(11, 45, omitted, '城区')).toBe(true);
    expect(CHECK(11, 46, omitted, '城区')).toBe(false);
    expect(CHECK(11, 90, omitted, '农村')).toBe(true);
    expect(CHECK(11, 121, omitted, '边远')).toBe(false);
    expect(CHECK(11, '2026-07-15 23:30', '2026-07-16 00:15', '城区')).toBe(true); // 45 min over midnight
    expect(CHECK(11, '2026-07-15 08:00', '2026-07-15 08:46', '城区')).toBe(false);
  });
  test('11 without an area: planned-outage notice at least 7 days ahead', () => {
    expect(CHECK(11, '2026-07-01', '2026-07-08')).toBe(true);
    expect(CHECK(11, '2026-07-02', '2026-07-08')).toBe(false);
    expect(CHECK(11, 7)).toBe(true);
    expect(CHECK(11, 6)).toBe(false);
  });
  test('thresholds come from the params range', () => {
    const params = [
      ['参数', '值'],
      ['抢修到达时限(城区,分钟)', 30],
      ['摘机响铃次数', 3],
    ];
    expect(CHECK(11, 40, omitted, '城区', params)).toBe(false);
    expect(CHECK(10, 4, omitted, omitted, params)).toBe(false);
  });
  test('bad input: the most specific error, in Chinese', () => {
    expect(excelError(() => CHECK('8.1', 3))).toMatchObject({ code: '#N/A', message: expect.stringContaining('8.1 没有可量化检验的承诺') });
    expect(excelError(() => CHECK('15', 3))).toMatchObject({ code: '#N/A', message: expect.stringContaining('条款 15 不在考核办法') });
    expect(excelError(() => CHECK('装表', 3)).code).toBe('#VALUE!');
    expect(excelError(() => CHECK(11, 40, omitted, '郊区'))).toMatchObject({
      code: '#VALUE!',
      message: expect.stringContaining('区域“郊区”无效'),
    });
    expect(excelError(() => CHECK('8.4', '2026-07-10', '2026-07-01')).message).toContain('接电日期早于申请日期');
    expect(excelError(() => CHECK('8.4', '2026-12-25', '2027-01-05')).code).toBe('#NUM!');
    expect(excelError(() => CHECK('8.5', -1)).code).toBe('#NUM!');
    expect(excelError(() => CHECK('8.5', '五分钟')).code).toBe('#VALUE!');
    const badParams = excelError(() =>
      CHECK(10, 4, omitted, omitted, [
        ['参数', '值'],
        ['响铃', 3],
      ]),
    );
    expect(badParams.code).toBe('#VALUE!');
    expect(badParams.message).toMatch(/^考核参数区域\(params\)第 2 行/);
  });
});

describe('QS.POINTS and QS.FINE', () => {
  test('level points × the repeat factor of the occurrence (1, 1.5, 2)', () => {
    expect(POINTS('一般')).toBe(2);
    expect(POINTS('L2', 2)).toBe(3);
    expect(POINTS('一般', 3)).toBe(4);
    expect(POINTS('一般', 7)).toBe(4);
    expect(POINTS('较大', 2)).toBe(7.5);
    expect(POINTS('l1', 2)).toBe(1.5);
  });
  test('commendations deduct nothing and never escalate', () => {
    expect(POINTS('锦旗', 3)).toBe(0);
    expect(FINE('B2', '单位', 3)).toBe(0);
  });
  test('fines per party, whole yuan half away from zero', () => {
    expect(FINE('一般', '单位')).toBe(200);
    expect(FINE('一般', '第一责任人')).toBe(100);
    expect(FINE('一般', '直接责任人')).toBe(200);
    expect(FINE('较大', '单位', 2)).toBe(750);
    expect(FINE('重大', '第一责任人', 3)).toBe(2000);
    expect(FINE('特别重大', 'person', 2)).toBe(3000);
    // 轻微 person fine 50 × 1.25 = 62.5 → 63.
    expect(
      FINE('轻微', '直接责任人', 2, omitted, [
        ['参数', '值'],
        ['重复发生系数', '1,1.25'],
      ]),
    ).toBe(63);
  });
  test('a workbook ladder and params replace the built-in ones', () => {
    const ladder = [
      ['等级', '代码', '单位扣分', '单位罚款', '第一责任人罚款', '直接责任人罚款', '加分', '等级上限'],
      ['一般', 'L2', 3, 300, 150, 100, 0, null],
      ['表扬', 'B1', 0, 0, 0, 0, 0.5, null],
    ];
    const params = [
      ['参数', '值'],
      ['重复发生系数', '1,1.25'],
    ];
    expect(POINTS('一般', 1, ladder)).toBe(3);
    expect(POINTS('一般', 2, ladder, params)).toBe(3.75);
    expect(POINTS('一般', 9, omitted, params)).toBe(2.5);
    expect(FINE('L2', '第一责任人', 2, ladder, params)).toBe(188); // 187.5 → 188
    expect(excelError(() => POINTS('较大', 1, ladder))).toMatchObject({
      code: '#N/A',
      message: expect.stringContaining('一般(L2)、表扬(B1)'),
    });
  });
  test('bad input', () => {
    expect(excelError(() => POINTS('特大'))).toMatchObject({ code: '#N/A', message: expect.stringContaining('未知的等级“特大”') });
    expect(excelError(() => POINTS('一般', 0)).code).toBe('#NUM!');
    expect(excelError(() => POINTS('一般', 1.5)).code).toBe('#NUM!');
    expect(excelError(() => FINE('一般', '科长'))).toMatchObject({
      code: '#VALUE!',
      message: expect.stringContaining('罚款对象“科长”无效'),
    });
    expect(excelError(() => POINTS('', 1)).code).toBe('#VALUE!');
  });
});

describe('QS.GRADE', () => {
  test('by the lines 95 / 90 / 80 (score ≥ line)', () => {
    expect(GRADE(95)).toBe('优秀');
    expect(GRADE(94.99)).toBe('良好');
    expect(GRADE(90)).toBe('良好');
    expect(GRADE(89.99)).toBe('合格');
    expect(GRADE(80)).toBe('合格');
    expect(GRADE(79.99)).toBe('不合格');
  });
  test('a veto caps the grade, never raises it', () => {
    expect(GRADE(99, '合格')).toBe('合格');
    expect(GRADE(70, '合格')).toBe('不合格');
    expect(GRADE(99, '不合格')).toBe('不合格');
    expect(GRADE(99, '否')).toBe('优秀');
    expect(GRADE(99, false)).toBe('优秀');
  });
  test('grade lines from the params range', () => {
    expect(
      GRADE(97, omitted, [
        ['参数', '值'],
        ['优秀线', 98],
      ]),
    ).toBe('良好');
  });
  test('a bare 是/TRUE does not say which cap: refused, not guessed', () => {
    expect(excelError(() => GRADE(99, true)).message).toContain('等级上限');
    expect(excelError(() => GRADE(99, '是')).code).toBe('#VALUE!');
    expect(excelError(() => GRADE(99, '很差')).code).toBe('#VALUE!');
    expect(excelError(() => GRADE('高' as unknown as number)).code).toBe('#VALUE!');
  });
});

describe('QS.SCORE', () => {
  test('quarter scores with repeats counted across quarters, and a bonus', () => {
    expect(SCORE('S01', '2026Q3', LEDGER)).toBe(93);
    expect(SCORE('S01', '2026Q1', LEDGER)).toBe(98);
    expect(SCORE('S02', '2026Q3', LEDGER)).toBe(99);
    expect(SCORE('S02', '2026Q4', LEDGER)).toBe(98.5);
    expect(SCORE('S02', '2026年第4季度', LEDGER)).toBe(98.5);
  });
  test('a year, by the mean of its quarters (季度平均)', () => {
    expect(SCORE('S01', 2026, LEDGER)).toBe(97.75); // (98 + 100 + 93 + 100) / 4
  });
  test('a unit with no events scores the base', () => {
    expect(SCORE('S09', '2026Q3', LEDGER)).toBe(100);
    expect(SCORE('S01', '2025Q3', LEDGER)).toBe(100);
  });
  test("one unit's own records without a 单位 column", () => {
    const own = LEDGER.filter((r, i) => i === 0 || r[1] === 'S01').map((r) => r.filter((_, j) => j !== 1));
    own.splice(2, 0, [null, null, null, null, null] as unknown as (string | number)[]); // a blank row stays blank
    expect(SCORE('S01', '2026Q3', own)).toBe(93);
  });
  test('parameters change the numbers as they change the summary', () => {
    const params = [
      ['参数', '值'],
      ['基础分', 90],
      ['季度加分上限', 0.5],
    ];
    // 90 − 3 − 5 + min(1, 0.5) = 82.5
    expect(SCORE('S01', '2026Q3', LEDGER, omitted, params)).toBe(82.5);
  });
  test('a bad row anywhere in the range is #VALUE! naming it', () => {
    const bad = [...LEDGER, ['2026-07-20', 'S01', '95598工单', '8.4', '特大', '?']];
    const e = excelError(() => SCORE('S02', '2026Q3', bad));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toMatch(/^考核记录区域\(events\)第 8 行第 5 列「等级」:未知的等级“特大”/);
  });
  test('with the optional units range: by code or name, and an unknown unit is #N/A', () => {
    const units = [
      ['单位编码', '单位名称', '类别', '第一责任人'],
      ['S01', '城区供电所', '二级单位', '陈所长'],
      ['S02', '路口供电所', '二级单位', '刘所长'],
      ['S03', '客户服务中心', '二级单位', '赵主任'],
    ];
    const byName = LEDGER.map((r, i) => (i === 0 ? r : [r[0], r[1] === 'S01' ? '城区供电所' : r[1], ...r.slice(2)]));
    expect(SCORE('S01', '2026Q3', byName, omitted, omitted, units)).toBe(93);
    expect(SCORE('城区供电所', '2026Q3', byName, omitted, omitted, units)).toBe(93);
    expect(SCORE('S03', '2026Q3', byName, omitted, omitted, units)).toBe(100);
    // Without units, the unit must be typed as in the events: the code names nobody there.
    expect(SCORE('S01', '2026Q3', byName)).toBe(100);
    expect(excelError(() => SCORE('S09', '2026Q3', byName, omitted, omitted, units)).code).toBe('#N/A');
  });
  test('a bad period is #VALUE!', () => {
    expect(excelError(() => SCORE('S01', '2026Q5', LEDGER)).message).toContain('期间“2026Q5”无效');
  });
  test('the unit is resolved as the parser resolves a 单位 cell: any case or width', () => {
    expect(SCORE('s01', '2026Q3', LEDGER)).toBe(93);
    expect(SCORE('Ｓ01', '2026Q3', LEDGER)).toBe(93);
    const units = [
      ['单位编码', '单位名称', '类别', '第一责任人'],
      ['S01', '城区供电所', '二级单位', '陈所长'],
      ['S02', '路口供电所', '二级单位', '刘所长'],
    ];
    expect(SCORE('s01', '2026Q3', LEDGER, omitted, omitted, units)).toBe(93);
  });
  test('a code wins over a name, as in the summary', () => {
    // D01 is named 综合; the sub-unit coded 综合 is the one the events' 综合 means.
    const units = [
      ['单位编码', '单位名称', '类别', '第一责任人'],
      ['D01', '综合', '部门', '甲'],
      ['综合', '综合服务站', '二级单位', '乙'],
    ];
    const events = [LEDGER[0], ['2026-07-20', '综合', '95598工单', '8.4', '一般', '装表超时']];
    expect(SCORE('综合', '2026Q3', events, omitted, omitted, units)).toBe(98);
    expect(SCORE('D01', '2026Q3', events, omitted, omitted, units)).toBe(100);
  });
});

describe('QS.RANK', () => {
  const UNITS = [
    ['单位编码', '单位名称', '类别', '第一责任人'],
    ['D01', '办公室', '部门', '王主任'],
    ['S01', '城区供电所', '二级单位', '陈所长'],
    ['S02', '路口供电所', '二级单位', '刘所长'],
    ['S03', '客户服务中心', '二级单位', '赵主任'],
  ];
  test('competition ranking within the category, by code or name', () => {
    // Q3 二级单位: S03 100, S02 99, S01 93.
    expect(RANK('S03', '2026Q3', UNITS, LEDGER)).toBe(1);
    expect(RANK('路口供电所', '2026Q3', UNITS, LEDGER)).toBe(2);
    expect(RANK('S01', '2026Q3', UNITS, LEDGER)).toBe(3);
    expect(RANK('D01', '2026Q3', UNITS, LEDGER)).toBe(1);
    // Q2: nobody has events → all tie at 1.
    expect(RANK('S01', '2026Q2', UNITS, LEDGER)).toBe(1);
  });
  test('a unit not in the units range is #N/A', () => {
    expect(excelError(() => RANK('S09', '2026Q3', UNITS, LEDGER))).toMatchObject({
      code: '#N/A',
      message: expect.stringContaining('“S09”不在单位区域中'),
    });
  });
  test('an event for a unit missing from the units range is #VALUE!', () => {
    const e = excelError(() => RANK('S01', '2026Q3', UNITS.slice(0, 3), LEDGER));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toContain('未知的单位“S02”');
  });
});

describe('QS.CHECK never measures a lone start date (issue 13)', () => {
  test('11 with a blank outage date is an error, not TRUE', () => {
    for (const start of ['2026-07-01', 46204, '2026-07-01 08:00']) {
      const e = excelError(() => CHECK(11, start, omitted));
      expect(e.code).toBe('#VALUE!');
      expect(e.message).toContain('结束值为空');
    }
    expect(excelError(() => CHECK(11, '2026-07-01 08:00', omitted, '城区')).message).toContain('结束值为空');
    expect(excelError(() => CHECK('8.4', 46204, omitted)).message).toContain('结束值为空');
    expect(excelError(() => CHECK('9.3', 46204.5, '')).message).toContain('结束值为空');
    // A measured quantity alone is still fine.
    expect(CHECK(11, 7)).toBe(true);
    expect(CHECK('8.5', 4)).toBe(true);
  });

  test('an uncovered year asks for the 节假日 range as the holidays argument', () => {
    const e = excelError(() => WORKDAYS('2031-01-05', '2031-01-20'));
    expect(e.code).toBe('#NUM!');
    expect(e.message).toContain('holidays');
    expect(e.message).toContain('节假日');
  });
});

describe('QS.SCORE and 认定 (issue 13)', () => {
  test('an event found 不属实 in the events range scores nothing, as in the summary', () => {
    const events = [
      ['日期', '单位', '来源', '条款', '等级', '事项描述', '认定'],
      ['2026-07-06', 'S01', '95598工单', '8.4', '较大', '越级投诉', '不属实'],
      ['2026-07-20', 'S01', '95598工单', '8.4', '一般', '装表超时', ''],
    ];
    // The exempt one is no occurrence: the 一般 event is the first, 2 points.
    expect(SCORE('S01', '2026Q3', events)).toBe(98);
    expect(excelError(() => SCORE('S01', '2026Q3', [events[0], [...events[1].slice(0, 6), '待定']])).message).toContain('认定');
  });
});
