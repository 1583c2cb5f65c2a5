// Issue 13: no signed number may be silently wrong. Each test here failed on the code before the
// fix (checked by running it against that commit) and names the silent result it prevents.
import { describeWarning, parseWorkbook, periodWarnings, planSummaries, score, CUT_MARK, MAX_CELL_TEXT } from '../../src/engine';
import type { Period, Snapshot } from '../../src/engine/types';
import { event, sheet, workbook } from '../helpers/snapshot';

const Q3: Period = { kind: 'quarter', year: 2026, quarter: 3 };

function scored(snap: Snapshot, period: Period = Q3) {
  const out = parseWorkbook(snap);
  expect(out.errors).toEqual([]);
  // These workbooks use the built-in ladder, so the rule-11 warning is always there; it has tests of its own.
  const warnings = out.warnings.filter((w) => w.code !== 'default-ladder');
  return { ...out, warnings, result: score(out.model, period) };
}

const ledgerRows = [event({ 单位: 'S02', 日期: '2026-07-01' }), event({ 单位: 'S02', 日期: '2026-08-01' })];

describe('a sheet that looks like a ledger is read, and says so', () => {
  test.each(['2026二级单位考核记录', '二级单位考核记录(2)', '7月台账'])(
    '「%s」 with a ledger header is read as a ledger with a warning',
    (name) => {
      const { result, warnings, model } = scored(workbook({ events: [event()], sheets: [sheet(name, ledgerRows)] }));
      expect(result.units.find((u) => u.code === 'S02')!.events).toBe(2);
      expect(model.sheetsRead.map((s) => s.name)).toContain(name);
      const w = warnings.find((x) => x.code === 'ledger-like-sheet')!;
      expect(w.sheet).toBe(name);
      expect(w.row).toBe(1);
      expect(describeWarning(w)).toContain('已作为考核记录读取');
    },
  );

  test('a sheet with every ledger column but 单位, not named after a unit, is not read: a warning says its events do not count', () => {
    const rows = [{ 日期: '2026-07-01', 来源: '95598工单', 条款: '8.4', 等级: '一般', 事项描述: 'x' }];
    const { warnings, model } = scored(workbook({ events: [event()], sheets: [sheet('城区所记录', rows)] }));
    expect(model.sheetsSkipped).toContain('城区所记录');
    expect(warnings.map((w) => [w.code, w.sheet])).toEqual([['ledger-like-sheet', '城区所记录']]);
    expect(warnings[0].message).toContain('不计入考核');
  });

  test('a sheet named like a ledger without its header is a warning, not silence', () => {
    const { warnings } = scored(workbook({ events: [event()], sheets: [{ name: '考核记录(旧)', values: [['说明'], ['见附件']] }] }));
    expect(warnings.map((w) => w.code)).toEqual(['ledger-like-sheet']);
  });

  test('a copy of our own 扣分明细 (第几次, 系数 in its header) and a notes sheet are neither read nor warned about', () => {
    const detail = sheet('明细副本', [{ ...event(), 第几次: 1, 系数: 1 }]);
    const { warnings, model } = scored(workbook({ events: [event()], sheets: [detail, { name: '说明', values: [['备注'], ['x']] }] }));
    expect(warnings).toEqual([]);
    expect(model.sheetsSkipped).toEqual(['明细副本', '说明']);
  });
});

