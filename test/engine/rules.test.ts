import {
  AREAS,
  DEFAULT_CLAUSES,
  DEFAULT_LADDER,
  EVENT_SOURCES,
  CATEGORIES,
  PARAM_DEFS,
  applyParam,
  defaultParams,
  defaultRules,
  findLevel,
  findParam,
  makeClauseLookup,
  normaliseClauseId,
  parseRepeatFactors,
} from '../../src/engine/rules';
import { multiplierFor } from '../../src/engine/score/event';

describe('built-in clauses', () => {
  test('every clause of Articles 5–14, in order', () => {
    expect(DEFAULT_CLAUSES.map((c) => c.id)).toEqual([
      '5.1',
      '5.2',
      '5.3',
      '5.4',
      '6.1',
      '6.2',
      '6.3',
      '7.1',
      '7.2',
      '7.3',
      '7.4',
      '8.1',
      '8.2',
      '8.3',
      '8.4',
      '8.5',
      '8.6',
      '9.1',
      '9.2',
      '9.3',
      '9.4',
      '10',
      '11',
      '12',
      '13.1',
      '13.2',
      '14',
    ]);
  });

  test('each article belongs to its area', () => {
    const areaOf = (id: string) => DEFAULT_CLAUSES.find((c) => c.id === id)!.area;
    // Article n ↦ AREAS[n - 5]
    for (const c of DEFAULT_CLAUSES) expect(c.area).toBe(AREAS[Number(c.id.split('.')[0]) - 5]);
    expect(areaOf('5.2')).toBe('部门协作');
    expect(areaOf('10')).toBe('查询服务');
    expect(areaOf('14')).toBe('服务纪律');
  });

  test('default levels follow the level meanings', () => {
    const lv = Object.fromEntries(DEFAULT_CLAUSES.map((c) => [c.id, c.defaultLevel]));
    for (const id of ['6.1', '6.2', '6.3', '7.1', '7.2', '7.3', '7.4', '12', '13.1', '13.2']) expect(lv[id]).toBe('L1');
    for (const id of ['8.4', '8.5', '9.3', '10', '11']) expect(lv[id]).toBe('L2');
    expect(lv['14']).toBe('L3');
    const codes = new Set(DEFAULT_LADDER.map((l) => l.code));
    for (const c of DEFAULT_CLAUSES) {
      expect(codes.has(c.defaultLevel)).toBe(true);
      expect(c.standard.length).toBeGreaterThan(8);
    }
  });
});

describe('built-in ladder and lists', () => {
  test('the ladder is SPEC §1.3 exactly', () => {
    expect(DEFAULT_LADDER.map((l) => [l.name, l.code, l.points, l.unitFine, l.headFine, l.personFine, l.bonus, l.gradeCap])).toEqual([
      ['轻微', 'L1', 1, 0, 0, 50, 0, null],
      ['一般', 'L2', 2, 200, 100, 200, 0, null],
      ['较大', 'L3', 5, 500, 300, 500, 0, null],
      ['重大', 'L4', 10, 2000, 1000, 1000, 0, '合格'],
      ['特别重大', 'L5', 20, 5000, 2000, 2000, 0, '不合格'],
      ['表扬', 'B1', 0, 0, 0, 0, 0.5, null],
      ['锦旗', 'B2', 0, 0, 0, 0, 1, null],
      ['市级表彰', 'B3', 0, 0, 0, 0, 2, null],
      ['省级以上表彰', 'B4', 0, 0, 0, 0, 3, null],
    ]);
  });

  test('sources and categories for drop-downs', () => {
    expect([...EVENT_SOURCES]).toEqual([
      '95598工单',
      '新闻媒体',
      '来信来访',
      '明察暗访',
      '上级检查',
      '公司检查',
      '日常考核',
      '客户表扬',
      '其他',
    ]);
    expect([...CATEGORIES]).toEqual(['部门', '二级单位']);
  });

  test('defaultRules hands out copies', () => {
    const a = defaultRules();
    a.ladder[0].points = 99;
    a.params.repairMinutes.城区 = 1;
    const b = defaultRules();
    expect(b.ladder[0].points).toBe(1);
    expect(b.params.repairMinutes.城区).toBe(45);
    expect(b.source).toEqual({ clauses: 'default', ladder: 'default', params: 'default' });
  });
});

