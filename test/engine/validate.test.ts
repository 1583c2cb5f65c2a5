// SPEC §2 rule 1: every problem, all at once, each naming sheet, row, column and value.
import { parseWorkbook } from '../../src/engine/parse';
import { describeError } from '../../src/engine/errors';
import type { Snapshot, ValidationError } from '../../src/engine/types';
import { defaultUnits, event, sheet, workbook } from '../helpers/snapshot';

/** Errors as [sheet, row, column, header, value] for compact exact assertions. */
const where = (errors: ValidationError[]) => errors.map((e) => [e.sheet, e.row, e.column, e.header, e.value]);

function errorsOf(snap: Snapshot, options = {}) {
  return parseWorkbook(snap, options).errors;
}

describe('workbook structure', () => {
  test('a missing 单位 sheet is an error of the workbook', () => {
    const errors = errorsOf({ sheets: [sheet('二级单位考核记录', [event()])] });
    expect(where(errors)).toEqual([['单位', null, null, null, null]]);
    expect(errors[0].message).toMatch(/^缺少「单位」表:请添加名为「单位」的工作表/);
  });

  test('missing required headers are named, and the 10-row search is explained', () => {
    const snap = workbook({
      sheets: [sheet('二级单位考核记录', [{ 日期: '2026-07-15', 单位: 'S01', 条款: '8.4', 事项描述: 'x' }], { headerRow: 2 })],
    });
    const errors = errorsOf(snap);
    expect(where(errors)).toEqual([['二级单位考核记录', 2, null, null, null]]);
    expect(errors[0].message).toBe(
      '找不到完整的表头,缺少列「来源」「等级」:请在本表前 10 行内放一行表头,包含这些列名(也可用英文名 Source、Level)',
    );
  });

  test('a header below row 10 is not found', () => {
    const errors = errorsOf(workbook({ sheets: [sheet('二级单位考核记录', [event()], { headerRow: 11 })] }));
    expect(where(errors)).toEqual([['二级单位考核记录', null, null, null, null]]);
    expect(errors[0].message).toContain('缺少列「日期」「单位」「来源」「条款」「等级」「事项描述」');
  });

  test('the 10-row limit counts sheet rows, not rows of an offset used range', () => {
    const values = [
      ['日期', '单位', '来源', '条款', '等级', '事项描述'],
      ['2026-07-15', 'S01', '95598工单', '8.4', '一般', 'x'],
    ];
    expect(errorsOf(workbook({ sheets: [{ name: '二级单位考核记录', values, top: 10 }] }))).toEqual([]);
    expect(where(errorsOf(workbook({ sheets: [{ name: '二级单位考核记录', values, top: 11 }] })))).toEqual([
      ['二级单位考核记录', null, null, null, null],
    ]);
  });

  test('a 单位 sheet without its headers: one error, not one per event', () => {
    const snap: Snapshot = {
      sheets: [sheet('单位', [{ 编码: 'S01', 名称: '城区供电所' }]), sheet('二级单位考核记录', [event(), event()])],
    };
    const errors = errorsOf(snap);
    expect(where(errors)).toEqual([['单位', null, null, null, null]]);
    expect(errors[0].message).toContain('「单位编码」「单位名称」「类别」「第一责任人」');
  });
});

describe('the 单位 sheet', () => {
  test('duplicate code (any case) and name, bad category, empty code, unknown supervisor', () => {
    const units = [
      ...defaultUnits(),
      { 单位编码: 's01', 单位名称: '堵城供电所', 类别: '二级单位', 第一责任人: '孙', 归口部门: null },
      { 单位编码: 'S04', 单位名称: '营销部', 类别: '二级单位', 第一责任人: '周', 归口部门: null },
      { 单位编码: 'S05', 单位名称: '陶店供电所', 类别: '科室', 第一责任人: '吴', 归口部门: '城区供电所' },
      { 单位编码: null, 单位名称: '禹王供电所', 类别: '二级单位', 第一责任人: '郑', 归口部门: '财务部' },
    ];
    const errors = errorsOf(workbook({ units }));
    expect(where(errors)).toEqual([
      ['单位', 8, 1, '单位编码', 's01'],
      ['单位', 9, 2, '单位名称', '营销部'],
      ['单位', 10, 3, '类别', '科室'],
      ['单位', 11, 1, '单位编码', null],
      ['单位', 10, 5, '归口部门', '城区供电所'],
    ]);
    expect(errors.map((e) => e.message)).toEqual([
      '单位编码“s01”重复(第 5 行已使用):每个单位的编码必须唯一',
      '单位名称“营销部”重复(第 3 行已使用):每个单位的名称必须唯一',
      '类别“科室”无效:请填写“部门”或“二级单位”',
      '单位编码为空:请填写一个简短且唯一的编码,如 D01、S03',
      '归口部门“城区供电所”不是部门:请填写类别为“部门”的单位,或留空',
    ]);
  });
});

