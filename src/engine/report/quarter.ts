// The two quarter sheets of SPEC §3: 考核汇总 (one row per unit) and 扣分明细 (one row per event).

import type { AssessmentEvent, CellValue, Model, Period, Result, SheetPlan } from '../types';
import { roundPoints } from '../round';
import { parsePeriod, periodBounds } from '../period';
import { COUNT, FINE_COLUMNS, POINTS, TEXT, layoutSheet, type Column, type FineKey } from './layout';
import { columnSum, totalsRow } from './totals';
import { marker, periodLabel, sheetName, subtitle, title } from './names';
import { quarterChart } from './charts';
import type { TextBlock } from './followup';
import type { PreviousResult } from './previous';
import { eventOrigins } from '../score';

/** 变化 shows its sign: +1.50, -3.00, 0.00. */
const CHANGE = '+0.00;-0.00;0.00';

/** The summary's column keys (UnitResult's names where it has one), for its 合计 row. */
type SummaryKey =
  | 'index'
  | 'name'
  | 'category'
  | 'head'
  | 'base'
  | 'points'
  | 'bonus'
  | 'score'
  | 'grade'
  | 'rank'
  | 'events'
  | 'complaints'
  | FineKey
  | 'veto'
  | 'openItems'
  | 'previous'
  | 'change';

/** Shown after 未闭环事项 when the workbook holds the previous quarter's events (SPEC §3). */
const PREVIOUS_COLUMNS: Column<SummaryKey>[] = [
  { key: 'previous', header: '上季度得分', format: POINTS },
  { key: 'change', header: '变化', format: CHANGE },
];

const SUMMARY_COLUMNS: Column<SummaryKey>[] = [
  { key: 'index', header: '序号', format: COUNT, align: 'center', minWidth: 5 },
  // A long name wraps rather than widen the table: 24 units print on one page at 9 pt (SPEC §3).
  { key: 'name', header: '单位', format: TEXT, minWidth: 10, maxWidth: 17, wrap: true },
  { key: 'category', header: '类别', format: TEXT, align: 'center' },
  { key: 'head', header: '第一责任人', format: TEXT, align: 'center', minWidth: 8, maxWidth: 14 },
  { key: 'base', header: '基础分', format: POINTS },
  { key: 'points', header: '扣分', format: POINTS },
  { key: 'bonus', header: '加分', format: POINTS },
  { key: 'score', header: '得分', format: POINTS },
  { key: 'grade', header: '等级', format: TEXT, align: 'center' },
  { key: 'rank', header: '名次', format: COUNT, align: 'center', minWidth: 5 },
  { key: 'events', header: '事件数', format: COUNT, align: 'center' },
  { key: 'complaints', header: '有效投诉数', format: COUNT, align: 'center' },
  ...FINE_COLUMNS,
  { key: 'veto', header: '一票否决', format: TEXT, align: 'center' },
  { key: 'openItems', header: '未闭环事项', format: COUNT, align: 'center' },
];

/**
 * `previous` is the previous quarter's result when the workbook holds its events (then 上季度得分
 * and 变化 are added), else null. `warning` is SPEC §2 rule 11's footnote or null.
 */
