// The workbook `qs-assess init` writes (and the task pane's “新建模板”): the input sheets with
// their headers, drop-downs and widths, and the three rule sheets filled with the built-in rules
// so users can see and edit every number.
import type { CellValue, Params } from '../types';
import {
  AREAS,
  CALENDAR_TYPES,
  CATEGORIES,
  DEFAULT_CLAUSES,
  DEFAULT_LADDER,
  EVENT_SOURCES,
  DEFAULT_LADDER_NOTE,
  GRADES,
  LEVEL_MEANINGS,
  PARAM_DEFS,
  SHEET_NAMES,
  YES_NO,
  FINDINGS,
  defaultParams,
} from '../rules';
import type { DropDown, TemplateColumn, TemplateSheet } from './types';
import { DEFAULT_REQUIREMENTS, NOTICE_TEMPLATE_SHEET } from '../report';

/** Blank rows under a header that still get drop-downs and formats, for the user to fill in. */
export const INPUT_ROWS = 1000;
/** Units the 单位 drop-downs of the ledgers reach down to (blank cells in the range are harmless). */
const UNIT_LIST_ROWS = 200;

const clauseRows = DEFAULT_CLAUSES.length;
const levelRows = DEFAULT_LADDER.length;

const LISTS = {
  category: (): DropDown => ({ kind: 'category', items: [...CATEGORIES] }),
  source: (): DropDown => ({ kind: 'source', items: [...EVENT_SOURCES] }),
  yesNo: (): DropDown => ({ kind: 'yesNo', items: [...YES_NO] }),
  area: (): DropDown => ({ kind: 'area', items: [...AREAS] }),
  grade: (): DropDown => ({ kind: 'grade', items: [...GRADES] }),
  calendarType: (): DropDown => ({ kind: 'calendarType', items: [...CALENDAR_TYPES] }),
  finding: (): DropDown => ({ kind: 'finding', items: [...FINDINGS] }),
  clause: (): DropDown => ({
    kind: 'clause',
    range: { sheet: SHEET_NAMES.clauses, column: 'A', firstRow: 2, lastRow: clauseRows + 1 },
  }),
  level: (): DropDown => ({
    kind: 'level',
    range: { sheet: SHEET_NAMES.ladder, column: 'A', firstRow: 2, lastRow: levelRows + 1 },
  }),
  unit: (): DropDown => ({
    kind: 'unit',
    range: { sheet: SHEET_NAMES.units, column: 'B', firstRow: 2, lastRow: UNIT_LIST_ROWS + 1 },
  }),
};

const DATE_FORMAT = 'yyyy-mm-dd';
const TEXT = '@';

const col = (header: string, width: number, more: Partial<TemplateColumn> = {}): TemplateColumn => ({
  header,
  width,
  ...more,
});

function unitColumns(): TemplateColumn[] {
  return [
    col('单位编码', 10, { numberFormat: TEXT, hint: '唯一的简短编码,如 D01、S03' }),
    col('单位名称', 18, { numberFormat: TEXT }),
    col('类别', 10, { dropDown: LISTS.category() }),
    col('第一责任人', 12, { numberFormat: TEXT }),
    col('归口部门', 16, { numberFormat: TEXT, hint: '二级单位的业务对口部门(可空)' }),
    col('别名', 22, { numberFormat: TEXT, hint: '导入时也认的其他名称,用顿号或逗号分隔(可空)' }),
  ];
}

/** The columns of both ledgers (SPEC §1.5), required ones first. */
function eventColumns(): TemplateColumn[] {
  return [
    col('日期', 12, { numberFormat: DATE_FORMAT, hint: '如 2026-07-15' }),
    col('单位', 16, { dropDown: LISTS.unit() }),
    col('来源', 12, { dropDown: LISTS.source() }),
    col('条款', 8, { numberFormat: TEXT, dropDown: LISTS.clause(), hint: '如 8.4(见「考核条款」)' }),
    col('等级', 10, { dropDown: LISTS.level(), hint: '见「处罚标准」' }),
    col('事项描述', 44),
    col('直接责任人', 11, { numberFormat: TEXT }),
    col('扣分调整', 9, { numberFormat: '0.##', hint: '填写后取代计算扣分,须在备注中说明理由' }),
    col('原因查清', 9, { dropDown: LISTS.yesNo() }),
    col('责任处理', 9, { dropDown: LISTS.yesNo() }),
    col('整改落实', 9, { dropDown: LISTS.yesNo() }),
    // SPEC §10 follow-up: with 完成日期 in the sheet, a blank one means not yet closed (rule 13).
    col('整改期限', 12, { numberFormat: DATE_FORMAT, hint: '应当整改完的日期,过期未闭环即为逾期' }),
    col('完成日期', 12, { numberFormat: DATE_FORMAT, hint: '实际整改完的日期;空着即仍未闭环' }),
    col('备注', 30),
    col('认定', 10, { dropDown: LISTS.finding(), hint: '留空即属实有责;不属实、无责、免责的事项不扣分不罚款' }),
    col('工单编号', 18, { numberFormat: TEXT, hint: '95598、来信来访等系统的工单号(可空);填写后全簿唯一' }),
  ];
}

