import { parseRules, parseWorkbook } from '../../src/engine/parse';
import { ymdToSerial } from '../../src/engine/dates';
import type { CellValue, Snapshot } from '../../src/engine/types';
import { defaultUnits, event, sheet, workbook } from '../helpers/snapshot';

const JUL15 = ymdToSerial(2026, 7, 15); // 46218

function clean(snap: Snapshot, options = {}) {
  const out = parseWorkbook(snap, options);
  expect(out.errors).toEqual([]);
  return out.model;
}

describe('finding tables', () => {
  test('headers on row 3 under a title, extra and reordered columns, blank rows skipped', () => {
    const units: CellValue[][] = [
      ['黄州区供电公司单位名单'],
      [],
      ['备注', '类别', ' 单位名称 ', '单位编码*', '第一责任人\u3000', '＊归口部门'],
      ['机关', '部门', '营销部', 'D02', '李主任', null],
      [null, null, null, null, null, null],
      ['', '二级单位', '城区供电所', 'S01', '陈所长', 'D02'],
    ];
    const ledger: CellValue[][] = [
      ['2026年二级单位考核记录', null, null],
      [null],
      ['序号', '等级', '事项描述', '来源', '条款', '单位', '日期', '直接责任人', '附件'],
      [1, '一般', '装表超时', '95598工单', '8.4', '城区供电所', '2026-07-15', '刘某', '见扫描件'],
      [2, null, '   ', null, null, null, null, null, null], // blank in every column read: skipped
      [3, '较大', '越级投诉', '来信来访', '9.3', 'S01', '2026-08-03', null, null],
    ];
    const m = clean({
      sheets: [
        { name: '单位', values: units },
        { name: '二级单位考核记录', values: ledger },
      ],
    });
    expect(m.units.map((u) => [u.code, u.name, u.category, u.head, u.supervisor, u.row])).toEqual([
      ['D02', '营销部', '部门', '李主任', null, 4],
      ['S01', '城区供电所', '二级单位', '陈所长', 'D02', 6],
    ]);
    expect(m.events.map((e) => [e.row, e.date, e.unit, e.source, e.clause, e.level, e.description, e.person])).toEqual([
      [4, JUL15, 'S01', '95598工单', '8.4', 'L2', '装表超时', '刘某'],
      [6, ymdToSerial(2026, 8, 3), 'S01', '来信来访', '9.3', 'L3', '越级投诉', ''],
    ]);
    expect(m.sheetsRead).toEqual([
      { name: '单位', role: 'units', rows: 2 },
      { name: '二级单位考核记录', role: 'ledger', rows: 2 },
    ]);
  });

  test('English header aliases, any case; bilingual headers', () => {
    const snap: Snapshot = {
      sheets: [
        sheet('单位', [{ code: 'D01', UNIT: '办公室', Category: '部门', head: '王主任', Supervisor: null }]),
        sheet('部门考核记录', [
          {
            DATE: '2026-07-15',
            Unit: 'D01',
            Source: '公司检查',
            Clause: '6.1',
            Level: 'L1',
            Description: '无年度计划',
            Person: '周某',
            Override: 0.5,
            CauseFound: 'Y',
            Handled: 'y',
            Fixed: 'yes',
            Remark: '首次,减半',
          },
        ]),
        sheet('处罚标准', [{ Level: '轻微', CODE: 'L1', points: 1, UnitFine: 0, HeadFine: 0, PersonFine: 50, Bonus: 0, GradeCap: null }]),
        sheet('考核参数', [{ Key: 'Base', Value: 90 }]),
        sheet('节假日', [{ '日期(Date)': '2027-01-01', '类型（Type）': '休' }]),
      ],
    };
    const m = clean(snap);
    expect(m.events).toEqual([
      {
        sheet: '部门考核记录',
        row: 2,
        date: JUL15,
        unit: 'D01',
        source: '公司检查',
        clause: '6.1',
        level: 'L1',
        description: '无年度计划',
        person: '周某',
        override: 0.5,
        remark: '首次,减半',
        causeFound: true,
        handled: true,
        fixed: true,
      },
    ]);
    expect(m.rules.ladder).toHaveLength(1);
    expect(m.rules.params.base).toBe(90);
    expect(m.calendar).toEqual([{ date: ymdToSerial(2027, 1, 1), type: '休' }]);
  });

  test('sheet offsets (Office usedRange not at A1) are respected in rows and columns', () => {
    const snap = workbook({
      sheets: [
        {
          name: '二级单位考核记录',
          top: 4, // values[0] is sheet row 4, values[r][0] is column C
          left: 3,
          values: [
            ['日期', '单位', '来源', '条款', '等级', '事项描述'],
            ['2026-07-15', 'S01', '95598工单', '8.4', '一般', '超时'],
            ['2026-07-16', 'S09', '95598工单', '8.4', '一般', '超时'],
          ],
        },
      ],
    });
    const out = parseWorkbook(snap);
    expect(out.model.events.map((e) => e.row)).toEqual([5]);
    expect(out.errors).toHaveLength(1);
    expect(out.errors[0]).toMatchObject({ sheet: '二级单位考核记录', row: 6, column: 4, header: '单位', value: 'S09' });
  });
});