export function planQuarterSummary(
  model: Model,
  result: Result,
  period: Period,
  previousWith: PreviousResult | null,
  warning: string | null,
  followUp: { note: string | null; historyOpen: ReadonlyMap<string, number> } = { note: null, historyOpen: new Map() },
): SheetPlan {
  const p = model.rules.params;
  const previous = previousWith?.result ?? null;
  const published = previousWith?.published ?? null;
  const before = previous ? new Map(previous.units.map((u) => [u.code, u.score])) : null;
  const columns = before ? [...SUMMARY_COLUMNS, ...PREVIOUS_COLUMNS] : SUMMARY_COLUMNS;
  const rows: CellValue[][] = result.units.map((u, i) => [
    i + 1,
    u.name,
    u.category,
    u.head,
    u.base,
    // Event points plus open-item points, so that 基础分 − 扣分 + 加分 = 得分 on paper.
    // … and 历史未闭环扣分 (SPEC §2 rule 13, 0 by default).
    roundPoints(u.points + p.openItemPoints * u.openItems + p.historyOpenPoints * (followUp.historyOpen.get(u.code) ?? 0)),
    u.bonus,
    u.score,
    u.grade,
    u.rank,
    u.events,
    u.complaints,
    u.unitFine,
    u.headFine,
    u.personFine,
    u.veto ? '是' : '否',
    u.openItems,
    ...(before ? comparison(u.score, before.get(u.code)) : []),
  ]);
  // Counts and fines add up; scores, grades and ranks do not, so their cells stay blank.
  const sum = (key: SummaryKey) => columnSum(columns, rows, key);
  const totals = totalsRow(columns, {
    index: '',
    name: '合计',
    events: sum('events'),
    complaints: sum('complaints'),
    unitFine: sum('unitFine'),
    headFine: sum('headFine'),
    personFine: sum('personFine'),
    openItems: sum('openItems'),
  });
  const prev = previous ? periodLabel(parsePeriod(previous.period)!) : null;
  return layoutSheet({
    name: sheetName(period, 'summary'),
    kind: 'quarter-summary',
    period: result.period,
    marker: marker(period, 'summary'),
    title: title(p, period, '考核汇总表'),
    subtitle: subtitle(p, period),
    columns,
    rows,
    totals,
    notes: [
      `注:1. 扣分 = 事件扣分 + 未闭环扣分(每项未闭环事项 ${p.openItemPoints} 分${p.openItemPoints === 0 ? ',即只统计不扣分' : ''}),故 基础分 − 扣分 + 加分 = 得分;得分不低于 0、不高于 ${roundPoints(p.base + p.bonusCap)}(基础分 + 季度加分上限 ${p.bonusCap} 分)。`,
      `2. 同一单位同一条款一年内再次发生,扣分和罚款乘以重复发生系数 ${p.repeatFactors.join('、')};表扬类不计次数。等级:得分 ≥ ${p.excellentLine} 优秀,≥ ${p.goodLine} 良好,≥ ${p.passLine} 合格,其余不合格;一票否决的单位,等级不高于该事项的等级上限。名次在部门、二级单位内分别排列。`,
      ...(p.historyOpenPoints ? [`扣分另含历史未闭环扣分:以往季度的事项截至本季度末仍未闭环的,每项 ${p.historyOpenPoints} 分。`] : []),
      ...(prev
        ? [
            `3. 上季度得分为${prev}的得分(${published ? `取 ${published.date} 发布的结果${published.number ? `,${published.number}` : ''}` : '按本工作簿中的记录重新计算'}),变化 = 本季度得分 − 上季度得分。`,
          ]
        : []),
      // SPEC §10: the counts here, every item on the detail and in the notice (the summary keeps its page).
      ...(followUp.note ? [followUp.note] : []),
    ],
    params: p,
    warning,
    chart: quarterChart(`${periodLabel(period)}各单位得分`, result.units, p),
  });
}

/** [上季度得分, 变化]; a unit added since has no previous score. */
function comparison(now: number, before: number | undefined): CellValue[] {
  return before === undefined ? [null, null] : [before, roundPoints(now - before)];
}

/** The detail's column keys (EventResult's names where it has one), for its 合计 row. */
type DetailKey =
  | 'index'
  | 'date'
  | 'unit'
  | 'source'
  | 'clause'
  | 'level'
  | 'description'
  | 'person'
  | 'occurrence'
  | 'multiplier'
  | 'points'
  | 'bonus'
  | FineKey
  | 'override'
  | 'open'
  | 'finding'
  | 'remark'
  | 'sheet'
  | 'row';

const DETAIL_COLUMNS: Column<DetailKey>[] = [
  { key: 'index', header: '序号', format: COUNT, align: 'center', minWidth: 5 },
  { key: 'date', header: '日期', format: 'yyyy-mm-dd', align: 'center', minWidth: 12 },
  { key: 'unit', header: '单位', format: TEXT, minWidth: 10, maxWidth: 20 },
  { key: 'source', header: '来源', format: TEXT, align: 'center', maxWidth: 12 },
  { key: 'clause', header: '条款', format: TEXT, align: 'center' },
  { key: 'level', header: '等级', format: TEXT, align: 'center', maxWidth: 14 },
  { key: 'description', header: '事项描述', format: TEXT, minWidth: 20, maxWidth: 32, wrap: true },
  { key: 'person', header: '直接责任人', format: TEXT, align: 'center', maxWidth: 12 },
  { key: 'occurrence', header: '第几次', format: COUNT, align: 'center' },
  { key: 'multiplier', header: '系数', format: '0.0#', align: 'center' },
  { key: 'points', header: '扣分', format: POINTS },
  { key: 'bonus', header: '加分', format: POINTS },
  ...FINE_COLUMNS,
  { key: 'override', header: '调整', format: TEXT, align: 'center' },
  { key: 'open', header: '未闭环', format: TEXT, align: 'center' },
  { key: 'finding', header: '认定', format: TEXT, align: 'center' },
  // The reason for an override or a finding (SPEC §3): the detail prints why, not only that.
  { key: 'remark', header: '备注', format: TEXT, minWidth: 10, maxWidth: 24, wrap: true },
  { key: 'sheet', header: '工作表', format: TEXT, maxWidth: 18 },
  { key: 'row', header: '行', format: COUNT, align: 'center' },
];