function clauseSheet(): TemplateSheet {
  const levelName = new Map(DEFAULT_LADDER.map((l) => [l.code, l.name]));
  return {
    name: SHEET_NAMES.clauses,
    columns: [
      col('条款', 8, { numberFormat: TEXT }),
      col('类别', 10, { dropDown: LISTS.area() }),
      col('考核内容', 70),
      col('默认等级', 10, { dropDown: LISTS.level() }),
    ],
    rows: DEFAULT_CLAUSES.map((c) => [c.id, c.area, c.standard, levelName.get(c.defaultLevel) ?? c.defaultLevel]),
    inputRows: clauseRows,
  };
}

function ladderSheet(): TemplateSheet {
  const n = (header: string, width = 10) => col(header, width, { numberFormat: '0.##' });
  return {
    name: SHEET_NAMES.ladder,
    columns: [
      col('等级', 12),
      col('代码', 8, { numberFormat: TEXT }),
      n('单位扣分'),
      n('单位罚款'),
      n('第一责任人罚款', 14),
      n('直接责任人罚款', 14),
      n('加分', 8),
      col('等级上限', 10, { dropDown: LISTS.grade(), hint: '一票否决:有此等级事件的单位,等级不高于此' }),
      // Not read by the parser (extra columns are ignored): what each level means, and SPEC §2
      // rule 11's note two rows under the ladder, where only this column is filled, so the row
      // reads as blank to the ladder and is never taken for a level.
      col('说明', 60),
    ],
    rows: [
      ...DEFAULT_LADDER.map((l) => [
        l.name,
        l.code,
        l.points,
        l.unitFine,
        l.headFine,
        l.personFine,
        l.bonus,
        l.gradeCap,
        LEVEL_MEANINGS[l.code] ?? null,
      ]),
      [null, null, null, null, null, null, null, null, null],
      [null, null, null, null, null, null, null, null, LADDER_SHEET_NOTE],
    ],
    inputRows: levelRows,
  };
}

/** The 处罚标准 sheet's note (SPEC §2 rule 11): why these numbers are ours, and how to confirm them. */
export const LADDER_SHEET_NOTE = `※ ${DEFAULT_LADDER_NOTE}。本表数字参照同类供电企业的做法拟定,每一项都可以修改;公司确认后,请在「考核参数」表中把“处罚标准已确认”改为“是”,否则所有汇总表和通报都会注明此事。`;

/** 通报模板 (SPEC §7): the 考核通报's wording the office may change; a blank 内容 keeps the default. */
function noticeTemplateSheet(): TemplateSheet {
  return {
    name: NOTICE_TEMPLATE_SHEET,
    columns: [col('项目', 12), col('内容', 100, { hint: '工作要求每行一段;版头留空则为“公司名称+文件”' })],
    rows: [['主送', '各部门、各二级单位'], ['版头', null], ...DEFAULT_REQUIREMENTS.map((t) => ['工作要求', t])],
    inputRows: DEFAULT_REQUIREMENTS.length + 5,
  };
}

function paramSheet(params: Params): TemplateSheet {
  return {
    name: SHEET_NAMES.params,
    columns: [col('参数', 26), col('值', 22)],
    rows: PARAM_DEFS.map((d) => [d.key, blankToNull(d.display(params))]),
    inputRows: PARAM_DEFS.length,
  };
}

function blankToNull(v: CellValue): CellValue {
  return v === '' ? null : v;
}

/** The data a workbook is filled with; the template leaves every part empty. */
export interface WorkbookContent {
  units: CellValue[][];
  departmentEvents: CellValue[][];
  unitEvents: CellValue[][];
  params: Params;
}

/** The sheets in the order users work through them: who, what happened, then the rules. */
export function buildSheets(content: WorkbookContent): TemplateSheet[] {
  const inputRows = (rows: CellValue[][]) => Math.max(INPUT_ROWS, rows.length + 500);
  return [
    { name: SHEET_NAMES.units, columns: unitColumns(), rows: content.units, inputRows: UNIT_LIST_ROWS },
    {
      name: SHEET_NAMES.departmentLedger,
      columns: eventColumns(),
      rows: content.departmentEvents,
      inputRows: inputRows(content.departmentEvents),
    },
    {
      name: SHEET_NAMES.unitLedger,
      columns: eventColumns(),
      rows: content.unitEvents,
      inputRows: inputRows(content.unitEvents),
    },
    clauseSheet(),
    ladderSheet(),
    paramSheet(content.params),
    {
      name: SHEET_NAMES.calendar,
      columns: [
        col('日期', 12, { numberFormat: DATE_FORMAT }),
        col('类型', 8, { dropDown: LISTS.calendarType(), hint: '休 = 放假,班 = 调休上班' }),
      ],
      rows: [],
      inputRows: 100,
    },
    noticeTemplateSheet(),
  ];
}

/** The blank template: headers, drop-downs and the built-in rules; no units, no events. */
export function templateSheets(): TemplateSheet[] {
  return buildSheets({ units: [], departmentEvents: [], unitEvents: [], params: defaultParams() });
}