describe('cell values', () => {
  test.each<[string, CellValue]>([
    ['serial', JUL15],
    ['serial with a time of day', JUL15 + 0.75],
    ['ISO text', '2026-07-15'],
    ['slashes', '2026/7/15'],
    ['dots', '2026.7.15'],
    ['Chinese', '2026年7月15日'],
    ['Chinese without 日', '2026年7月15'],
    ['full-width digits', '２０２６-０７-１５'],
    ['text with a time', '2026-07-15 08:30'],
  ])('date as %s', (_, value) => {
    const m = clean(workbook({ events: [event({ 日期: value })] }));
    expect(m.events[0].date).toBe(JUL15);
  });

  test.each<[CellValue, string]>([
    ['8.4', '8.4'],
    ['8.4条', '8.4'],
    ['第8.4条', '8.4'],
    ['第八条第4款', '8.4'],
    ['第十条', '10'],
    ['10', '10'],
    [10, '10'],
    [8.4, '8.4'],
    ['8.40', '8.4'],
    ['１３．２', '13.2'],
    ['第十三条第二款', '13.2'],
  ])('clause %p → %p', (value, id) => {
    const m = clean(workbook({ events: [event({ 条款: value })] }));
    expect(m.events[0].clause).toBe(id);
  });

  test.each<[CellValue, string]>([
    ['一般', 'L2'],
    ['L2', 'L2'],
    ['l2', 'L2'],
    ['特别重大', 'L5'],
    ['锦旗', 'B2'],
    ['b4', 'B4'],
  ])('level %p → %p', (value, code) => {
    const m = clean(workbook({ events: [event({ 等级: value })] }));
    expect(m.events[0].level).toBe(code);
  });

  test('unit by name or code, code in any case', () => {
    const m = clean(workbook({ events: [event({ 单位: '路口供电所' }), event({ 单位: 's02' }), event({ 单位: '营销部' })] }));
    expect(m.events.map((e) => e.unit)).toEqual(['D02', 'S02', 'S02']); // 部门 ledger comes first
  });

  test('三不放过 answers: 是/否, Y/N, TRUE/FALSE, √, booleans; empty is not 是', () => {
    const rows = [
      ['是', 'Y', 'TRUE'],
      ['√', true, 'true'],
      ['否', 'N', 'FALSE'],
      [null, '', false],
    ].map(([a, b, c]) => event({ 原因查清: a, 责任处理: b, 整改落实: c }));
    const m = clean(workbook({ events: rows }));
    expect(m.events.map((e) => [e.causeFound, e.handled, e.fixed])).toEqual([
      [true, true, true],
      [true, true, true],
      [false, false, false],
      [false, false, false],
    ]);
  });

  test('扣分调整 with a 备注 replaces nothing yet but is carried as a number', () => {
    const m = clean(
      workbook({ events: [event({ 扣分调整: '1.5', 备注: '情节轻微' }), event({ 扣分调整: 0, 备注: '免于扣分' }), event()] }),
    );
    expect(m.events.map((e) => [e.override, e.remark])).toEqual([
      [1.5, '情节轻微'],
      [0, '免于扣分'],
      [null, ''],
    ]);
  });
});

