// The tables of SPEC §1: each column's Chinese header, English alias and whether it is required.
// The template writes these headers; the parser finds them (in any order) by the same list.

export interface FieldSpec {
  /** Property name in code. */
  key: string;
  /** Chinese header, as the template writes it. */
  name: string;
  /** English alias (case-insensitive). */
  alias: string;
  required: boolean;
  /**
   * Other headers users write for the column (docs/workbook.md lists them). Compared like the
   * name: whitespace, full-width forms, '*' and a bracketed unit such as (分) do not matter.
   */
  variants?: readonly string[];
  /**
   * Words that make an unrecognised header look like this column: such a header gets a warning
   * naming it, since an optional column silently not read changes results (every deduction an
   * open item, overrides ignored).
   */
  hints?: readonly string[];
}

export interface TableSchema {
  /** The sheet name the table normally lives on (for messages). */
  sheet: string;
  fields: readonly FieldSpec[];
}

const f = (key: string, name: string, alias: string, required: boolean, variants?: string[], hints?: string[]): FieldSpec => ({
  key,
  name,
  alias,
  required,
  ...(variants ? { variants } : {}),
  ...(hints ? { hints } : {}),
});

export const UNIT_TABLE: TableSchema = {
  sheet: '单位',
  fields: [
    f('code', '单位编码', 'Code', true),
    f('name', '单位名称', 'Unit', true),
    f('category', '类别', 'Category', true),
    f('head', '第一责任人', 'Head', true),
    f('supervisor', '归口部门', 'Supervisor', false, ['归口管理部门', '主管部门'], ['归口']),
    f('aliases', '别名', 'Alias', false),
  ],
};

export const CLAUSE_TABLE: TableSchema = {
  sheet: '考核条款',
  fields: [
    f('clause', '条款', 'Clause', true),
    f('area', '类别', 'Area', false),
    f('standard', '考核内容', 'Standard', true),
    f('defaultLevel', '默认等级', 'DefaultLevel', false),
  ],
};

export const LADDER_TABLE: TableSchema = {
  sheet: '处罚标准',
  fields: [
    f('name', '等级', 'Level', true),
    f('code', '代码', 'Code', true),
    f('points', '单位扣分', 'Points', true),
    f('unitFine', '单位罚款', 'UnitFine', true),
    f('headFine', '第一责任人罚款', 'HeadFine', true),
    f('personFine', '直接责任人罚款', 'PersonFine', true),
    f('bonus', '加分', 'Bonus', true),
    f('gradeCap', '等级上限', 'GradeCap', false),
  ],
};

export const PARAM_TABLE: TableSchema = {
  sheet: '考核参数',
  fields: [f('key', '参数', 'Key', true), f('value', '值', 'Value', true)],
};

export const CALENDAR_TABLE: TableSchema = {
  sheet: '节假日',
  fields: [f('date', '日期', 'Date', true), f('type', '类型', 'Type', true)],
};

/** Event sheets. 单位 is required on the two ledgers and optional on a unit's own sheet. */
export const EVENT_TABLE: TableSchema = {
  sheet: '二级单位考核记录',
  fields: [
    f('date', '日期', 'Date', true),
    f('unit', '单位', 'Unit', true),
    f('source', '来源', 'Source', true),
    f('clause', '条款', 'Clause', true),
    f('level', '等级', 'Level', true),
    f('description', '事项描述', 'Description', true),
    f('person', '直接责任人', 'Person', false, ['直接责任人姓名', '责任人', '责任人姓名'], ['责任人']),
    f('override', '扣分调整', 'Override', false, ['调整扣分', '扣分调整值', '扣分修正', '调整分值'], ['扣分', '调整']),
    f(
      'causeFound',
      '原因查清',
      'CauseFound',
      false,
      ['原因是否查清', '原因已查清', '原因查清情况', '原因查明', '原因是否查明'],
      ['原因', '三不放过'],
    ),
    f(
      'handled',
      '责任处理',
      'Handled',
      false,
      ['责任是否处理', '责任已处理', '责任处理情况', '责任人处理', '责任人是否处理'],
      ['处理', '三不放过'],
    ),
    f(
      'fixed',
      '整改落实',
      'Fixed',
      false,
      ['整改落实情况', '整改是否落实', '整改已落实', '整改情况', '整改措施落实'],
      ['整改', '三不放过'],
    ),
    f('remark', '备注', 'Remark', false, ['说明', '备注说明'], ['备注']),
    f('finding', '认定', 'Finding', false, ['认定结果', '认定情况', '核实认定', '核实结果'], ['认定', '核实']),
    f('ticket', '工单编号', 'TicketNo', false, ['工单号'], ['工单']),
    f('fixDeadline', '整改期限', 'FixDeadline', false, ['整改时限', '整改截止日期', '要求整改日期']),
    f('fixedOn', '完成日期', 'FixedOn', false, ['整改完成日期', '闭环日期', '销号日期']),
  ],
};

/** The same columns with 单位 optional: a sheet named after one unit. */
export const UNIT_EVENT_TABLE: TableSchema = {
  sheet: EVENT_TABLE.sheet,
  fields: EVENT_TABLE.fields.map((x) => (x.key === 'unit' ? { ...x, required: false } : x)),
};