describe('clause normalisation', () => {
  test.each<[unknown, string | null]>([
    ['8.4', '8.4'],
    ['8.4条', '8.4'],
    ['第8.4条', '8.4'],
    ['第八条第4款', '8.4'],
    ['第八条第四款', '8.4'],
    ['第十条', '10'],
    ['第十三条第二款', '13.2'],
    ['10', '10'],
    [' 8.4 ', '8.4'],
    ['８．４', '8.4'],
    ['第８.４条', '8.4'],
    ['8.4款', '8.4'],
    ['第8条第4款', '8.4'],
    [8.4, '8.4'],
    [10, '10'],
    [13.2, '13.2'],
    [13.200000000001, '13.2'],
    ['八点四', null],
    ['abc', null],
    ['', null],
    [true, null],
    [null, null],
    [-1, null],
  ])('%p → %p', (input, expected) => {
    expect(normaliseClauseId(input as never)).toBe(expected);
  });

  test('lookup against the clause table: unknown ids are null, 8.40 text means 8.4', () => {
    const lookup = makeClauseLookup(DEFAULT_CLAUSES);
    expect(lookup('8.40')).toBe('8.4');
    expect(lookup(8.4)).toBe('8.4');
    expect(lookup('第十四条')).toBe('14');
    expect(lookup('8.9')).toBeNull();
    expect(lookup('第八条')).toBeNull(); // Article 8 is scored by its items only
    expect(lookup(15)).toBeNull();
  });
});

describe('levels', () => {
  test('by name or by code in any case and width', () => {
    expect(findLevel(DEFAULT_LADDER, '一般')!.code).toBe('L2');
    expect(findLevel(DEFAULT_LADDER, 'l4')!.name).toBe('重大');
    expect(findLevel(DEFAULT_LADDER, 'Ｂ２')!.name).toBe('锦旗');
    expect(findLevel(DEFAULT_LADDER, ' 特别重大 ')!.points).toBe(20);
    expect(findLevel(DEFAULT_LADDER, '严重')).toBeNull();
    expect(findLevel(DEFAULT_LADDER, null)).toBeNull();
  });
});