export function planQuarterDetail(
  model: Model,
  result: Result,
  period: Period,
  warning: string | null,
  blocks: TextBlock[] = [],
): SheetPlan {
  const p = model.rules.params;
  const unitNames = new Map(model.units.map((u) => [u.code, u.name]));
  const levelNames = new Map(model.rules.ladder.map((l) => [l.code, l.name]));
  const source = modelEvents(model, result, period);

  const events = result.events;
  // One row per reported event, drawn when asked (a RowSource): 322k rows at 1M events are
  // measured and written, never all held at once.
  const row = (i: number): CellValue[] => {
    const e = events[i];
    const m = source(i);
    return [
      i + 1,
      m ? Math.floor(m.date) : e.date,
      unitNames.get(e.unit) ?? e.unit,
      e.source,
      e.clause,
      levelNames.get(e.level) ?? e.level,
      m ? m.description : '',
      m ? m.person : '',
      e.occurrence > 0 ? e.occurrence : null, // commendations are not counted
      e.multiplier,
      e.points,
      e.bonus,
      e.unitFine,
      e.headFine,
      e.personFine,
      e.override ? '是' : '',
      e.open ? '是' : '',
      m?.finding ?? '', // blank = 属实有责; an exempt finding scores nothing (SPEC §2 rule 12)
      m ? m.remark : '',
      e.sheet,
      e.row,
    ];
  };
  let points = 0;
  let bonus = 0;
  let unitFine = 0;
  let headFine = 0;
  let personFine = 0;
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    points += Math.round(e.points * 100);
    bonus += Math.round(e.bonus * 100);
    unitFine += e.unitFine;
    headFine += e.headFine;
    personFine += e.personFine;
  }
  // Points and bonus added up in cents, as score() does.
  const totals = totalsRow(DETAIL_COLUMNS, {
    index: '',
    date: '合计',
    unit: `共 ${events.length} 项`,
    points: points / 100,
    bonus: bonus / 100,
    unitFine,
    headFine,
    personFine,
  });
  return layoutSheet({
    name: sheetName(period, 'detail'),
    kind: 'quarter-detail',
    period: result.period,
    marker: marker(period, 'detail'),
    title: title(p, period, '考核扣分明细表'),
    subtitle: subtitle(p, period),
    columns: DETAIL_COLUMNS,
    rows: { length: events.length, row },
    totals,
    notes: [
      `注:第几次 = 同一单位同一条款本年度内第几次发生(表扬类不计次,系数为 1);系数依次为 ${p.repeatFactors.join('、')}。调整为“是”的事项,扣分取“扣分调整”所填的数,罚款仍按等级和系数计算。未闭环为“是”的事项,三不放过(原因查清、责任处理、整改落实)尚未全部为“是”。合计扣分不含未闭环扣分。认定为不属实、无责或免责的事项照常列出,但不扣分、不罚款、不计次,系数记为 0。`,
    ],
    blocks,
    params: p,
    warning,
    chart: null,
  });
}

/**
 * The model event behind each result event, by its index in result.events (for its date serial,
 * description and person): as score() recorded it when it made the Result, else found by sheet
 * and row (a Result made elsewhere).
 */
function modelEvents(model: Model, result: Result, period: Period): (i: number) => AssessmentEvent | undefined {
  const origins = eventOrigins(model, result);
  if (origins) return (i) => model.events[origins[i]];
  const find = sourceEvents(model, period);
  return (i) => find(result.events[i].sheet, result.events[i].row);
}

/**
 * Finds the model event behind a result event by sheet and row.
 * Only the period's events are indexed, one array per sheet indexed by row (rows of a sheet are
 * dense, so an array beats a Map by far at 250k events).
 */
function sourceEvents(model: Model, period: Period): (sheet: string, row: number) => AssessmentEvent | undefined {
  const { first, last } = periodBounds(period);
  const events = model.events; // indexed loops: see followUp()
  const lastRow = new Map<string, number>();
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (e.date >= first && e.date <= last && e.row > (lastRow.get(e.sheet) ?? -1)) lastRow.set(e.sheet, e.row);
  }
  const bySheet = new Map<string, (AssessmentEvent | undefined)[]>();
  for (const [sheet, row] of lastRow) bySheet.set(sheet, new Array<AssessmentEvent | undefined>(row + 1).fill(undefined));
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (e.date >= first && e.date <= last) bySheet.get(e.sheet)![e.row] = e;
  }
  return (sheet, row) => bySheet.get(sheet)?.[row];
}