describe('event rows', () => {
  test('the example from the brief, formatted for validate', () => {
    const errors = errorsOf(workbook({ events: [event({ 单位: 'XX供电所' })] }));
    expect(errors.map(describeError)).toEqual([
      '「二级单位考核记录」第 2 行 B 列(单位):未知的单位“XX供电所”:请在「单位」表中登记,或改为已有单位的名称或编码',
    ]);
  });

  test('every bad cell of every row is reported, and no bad row becomes an event', () => {
    const snap = workbook({
      events: [
        event(), // row 2: fine
        event({ 日期: '2026-02-30', 单位: '陶店供电所', 来源: '电话', 条款: '8.9', 等级: '严重', 事项描述: '' }), // row 3
        event({ 日期: null, 条款: '第八条', 扣分调整: 3, 备注: '' }), // row 4
        event({ 日期: 'next week', 扣分调整: '两分', 备注: '有备注' }), // row 5
        event({ 原因查清: '也许' }), // row 6
        event({ 日期: 8.4 }), // row 7: a clause typed into the date column
      ],
    });
    const out = parseWorkbook(snap);
    // Columns: A 日期, B 单位, C 来源, D 条款, E 等级, F 事项描述, G 扣分调整, H 备注, I 原因查清
    expect(where(out.errors)).toEqual([
      ['二级单位考核记录', 3, 1, '日期', '2026-02-30'],
      ['二级单位考核记录', 3, 2, '单位', '陶店供电所'],
      ['二级单位考核记录', 3, 3, '来源', '电话'],
      ['二级单位考核记录', 3, 4, '条款', '8.9'],
      ['二级单位考核记录', 3, 5, '等级', '严重'],
      ['二级单位考核记录', 3, 6, '事项描述', ''],
      ['二级单位考核记录', 4, 1, '日期', null],
      ['二级单位考核记录', 4, 4, '条款', '第八条'],
      ['二级单位考核记录', 4, 7, '扣分调整', 3],
      ['二级单位考核记录', 5, 1, '日期', 'next week'],
      ['二级单位考核记录', 5, 7, '扣分调整', '两分'],
      ['二级单位考核记录', 6, 9, '原因查清', '也许'],
      ['二级单位考核记录', 7, 1, '日期', 8.4],
    ]);
    const m = out.errors.map((e) => e.message);
    expect(m[0]).toBe('无法识别的日期“2026-02-30”:请填写真实的日期,如 2026-07-15、2026/7/15 或 2026年7月15日');
    expect(m[2]).toBe('未知的来源“电话”:请填写 95598工单、新闻媒体、来信来访、明察暗访、上级检查、公司检查、日常考核、客户表扬、其他 之一');
    expect(m[3]).toBe('未知的条款“8.9”:请填写考核办法第五至十四条中的条款号,如 8.4、第8.4条 或 第八条第4款');
    expect(m[4]).toMatch(/^未知的等级“严重”:请填写处罚标准中的等级名称或代码:轻微\(L1\)、一般\(L2\)/);
    expect(m[5]).toBe('事项描述为空:请简要写明发生了什么');
    expect(m[6]).toBe('日期为空:请填写事件发生的日期,如 2026-07-15');
    expect(m[8]).toBe('填写了扣分调整但没有备注:请在「备注」列写明调整的原因');
    expect(m[10]).toBe('扣分调整“两分”不是数字:请填写阿拉伯数字(如 1.5),或留空');
    expect(m[11]).toBe('“也许”不是“是”或“否”:请填写“是”或“否”(也可用 Y/N、√),未完成可留空');
    expect(out.model.events.map((e) => e.row)).toEqual([2]);
  });

  test('an override out of range quotes the offending value', () => {
    const out = parseWorkbook(workbook({ events: [event({ 扣分调整: -3, 备注: '复核' }), event({ 扣分调整: 1e307, 备注: '复核' })] }));
    expect(out.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [2, 7, '扣分调整“-3”不能为负数:请填写不小于 0 的扣分,或留空'],
      [3, 7, '扣分调整“1e+307”过大:一条事项的扣分不能超过 1000000,请核对'],
    ]);
  });

  test('a unit sheet whose 单位 column names another unit', () => {
    const snap = workbook({
      sheets: [sheet('城区供电所', [event({ 单位: 'S01' }), event({ 单位: '路口供电所' }), event({ 单位: null })])],
    });
    const out = parseWorkbook(snap);
    expect(where(out.errors)).toEqual([['城区供电所', 3, 2, '单位', '路口供电所']]);
    expect(out.errors[0].message).toBe(
      '单位“路口供电所”与工作表「城区供电所」不符:本表只记录城区供电所的事件,请把这一行移到所属单位的表,或改正单位',
    );
    expect(out.model.events.map((e) => [e.row, e.unit])).toEqual([
      [2, 'S01'],
      [4, 'S01'],
    ]);
  });

  test('an empty 单位 on a ledger is a missing value', () => {
    const errors = errorsOf(workbook({ events: [event({ 单位: '  ' })] }));
    expect(where(errors)).toEqual([['二级单位考核记录', 2, 2, '单位', '  ']]);
    expect(errors[0].message).toBe('单位为空:请填写「单位」表中某个单位的名称或编码');
  });

  test('fully blank rows are skipped silently, rows with anything in them are checked', () => {
    const snap = workbook({ events: [event(), { 日期: null, 单位: '' }, { 事项描述: '只写了描述' }] });
    const errors = errorsOf(snap);
    expect(where(errors).map((w) => [w[1], w[3]])).toEqual([
      [4, '日期'],
      [4, '单位'],
      [4, '来源'],
      [4, '条款'],
      [4, '等级'],
    ]);
  });
});