describe('per-unit sheets', () => {
  test('a sheet named after a unit (by name or code) holds its events; 单位 column optional', () => {
    const snap = workbook({
      sheets: [
        sheet('城区供电所', [{ 日期: '2026-07-20', 来源: '明察暗访', 条款: '8.2', 等级: '轻微', 事项描述: '未佩戴服务证' }]),
        sheet('S02', [{ 日期: '2026-08-01', 单位: '路口供电所', 来源: '客户表扬', 条款: '9.3', 等级: '锦旗', 事项描述: '客户赠送锦旗' }]),
        sheet('说明', [{ 说明: '本工作簿用于优质服务考核' }]),
      ],
    });
    const m = clean(snap);
    expect(m.events.map((e) => [e.sheet, e.row, e.unit, e.level])).toEqual([
      ['城区供电所', 2, 'S01', 'L1'],
      ['S02', 2, 'S02', 'B2'],
    ]);
    expect(m.sheetsRead).toEqual([
      { name: '单位', role: 'units', rows: 6 },
      { name: '城区供电所', role: 'unit-sheet', rows: 1 },
      { name: 'S02', role: 'unit-sheet', rows: 1 },
    ]);
    expect(m.sheetsSkipped).toEqual(['说明']);
  });
});

describe('rule sheets replace the built-in rules', () => {
  const snap = () =>
    workbook({
      events: [
        event({ 条款: '1.1', 等级: '轻' }),
        event({ 条款: '第二条', 等级: 'A2', 日期: '2026-08-01' }),
        event({ 条款: 2, 等级: '奖', 来源: '客户表扬' }),
      ],
      sheets: [
        sheet('处罚标准', [
          { 等级: '轻', 代码: 'A1', 单位扣分: 3, 单位罚款: 100, 第一责任人罚款: 50, 直接责任人罚款: 80, 加分: 0, 等级上限: '' },
          {
            等级: '严重',
            代码: 'A2',
            单位扣分: '8',
            单位罚款: 1000,
            第一责任人罚款: 500,
            直接责任人罚款: 600,
            加分: null,
            等级上限: '良好',
          },
          { 等级: '奖', 代码: 'A3', 单位扣分: 0, 单位罚款: 0, 第一责任人罚款: 0, 直接责任人罚款: 0, 加分: 2, 等级上限: null },
        ]),
        sheet('考核条款', [
          { 条款: '1.1', 类别: '自定义', 考核内容: '按时报送报表', 默认等级: '轻' },
          { 条款: '第二条', 类别: '自定义', 考核内容: '不得推诿', 默认等级: 'a2' },
        ]),
        sheet('考核参数', [
          { 参数: '公司名称', 值: '某某供电公司' },
          { 参数: '基础分', 值: 120 },
          { 参数: '重复发生系数', 值: '1，2，3' },
          { 参数: '年度得分方式', 值: '年度累计' },
          { 参数: '抢修到达时限（城区，分钟）', 值: '30' },
          { 参数: '制表人', 值: '张三' },
          { 参数: '审核人', 值: null },
        ]),
        sheet('节假日', [
          { 日期: '2027-01-01', 类型: '休' },
          { 日期: ymdToSerial(2027, 1, 4), 类型: '班' },
        ]),
      ],
    });

  test('ladder, clauses and params come from the workbook, keys left out keep defaults', () => {
    const m = clean(snap());
    expect(m.rules.source).toEqual({ clauses: 'workbook', ladder: 'workbook', params: 'workbook' });
    expect(m.rules.ladder).toEqual([
      { name: '轻', code: 'A1', points: 3, unitFine: 100, headFine: 50, personFine: 80, bonus: 0, gradeCap: null },
      { name: '严重', code: 'A2', points: 8, unitFine: 1000, headFine: 500, personFine: 600, bonus: 0, gradeCap: '良好' },
      { name: '奖', code: 'A3', points: 0, unitFine: 0, headFine: 0, personFine: 0, bonus: 2, gradeCap: null },
    ]);
    expect(m.rules.clauses).toEqual([
      { id: '1.1', area: '自定义', standard: '按时报送报表', defaultLevel: 'A1' },
      { id: '2', area: '自定义', standard: '不得推诿', defaultLevel: 'A2' },
    ]);
    const p = m.rules.params;
    expect([p.company, p.base, p.repeatFactors, p.annualMethod, p.repairMinutes, p.preparedBy, p.reviewedBy]).toEqual([
      '某某供电公司',
      120,
      [1, 2, 3],
      '年度累计',
      { 城区: 30, 农村: 90, 边远: 120 },
      '张三',
      '',
    ]);
    expect([p.bonusCap, p.excellentLine, p.connectDays]).toEqual([5, 95, 5]); // defaults kept
    expect(m.events.map((e) => [e.clause, e.level])).toEqual([
      ['1.1', 'A1'],
      ['2', 'A2'],
      ['2', 'A3'],
    ]);
    expect(m.calendar).toEqual([
      { date: ymdToSerial(2027, 1, 1), type: '休' },
      { date: ymdToSerial(2027, 1, 4), type: '班' },
    ]);
  });

  test('the built-in ladder and clauses are not mixed in', () => {
    const s = snap();
    s.sheets.find((x) => x.name === '二级单位考核记录')!.values.push(['2026-07-15', 'S01', '95598工单', '8.4', '一般', '超时']);
    const out = parseWorkbook(s);
    expect(out.errors.map((e) => [e.row, e.column, e.header])).toEqual([
      [5, 4, '条款'],
      [5, 5, '等级'],
    ]);
    expect(out.errors[1].message).toBe(
      '等级“一般”不在本工作簿的「处罚标准」表中:请在该表中添加此等级,或改用表中已有的等级:轻(A1)、严重(A2)、奖(A3)',
    );
    expect(out.errors[0].message).toMatch(/^未知的条款“8.4”:请填写「考核条款」表中的条款号/);
  });
});