describe('a formula with no stored result is an error at its cell wherever the column is read', () => {
  const base = () => workbook({ events: [event({ 原因查清: '是', 责任处理: '是', 整改落实: '是', 扣分调整: null, 备注: null })] });
  // Header order of the ledger: 日期 单位 来源 条款 等级 事项描述 原因查清 责任处理 整改落实 扣分调整 备注
  test.each([
    ['原因查清', 7],
    ['整改落实', 9],
    ['扣分调整', 10],
    ['日期', 1],
  ])('in %s (column %i): one message, at the cell, saying it is a formula', (header, column) => {
    const snap = base();
    const ledger = snap.sheets.find((s) => s.name === '二级单位考核记录')!;
    expect(ledger.values[0][column - 1]).toBe(header);
    ledger.values[1][column - 1] = null; // what the reader hands over for such a cell
    ledger.uncalculated = [[2, column]];
    const { errors } = parseWorkbook(snap);
    expect(errors.map((e) => [e.sheet, e.row, e.column, e.header])).toEqual([['二级单位考核记录', 2, column, header]]);
    expect(errors[0].message).toContain('公式');
    expect(errors[0].message).toContain('计算结果');
  });

  test('in a ladder amount (blank would be 0 yuan) too; in a column nobody reads it is nothing', () => {
    const snap = workbook({
      events: [event()],
      sheets: [
        sheet('处罚标准', [
          { 等级: '一般', 代码: 'L2', 单位扣分: 2, 单位罚款: null, 第一责任人罚款: 100, 直接责任人罚款: 200, 加分: 0, 说明: null },
        ]),
      ],
    });
    const ladder = snap.sheets.find((s) => s.name === '处罚标准')!;
    ladder.uncalculated = [
      [2, 4],
      [2, 8],
    ];
    const { errors } = parseWorkbook(snap);
    expect(errors.map((e) => [e.sheet, e.row, e.column, e.header])).toEqual([['处罚标准', 2, 4, '单位罚款']]);
  });
});

describe('Excel error values are reported as what they are', () => {
  test.each([
    ['日期', '#DIV/0!', '除数为零'],
    ['事项描述', '#REF!', '引用的单元格已被删除'],
    ['直接责任人', '#N/A', '找不到引用的值'],
    ['原因查清', '#VALUE!', '参数类型不对'],
  ])('%s holding %s', (header, value, meaning) => {
    const { errors } = parseWorkbook(workbook({ events: [event({ 直接责任人: '张三', 原因查清: '是', [header]: value })] }));
    expect(errors).toHaveLength(1);
    expect(errors[0].header).toBe(header);
    expect(errors[0].message).toContain(`错误值 ${value}(${meaning})`);
    expect(errors[0].message).not.toContain('Excel 中打开并保存');
  });

  test('a date that a formula stored as text (=TEXT(…)) reads as typed text does', () => {
    const { model } = scored(workbook({ events: [event({ 日期: '2026年7月15日' })] }));
    expect(model.events[0].date).toBe(46218);
  });
});

describe('认定: 不属实 / 无责 / 免责 are listed and score nothing (SPEC §2 rule 12)', () => {
  const complaint = (fields = {}) => event({ 单位: 'S01', 条款: '8.4', 等级: '较大', 来源: '95598工单', ...fields });

  test('an exempt complaint: no points, fines, complaint, open item; the next one is the first occurrence', () => {
    const { result } = scored(
      workbook({ events: [complaint({ 日期: '2026-07-01', 认定: '不属实' }), complaint({ 日期: '2026-07-10', 认定: '' })] }),
    );
    const [exempt, real] = result.events;
    expect(exempt).toMatchObject({
      occurrence: 0,
      multiplier: 0,
      points: 0,
      unitFine: 0,
      headFine: 0,
      personFine: 0,
      bonus: 0,
      open: false,
    });
    expect(real).toMatchObject({ occurrence: 1, multiplier: 1, points: 5 });
    const s01 = result.units.find((u) => u.code === 'S01')!;
    expect(s01).toMatchObject({ points: 5, complaints: 1, openItems: 1, events: 2, unitFine: 500 });
  });

  test('the detail sheet lists the exempt event with its finding, the scored one with a blank 认定', () => {
    const { model, result } = scored(
      workbook({ events: [complaint({ 日期: '2026-07-01', 认定: '不属实' }), complaint({ 日期: '2026-07-10', 认定: '' })] }),
    );
    const detail = planSummaries(model, result).find((p) => p.kind === 'quarter-detail')!;
    const header = detail.values.find((r) => r.includes('认定'))!;
    const col = header.indexOf('认定');
    const rows = detail.values.filter((r) => r[header.indexOf('条款')] === '8.4');
    expect(rows.map((r) => r[col])).toEqual(['不属实', '']);
  });

  test.each(['无责', '免责', '属实无责'])('%s removes the grade cap and the bonus too', (finding) => {
    const { result } = scored(
      workbook({
        events: [event({ 单位: 'S02', 等级: '特别重大', 认定: finding }), event({ 单位: 'S02', 等级: '锦旗', 条款: '5.1', 认定: finding })],
      }),
    );
    const s02 = result.units.find((u) => u.code === 'S02')!;
    expect(s02).toMatchObject({ score: 100, grade: '优秀', veto: false, bonus: 0, points: 0 });
  });

  test('an override on an exempt event does not bring points back', () => {
    const { result } = scored(workbook({ events: [event({ 认定: '免责', 扣分调整: 3, 备注: '领导批示' })] }));
    expect(result.events[0]).toMatchObject({ points: 0, override: false });
  });

  test('an unknown 认定 is an error at its cell', () => {
    const { errors } = parseWorkbook(workbook({ events: [event({ 认定: '待定' })] }));
    expect(errors.map((e) => [e.header, e.value])).toEqual([['认定', '待定']]);
    expect(errors[0].message).toContain('属实有责、不属实、无责 或 免责');
  });
});