describe('rule sheets', () => {
  test('ladder: text for a number, bad grade cap, duplicate code, empty name', () => {
    const snap = workbook({
      sheets: [
        sheet('处罚标准', [
          { 等级: '轻微', 代码: 'L1', 单位扣分: 1, 单位罚款: 0, 第一责任人罚款: 0, 直接责任人罚款: 50, 加分: 0, 等级上限: null },
          { 等级: '一般', 代码: 'L2', 单位扣分: '五', 单位罚款: 200, 第一责任人罚款: 100, 直接责任人罚款: 200, 加分: 0, 等级上限: '较好' },
          { 等级: '较大', 代码: 'l1', 单位扣分: 5, 单位罚款: 500, 第一责任人罚款: 300, 直接责任人罚款: 500, 加分: 0, 等级上限: null },
          { 等级: null, 代码: 'L9', 单位扣分: 5, 单位罚款: 500, 第一责任人罚款: 300, 直接责任人罚款: -1, 加分: 0, 等级上限: null },
        ]),
      ],
    });
    const errors = errorsOf(snap);
    expect(where(errors)).toEqual([
      ['处罚标准', 3, 3, '单位扣分', '五'],
      ['处罚标准', 3, 8, '等级上限', '较好'],
      ['处罚标准', 4, 2, '代码', 'l1'],
      ['处罚标准', 5, 1, '等级', null],
      ['处罚标准', 5, 6, '直接责任人罚款', -1],
    ]);
    expect(errors[0].message).toBe('“五”不是数字:请填写阿拉伯数字,如 200;为 0 时可填 0 或留空');
    expect(errors[1].message).toBe('等级上限“较好”无效:请填写 优秀、良好、合格、不合格 之一,或留空');
  });

  test('an event level not on the workbook ladder', () => {
    const snap = workbook({
      events: [event({ 等级: '一般' }), event({ 等级: '重大' })],
      sheets: [
        sheet('处罚标准', [{ 等级: '一般', 代码: 'L2', 单位扣分: 2, 单位罚款: 200, 第一责任人罚款: 100, 直接责任人罚款: 200, 加分: 0 }]),
      ],
    });
    const errors = errorsOf(snap);
    expect(where(errors)).toEqual([['二级单位考核记录', 3, 5, '等级', '重大']]);
    expect(errors[0].message).toBe('等级“重大”不在本工作簿的「处罚标准」表中:请在该表中添加此等级,或改用表中已有的等级:一般(L2)');
  });

  test('params: unknown key, text for a number, bad method, duplicate, crossing lines', () => {
    const snap = workbook({
      sheets: [
        sheet('考核参数', [
          { 参数: '基础分数', 值: 100 },
          { 参数: '季度加分上限', 值: '五' },
          { 参数: '年度得分方式', 值: '平均' },
          { 参数: '重复发生系数', 值: '1;x' },
          { 参数: '良好线', 值: 96 },
          { 参数: '良好线', 值: 90 },
        ]),
      ],
    });
    const errors = errorsOf(snap);
    expect(where(errors)).toEqual([
      ['考核参数', 2, 1, '参数', '基础分数'],
      ['考核参数', 3, 2, '值', '五'],
      ['考核参数', 4, 2, '值', '平均'],
      ['考核参数', 5, 2, '值', '1;x'],
      ['考核参数', 7, 1, '参数', '良好线'],
      ['考核参数', null, null, null, null],
    ]);
    expect(errors[0].message).toMatch(/^未知的参数“基础分数”:可用的参数有 公司名称、基础分、季度加分上限、/);
    expect(errors[1].message).toBe('“五”不是数字:参数「季度加分上限」请填写阿拉伯数字,如 5');
    expect(errors[2].message).toBe('年度得分方式“平均”无效:请填写“季度平均”或“年度累计”');
    expect(errors[4].message).toBe('参数「良好线」重复(第 6 行已有):每个参数只填一次');
    expect(errors[5].message).toBe('等级线应满足 优秀线 ≥ 良好线 ≥ 合格线(现为 95 / 96 / 80):请调整');
  });

  test('params: a negative number and a fraction where a count belongs quote the value', () => {
    const snap = workbook({
      sheets: [
        sheet('考核参数', [
          { 参数: '基础分', 值: -100 },
          { 参数: '摘机响铃次数', 值: 4.5 },
        ]),
      ],
    });
    expect(errorsOf(snap).map((e) => [e.row, e.column, e.message])).toEqual([
      [2, 2, '参数「基础分」的值“-100”不能为负数:请填写不小于 0 的数'],
      [3, 2, '参数「摘机响铃次数」的值“4.5”应为整数:请填写如 5'],
    ]);
  });

  test('clauses: unreadable id, duplicate, default level off the ladder', () => {
    const snap = workbook({
      sheets: [
        sheet('考核条款', [
          { 条款: '8.4', 考核内容: '五个工作日内装表接电', 默认等级: '一般' },
          { 条款: '第8.4条', 考核内容: '重复', 默认等级: null },
          { 条款: '甲', 考核内容: '无法识别', 默认等级: null },
          { 条款: '9.1', 考核内容: '严禁估抄', 默认等级: '超大' },
        ]),
      ],
    });
    expect(where(errorsOf(snap))).toEqual([
      ['考核条款', 3, 1, '条款', '第8.4条'],
      ['考核条款', 4, 1, '条款', '甲'],
      ['考核条款', 5, 3, '默认等级', '超大'],
    ]);
  });

  test('节假日: bad type, unreadable date, conflicting duplicate', () => {
    const snap = workbook({
      sheets: [
        sheet('节假日', [
          { 日期: '2027-01-01', 类型: '休' },
          { 日期: '2027-01-02', 类型: '假日' },
          { 日期: '2027-02-30', 类型: '班' },
          { 日期: '2027/1/1', 类型: '班' },
        ]),
      ],
    });
    const errors = errorsOf(snap);
    expect(where(errors)).toEqual([
      ['节假日', 3, 2, '类型', '假日'],
      ['节假日', 4, 1, '日期', '2027-02-30'],
      ['节假日', 5, 1, '日期', '2027/1/1'],
    ]);
    expect(errors[0].message).toBe('类型“假日”无效:请填写“休”(放假)或“班”(调休上班)');
    expect(errors[2].message).toBe('日期 2027-01-01 已在第 2 行登记为“休”:同一天只能是“休”或“班”之一');
  });
});