describe('implicit units (custom functions over bare ranges)', () => {
  test('every unit text in the events becomes a unit; category from the ledger name', () => {
    const snap: Snapshot = {
      sheets: [
        sheet('部门考核记录', [event({ 单位: '营销部' })]),
        sheet('二级单位考核记录', [event({ 单位: '城区供电所' }), event({ 单位: '陶店供电所' }), event({ 单位: '城区供电所' })]),
      ],
    };
    const m = clean(snap, { implicitUnits: true });
    expect(m.units.map((u) => [u.code, u.name, u.category, u.head, u.supervisor])).toEqual([
      ['营销部', '营销部', '部门', '', null],
      ['城区供电所', '城区供电所', '二级单位', '', null],
      ['陶店供电所', '陶店供电所', '二级单位', '', null],
    ]);
    expect(m.events.map((e) => e.unit)).toEqual(['营销部', '城区供电所', '陶店供电所', '城区供电所']);
    expect(m.units.map((u) => [u.sheet, u.row])).toEqual([
      ['部门考核记录', 2],
      ['二级单位考核记录', 2],
      ['二级单位考核记录', 3],
    ]);
  });

  test('a 单位 sheet, when present, is used as usual', () => {
    const out = parseWorkbook(workbook({ events: [event({ 单位: 'S01' }), event({ 单位: '陶店供电所' })] }), { implicitUnits: true });
    expect(out.model.units).toHaveLength(6);
    expect(out.errors.map((e) => [e.row, e.header, e.value])).toEqual([[3, '单位', '陶店供电所']]);
  });
});