describe('parameters', () => {
  test('defaults are SPEC §1.4', () => {
    expect(defaultParams()).toEqual({
      company: '黄冈黄州区供电公司',
      base: 100,
      bonusCap: 5,
      repeatFactors: [1, 1.5, 2],
      excellentLine: 95,
      goodLine: 90,
      passLine: 80,
      openItemPoints: 0,
      annualMethod: '季度平均',
      connectDays: 5,
      paymentMinutes: 5,
      restoreHours: 24,
      rings: 5,
      repairMinutes: { 城区: 45, 农村: 90, 边远: 120 },
      outageNoticeDays: 7,
      preparedBy: '',
      reviewedBy: '',
      approvedBy: '',
      ladderConfirmed: false,
      noticeNumber: '',
      noticeDate: null,
      regulation: '黄冈黄州区供电公司优质服务管理考核办法',
      copyTo: '',
      printer: '',
      historyOpenPoints: 0,
    });
    expect(PARAM_DEFS).toHaveLength(27);
  });

  test('keys by Chinese text, full-width brackets or English alias', () => {
    expect(findParam('基础分')!.key).toBe('基础分');
    expect(findParam('装表接电时限（工作日）')!.key).toBe('装表接电时限(工作日)');
    expect(findParam('抢修到达时限(农村, 分钟)')!.key).toBe('抢修到达时限(农村,分钟)');
    expect(findParam('bonuscap')!.key).toBe('季度加分上限');
    expect(findParam('基础分数')).toBeNull();
  });

  test.each<[unknown, number[] | null]>([
    ['1,1.5,2', [1, 1.5, 2]],
    ['1，1.5，2', [1, 1.5, 2]],
    ['1、2、3', [1, 2, 3]],
    ['1, 2', [1, 2, 2]],
    [1, [1, 1, 1]],
    ['1,一,2', null],
    ['', null],
    ['1,-1,2', null],
  ])('重复发生系数 %p → %p', (input, expected) => {
    expect(parseRepeatFactors(input as never)).toEqual(expected);
  });

  test('applyParam sets values and explains bad ones', () => {
    const p = defaultParams();
    expect(applyParam(p, findParam('基础分')!, '120')).toBeNull();
    expect(p.base).toBe(120);
    expect(applyParam(p, findParam('抢修到达时限(边远,分钟)')!, 150)).toBeNull();
    expect(p.repairMinutes.边远).toBe(150);
    expect(applyParam(p, findParam('年度得分方式')!, '年度累计')).toBeNull();
    expect(p.annualMethod).toBe('年度累计');
    expect(applyParam(p, findParam('制表人')!, null)).toBeNull();
    expect(p.preparedBy).toBe('');
    expect(applyParam(p, findParam('基础分')!, '五')).toBe('“五”不是数字:参数「基础分」请填写阿拉伯数字,如 100');
    expect(applyParam(p, findParam('年度得分方式')!, '平均')).toMatch(/季度平均.*年度累计/);
    expect(applyParam(p, findParam('摘机响铃次数')!, 4.5)).toMatch(/整数/);
    expect(applyParam(p, findParam('基础分')!, '')).toMatch(/为空/);
    expect(p.base).toBe(120);
  });
});

describe('parser review fixes', () => {
  test.each<[unknown, string]>([
    ['8.40', '8.4'],
    ['第8.40条', '8.4'],
    ['08.40', '8.4'],
    ['8.0', '8'],
    ['10.00', '10'],
    ['13.20', '13.2'],
  ])('trailing zeros are dropped: %p → %p', (input, expected) => {
    expect(normaliseClauseId(input as never)).toBe(expected);
  });

  test('a clause table read with the same normaliser finds 8.40 as 8.4', () => {
    const lookup = makeClauseLookup([{ id: '8.4', area: '', standard: 'x', defaultLevel: '' }]);
    expect(lookup('8.40')).toBe('8.4');
    expect(lookup(8.4)).toBe('8.4');
  });

  test('重复发生系数: more than three factors are used (our decision, docs/workbook.md §7)', () => {
    const params = (f: string) => ({ ...defaultParams(), repeatFactors: parseRepeatFactors(f)! });
    const k = [1, 2, 3, 4, 5];
    // Three factors (the default): identical to SPEC's 重复发生系数[min(k,3)].
    expect(k.map((n) => multiplierFor(n, params('1,1.5,2')))).toEqual([1, 1.5, 2, 2, 2]);
    // A fourth factor applies to the 4th and later occurrences.
    expect(parseRepeatFactors('1,1.5,2,3')).toEqual([1, 1.5, 2, 3]);
    expect(k.map((n) => multiplierFor(n, params('1,1.5,2,3')))).toEqual([1, 1.5, 2, 3, 3]);
    expect(multiplierFor(0, params('1,1.5,2,3'))).toBe(1); // a commendation
  });

  test('level names are folded to half-width when stored and when looked up', () => {
    const ladder = [{ ...DEFAULT_LADDER[1], name: 'Ａ级', code: 'Ｘ１' }];
    expect(findLevel(ladder, 'Ａ级')?.code).toBe('Ｘ１');
    expect(findLevel(ladder, 'A级')?.code).toBe('Ｘ１');
    expect(findLevel(ladder, 'x1')?.code).toBe('Ｘ１');
  });
});