describe('parser review fixes', () => {
  test('two sheets with the same rule role: the second is an error naming both, and is not read', () => {
    const ladderRow = { 等级: '一般', 代码: 'L2', 单位扣分: 2, 单位罚款: 200, 第一责任人罚款: 100, 直接责任人罚款: 200, 加分: 0 };
    const snap = workbook({
      events: [event()],
      sheets: [sheet('处罚标准', [ladderRow]), sheet('处罚标准 ', [{ ...ladderRow, 单位扣分: 9 }]), sheet(' 单位', defaultUnits())],
    });
    const out = parseWorkbook(snap);
    expect(where(out.errors)).toEqual([
      ['处罚标准 ', null, null, null, null],
      [' 单位', null, null, null, null],
    ]);
    expect(out.errors[0].message).toBe(
      '与工作表「处罚标准」重名(名称前后的空格不算):两张都会被当作「处罚标准」表,程序只读取了排在前面的「处罚标准」,这一张没有读取:请把两张表合并成一张,或删除、改名其中一张',
    );
    expect(out.errors[1].message).toContain('与工作表「单位」重名');
    expect(out.model.rules.ladder.map((l) => l.points)).toEqual([2]);
    expect(out.model.sheetsRead.map((s) => s.name)).toEqual(['单位', '二级单位考核记录', '处罚标准']);
    expect(out.model.sheetsSkipped).toEqual(['处罚标准 ', ' 单位']);
  });

  test('unit names that differ only in width or case are duplicates', () => {
    const units = [
      ...defaultUnits(),
      { 单位编码: 'S04', 单位名称: 'IT中心', 类别: '二级单位', 第一责任人: '孙', 归口部门: null },
      { 单位编码: 'S05', 单位名称: 'ＩＴ中心', 类别: '二级单位', 第一责任人: '周', 归口部门: null },
    ];
    const errors = errorsOf(workbook({ units }));
    expect(where(errors)).toEqual([['单位', 9, 2, '单位名称', 'ＩＴ中心']]);
    expect(errors[0].message).toBe('单位名称“ＩＴ中心”重复(第 8 行已使用):每个单位的名称必须唯一(全角半角、大小写不同也算同一名称)');
  });

  test('考核条款: ids equal after normalisation are duplicates (8.4 and 8.40, 8.1 and 8.10)', () => {
    const snap = workbook({
      sheets: [
        sheet('考核条款', [
          { 条款: '8.4', 考核内容: '装表接电' },
          { 条款: '8.40', 考核内容: '重复' },
          { 条款: 8.1, 考核内容: '提前上岗' },
          { 条款: '8.10', 考核内容: '另一条' },
        ]),
      ],
    });
    const errors = errorsOf(snap);
    expect(where(errors)).toEqual([
      ['考核条款', 3, 1, '条款', '8.40'],
      ['考核条款', 5, 1, '条款', '8.10'],
    ]);
    expect(errors[0].message).toBe('条款“8.40”即 8.4,与第 2 行重复:每个条款只列一次');
  });

  test('节假日: a blank 类型 says the cell is empty and what to type', () => {
    const errors = errorsOf(
      workbook({
        sheets: [
          sheet('节假日', [
            { 日期: '2027-01-01', 类型: null },
            { 日期: '2027-01-02', 类型: ' ' },
          ]),
        ],
      }),
    );
    expect(where(errors)).toEqual([
      ['节假日', 2, 2, '类型', null],
      ['节假日', 3, 2, '类型', ' '],
    ]);
    expect(errors.map((e) => e.message)).toEqual([
      '类型为空:请填写“休”(放假)或“班”(调休上班)',
      '类型为空:请填写“休”(放假)或“班”(调休上班)',
    ]);
  });

  test('a row that looks like a total row but has a date is an event row and is checked', () => {
    const values = [
      ['序号', '日期', '单位', '来源', '条款', '等级', '事项描述'],
      ['合计', '2026-07-15', null, null, null, null, null],
      ['合计数', null, null, null, null, null, 3], // not exactly a total label
    ];
    const errors = errorsOf(workbook({ sheets: [{ name: '二级单位考核记录', values }] }));
    expect(where(errors).map((w) => [w[1], w[3]])).toEqual([
      [2, '单位'],
      [2, '来源'],
      [2, '条款'],
      [2, '等级'],
      [2, '事项描述'],
      [3, '日期'],
      [3, '单位'],
      [3, '来源'],
      [3, '条款'],
      [3, '等级'],
    ]);
  });
});