describe('sheets read and skipped', () => {
  test('unknown and generated sheets are skipped, in workbook order', () => {
    const snap = workbook({
      events: [event()],
      sheets: [
        { name: '2026年第3季度考核汇总', values: [['序号', '单位']], generated: true },
        { name: '部门考核记录', values: [['日期', '单位']], generated: true }, // ours: never parsed
        { name: '图表', values: [] },
      ],
    });
    const m = clean(snap);
    expect(m.sheetsRead.map((s) => s.name)).toEqual(['单位', '二级单位考核记录']);
    expect(m.sheetsSkipped).toEqual(['2026年第3季度考核汇总', '部门考核记录', '图表']);
  });

  test('the default units helper gives three departments and three sub-units', () => {
    expect(defaultUnits().map((u) => u['类别'])).toEqual(['部门', '部门', '部门', '二级单位', '二级单位', '二级单位']);
  });
});

describe('parseRules (custom functions’ optional ranges)', () => {
  test('bare ladder and params ranges with header rows; clauses default', () => {
    const { rules, errors } = parseRules({
      ladder: [
        ['等级', '代码', '单位扣分', '单位罚款', '第一责任人罚款', '直接责任人罚款', '加分'],
        ['一般', 'L2', 4, 400, 200, 300, 0],
      ],
      params: [
        ['参数', '值'],
        ['重复发生系数', '1,2,4'],
      ],
    });
    expect(errors).toEqual([]);
    expect(rules.ladder).toEqual([
      { name: '一般', code: 'L2', points: 4, unitFine: 400, headFine: 200, personFine: 300, bonus: 0, gradeCap: null },
    ]);
    expect(rules.params.repeatFactors).toEqual([1, 2, 4]);
    expect(rules.params.base).toBe(100);
    expect(rules.source).toEqual({ clauses: 'default', ladder: 'workbook', params: 'workbook' });
    expect(rules.clauses).toHaveLength(27);
  });

  test('a bad params range reports the cell', () => {
    const { errors } = parseRules({
      params: [
        ['Key', 'Value'],
        ['Base', '五'],
      ],
    });
    expect(errors.map((e) => [e.sheet, e.row, e.column, e.header, e.value])).toEqual([['考核参数', 2, 2, 'Value', '五']]);
  });
});