describe('periodWarnings', () => {
  test('a period with no events at all says so, with the span the workbook does hold', () => {
    const { model } = scored(workbook({ events: [event({ 日期: '2026-07-15' })] }));
    const w = periodWarnings(model, { kind: 'quarter', year: 2026, quarter: 1 });
    expect(w.map((x) => x.code)).toEqual(['no-events']);
    expect(w[0].message).toContain('2026-07-15');
    expect(periodWarnings(model, Q3)).toEqual([]);
    expect(periodWarnings(model, { kind: 'year', year: 2026 })).toEqual([]);
  });

  test('a period whose events are all exempt says so', () => {
    const { model } = scored(workbook({ events: [event({ 认定: '不属实' })] }));
    expect(periodWarnings(model, Q3).map((x) => x.code)).toEqual(['no-scored-events']);
  });
});

describe('numbers no spreadsheet holds, and rules out of range, are validation errors', () => {
  test.each([
    ['日期', Infinity],
    ['扣分调整', NaN],
    ['事项描述', -Infinity],
    ['直接责任人', NaN],
  ])('%s = %s', (header, value) => {
    const { errors } = parseWorkbook(workbook({ events: [event({ [header]: value, 备注: 'r' })] }));
    expect(errors.map((e) => e.header)).toEqual([header]);
    expect(errors[0].message).toContain('不是电子表格能存放的数值');
  });

  test('a 基础分 of 1e308, a fine of 1e308 and a repeat factor of 1e9 are refused at their cells', () => {
    const { errors } = parseWorkbook(
      workbook({
        events: [event()],
        sheets: [
          sheet('考核参数', [
            { 参数: '基础分', 值: 1e308 },
            { 参数: '重复发生系数', 值: '1,2,1000000000' },
          ]),
          sheet('处罚标准', [{ 等级: '一般', 代码: 'L2', 单位扣分: 2, 单位罚款: 1e308, 第一责任人罚款: 0, 直接责任人罚款: 0, 加分: 0 }]),
        ],
      }),
    );
    expect(errors.map((e) => [e.sheet, e.row, e.column])).toEqual([
      ['处罚标准', 2, 4],
      ['考核参数', 2, 2],
      ['考核参数', 3, 2],
    ]);
    for (const e of errors) expect(e.message).toContain('过大');
  });
});

describe('text over 32,767 characters', () => {
  test('is warned about at its cell and cut in the detail with a visible mark', () => {
    const long = '长'.repeat(MAX_CELL_TEXT + 10);
    const { model, result, warnings } = scored(workbook({ events: [event({ 事项描述: long })] }));
    expect(warnings.map((w) => [w.code, w.row, w.column])).toEqual([['text-too-long', 2, 6]]);
    const detail = planSummaries(model, result).find((p) => p.kind === 'quarter-detail')!;
    const cell = detail.values.flat().find((v) => typeof v === 'string' && v.startsWith('长长长')) as string;
    expect(cell.length).toBe(MAX_CELL_TEXT);
    expect(cell.endsWith(CUT_MARK)).toBe(true);
    expect(model.events[0].description).toBe(long); // the model keeps what was typed
  });
});