describe('parser review fixes', () => {
  const LADDER_HEADERS = ['等级', '代码', '单位扣分', '单位罚款', '第一责任人罚款', '直接责任人罚款', '加分'];

  test('per-unit sheet names resolve like 单位 cells: any case and width of a code', () => {
    const row = { 日期: '2026-07-20', 来源: '明察暗访', 条款: '8.2', 等级: '轻微', 事项描述: '未佩戴服务证' };
    const snap = workbook({ sheets: [sheet('s03', [row]), sheet('Ｓ０２', [{ ...row, 单位: 's02' }]), sheet(' 城区供电所 ', [row])] });
    const m = clean(snap);
    expect(m.events.map((e) => [e.sheet, e.unit])).toEqual([
      ['s03', 'S03'],
      ['Ｓ０２', 'S02'],
      [' 城区供电所 ', 'S01'],
    ]);
    expect(m.sheetsRead.map((s) => [s.name, s.role, s.rows])).toEqual([
      ['单位', 'units', 6],
      ['s03', 'unit-sheet', 1],
      ['Ｓ０２', 'unit-sheet', 1],
      [' 城区供电所 ', 'unit-sheet', 1],
    ]);
    expect(m.sheetsSkipped).toEqual([]);
  });

  test('sheet names and 单位 cells share one precedence: a code wins over another unit’s name', () => {
    // S09 is named “s01”, which folds to S01's code: in both places the text means S01.
    const units = [...defaultUnits(), { 单位编码: 'S09', 单位名称: 's01', 类别: '二级单位', 第一责任人: '孙', 归口部门: null }];
    const row = { 日期: '2026-07-20', 来源: '明察暗访', 条款: '8.2', 等级: '轻微', 事项描述: '未佩戴服务证' };
    const m = clean(workbook({ units, events: [event({ 单位: 's01' })], sheets: [sheet('s01', [row])] }));
    expect(m.events.map((e) => [e.sheet, e.unit])).toEqual([
      ['二级单位考核记录', 'S01'],
      ['s01', 'S01'],
    ]);
  });

  test('unit names fold width and case like codes do', () => {
    const units = [...defaultUnits(), { 单位编码: 'S04', 单位名称: 'ＩＴ中心', 类别: '二级单位', 第一责任人: '孙', 归口部门: null }];
    const m = clean(workbook({ units, events: [event({ 单位: 'IT中心' }), event({ 单位: 'it中心' })] }));
    expect(m.events.map((e) => e.unit)).toEqual(['S04', 'S04']);
  });

  test('implicit units (custom functions) fold the same way: s01 and Ｓ01 are S01', () => {
    const snap: Snapshot = {
      sheets: [sheet('二级单位考核记录', [event({ 单位: 'S01' }), event({ 单位: 's01' }), event({ 单位: 'Ｓ01' })])],
    };
    const m = clean(snap, { implicitUnits: true });
    expect(m.units.map((u) => u.code)).toEqual(['S01']);
    expect(m.events.map((e) => e.unit)).toEqual(['S01', 'S01', 'S01']);
  });

  test('a ladder level named with full-width letters is found however it is typed', () => {
    const ladder = sheet(
      '处罚标准',
      [
        { 等级: 'Ａ级', 代码: 'X1', 单位扣分: 2, 单位罚款: 0, 第一责任人罚款: 0, 直接责任人罚款: 0, 加分: 0 },
        { 等级: '表扬', 代码: 'X2', 单位扣分: 0, 单位罚款: 0, 第一责任人罚款: 0, 直接责任人罚款: 0, 加分: 1 },
      ],
      { headers: LADDER_HEADERS },
    );
    const clauses = sheet('考核条款', [{ 条款: '8.4', 考核内容: '装表接电', 默认等级: 'Ａ级' }]);
    const m = clean(workbook({ events: [event({ 等级: 'Ａ级' }), event({ 等级: 'A级' })], sheets: [ladder, clauses] }));
    expect(m.rules.ladder.map((l) => [l.name, l.code])).toEqual([
      ['A级', 'X1'],
      ['表扬', 'X2'],
    ]);
    expect(m.rules.clauses[0].defaultLevel).toBe('X1');
    expect(m.events.map((e) => e.level)).toEqual(['X1', 'X1']);
  });

  test('考核条款 ids are normalised like event cells: text 8.40 is clause 8.4', () => {
    const clauses = sheet('考核条款', [
      { 条款: '8.40', 考核内容: '装表接电' },
      { 条款: '０９.３０', 考核内容: '欠费复电' },
    ]);
    const m = clean(workbook({ events: [event({ 条款: '8.4' }), event({ 条款: 9.3 }), event({ 条款: '第8.40条' })], sheets: [clauses] }));
    expect(m.rules.clauses.map((c) => c.id)).toEqual(['8.4', '9.3']);
    expect(m.events.map((e) => e.clause)).toEqual(['8.4', '9.3', '8.4']);
  });

  test('an Excel Table total row (合计/总计/小计/汇总/Total, no date) is skipped and not counted', () => {
    const values: CellValue[][] = [
      ['序号', '日期', '单位', '来源', '条款', '等级', '事项描述', '扣分调整', '备注'],
      [1, '2026-07-15', 'S01', '95598工单', '8.4', '一般', '装表超时', null, null],
      [2, JUL15, 'S02', '明察暗访', '8.2', '轻微', '未着装', 0.5, '减半'],
      ['合计', null, null, null, null, null, 2, 0.5, null],
      [' Total ', null, null, null, null, null, null, 0.5, null],
      [null, '总计', null, null, null, null, null, 0.5, null],
      ['小计', 2, null, null, null, null, null, 0.5, null], // a count in the date column is not a date
      ['汇总', null, null, null, null, null, null, 0.5, null],
    ];
    const m = clean(workbook({ sheets: [{ name: '二级单位考核记录', values }] }));
    expect(m.events.map((e) => e.row)).toEqual([2, 3]);
    expect(m.sheetsRead).toEqual([
      { name: '单位', role: 'units', rows: 6 },
      { name: '二级单位考核记录', role: 'ledger', rows: 2 },
    ]);
  });
});
