// Event sheets (the two ledgers and the per-unit sheets) → AssessmentEvents. This is the hot
// loop for a million rows: columns are resolved once per sheet, every lookup is a cached Map hit,
// and an event object is built once, only for a clean row.
import type { AssessmentEvent, CellValue, Level, SheetSnapshot, Unit } from '../types';
import { cellText, excelErrorMeaning, isNonFinite, MAX_CELL_TEXT, parseNumber, quote, toHalfWidth } from '../text';
import { EVENT_TABLE, UNIT_EVENT_TABLE } from './schema';
import { findTable, hasTotalLabel, Issues, isBlankRow, type Table } from './table';
import { parseFinding, parseYesNo } from './values';

/** Above this an override is a typing slip (a misplaced amount), and its sums would lose precision. */
const MAX_OVERRIDE = 1_000_000;

export interface EventContext {
  issues: Issues;
  events: AssessmentEvent[];
  /** 单位 cell → unit; null when unknown. With implicit units it creates them. */
  unit: (value: CellValue, t: Table, i: number) => Unit | null;
  /** False when the 单位 table is missing or broken: then unknown units are not reported per row. */
  unitsKnown: boolean;
  date: (value: CellValue) => number | null;
  /** 工单编号 (folded) → where it was first seen, across every event sheet of the workbook. */
  tickets: Map<string, { sheet: string; row: number }>;
  clause: (value: CellValue) => string | null;
  level: (value: CellValue) => Level | null;
  source: (value: CellValue) => string | null;
  /** Messages that depend on where the rules came from. */
  unknownLevel: (value: CellValue) => string;
  unknownSource: (value: CellValue) => string;
  unknownClause: (value: CellValue) => string;
}

/**
 * Reads one event sheet. `owner` is the unit a per-unit sheet belongs to (null for a ledger).
 * Returns the number of data rows (non-blank), or null when the table was not found.
 */
export function readEventSheet(sheet: SheetSnapshot, owner: Unit | null, ctx: EventContext): number | null {
  const issues = ctx.issues;
  const t = findTable(sheet, owner ? UNIT_EVENT_TABLE : EVENT_TABLE, issues);
  if (!t) return null;
  const c = t.col;
  const cDate = c.date,
    cUnit = c.unit,
    cSource = c.source,
    cClause = c.clause,
    cLevel = c.level;
  const cDesc = c.description,
    cPerson = c.person,
    cOverride = c.override,
    cRemark = c.remark;
  const cCause = c.causeFound,
    cHandled = c.handled,
    cFixed = c.fixed,
    cFinding = c.finding,
    cTicket = c.ticket;

  const cDeadline = c.fixDeadline,
    cFixedOn = c.fixedOn;
  const values = t.values;
  const top = t.top;
  let rows = 0;
  for (let i = t.headerIndex + 1; i < values.length; i++) {
    const row = values[i];
    if (isBlankRow(t, row)) continue;
    const dateCell = at(row, cDate);
    // A table's total row (合计 / 总计 / 小计 / 汇总 / Total first, no date) is not a record.
    if (hasTotalLabel(row) && (blank(dateCell) || ctx.date(dateCell) === null)) continue;
    rows++;
    const before = issues.list.length;

    const date = rowDate(t, i, dateCell, ctx);
    const unit = rowUnit(t, i, at(row, cUnit), owner, ctx);

    const sourceCell = at(row, cSource);
    const source = blank(sourceCell) ? null : ctx.source(sourceCell);
    if (blank(sourceCell)) issues.cell(t, i, 'source', sourceCell, '来源为空:请填写事件的来源,如 95598工单、明察暗访');
    else if (source === null) issues.cell(t, i, 'source', sourceCell, ctx.unknownSource(sourceCell));

    const clauseCell = at(row, cClause);
    const clause = blank(clauseCell) ? null : ctx.clause(clauseCell);
    if (blank(clauseCell)) issues.cell(t, i, 'clause', clauseCell, '条款为空:请填写违反(或受表扬)的条款,如 8.4');
    else if (clause === null) issues.cell(t, i, 'clause', clauseCell, ctx.unknownClause(clauseCell));

    const levelCell = at(row, cLevel);
    const level = blank(levelCell) ? null : ctx.level(levelCell);
    if (blank(levelCell)) issues.cell(t, i, 'level', levelCell, '等级为空:请填写处罚标准中的等级名称或代码,如 一般 或 L2');
    else if (level === null) issues.cell(t, i, 'level', levelCell, ctx.unknownLevel(levelCell));

    const descCell = at(row, cDesc);
    const description = text(descCell);
    if (description === '') issues.cell(t, i, 'description', descCell, notAText(descCell) ?? '事项描述为空:请简要写明发生了什么');
    else freeText(t, i, 'description', descCell, description, issues);

    const remarkCell = at(row, cRemark);
    const remark = text(remarkCell);
    if (remark !== '') freeText(t, i, 'remark', remarkCell, remark, issues);
    else if (isNonFinite(remarkCell)) issues.cell(t, i, 'remark', remarkCell, notAText(remarkCell)!);
    const personCell = at(row, cPerson);
    const person = text(personCell);
    if (person !== '') freeText(t, i, 'person', personCell, person, issues);
    else if (isNonFinite(personCell)) issues.cell(t, i, 'person', personCell, notAText(personCell)!);
    const overrideCell = at(row, cOverride);
    const override = blank(overrideCell) ? null : rowOverride(t, i, overrideCell, remark, issues);

    const causeFound = yesNo(t, i, 'causeFound', at(row, cCause), issues);
    const handled = yesNo(t, i, 'handled', at(row, cHandled), issues);
    const fixed = yesNo(t, i, 'fixed', at(row, cFixed), issues);

    const findingCell = at(row, cFinding);
    const finding = findingCell === null ? '属实有责' : parseFinding(findingCell);
    if (finding === null) {
      issues.cell(t, i, 'finding', findingCell, `认定${quote(findingCell)}无效:请填写 属实有责、不属实、无责 或 免责,属实有责可留空`);
    }

    const ticket = cTicket < 0 ? '' : rowTicket(t, i, at(row, cTicket), ctx);
    const fixDeadline = followUpDate(t, i, 'fixDeadline', at(row, cDeadline), ctx);
    const fixedOn = followUpDate(t, i, 'fixedOn', at(row, cFixedOn), ctx);

    if (issues.list.length !== before || !unit || !source || !clause || !level || finding === null) continue;
    const event: AssessmentEvent = {
      sheet: sheet.name,
      row: top + i,
      date,
      unit: unit.code,
      source,
      clause,
      level: level.code,
      description,
      person,
      override,
      remark,
      causeFound,
      handled,
      fixed,
    };
    if (finding !== '属实有责') event.finding = finding;
    if (ticket !== '') event.ticket = ticket;
    if (fixDeadline !== null) event.fixDeadline = fixDeadline;
    // SPEC §2 rule 13: with the column, a blank 完成日期 means not closed yet; without it, the checks decide.
    if (cFixedOn >= 0) event.fixedOn = fixedOn;
    ctx.events.push(event);
  }
  return rows;
}

/** The 日期 cell → serial day; 0 (with an error reported) when blank or unreadable. */
function rowDate(t: Table, i: number, dateCell: CellValue, ctx: EventContext): number {
  if (blank(dateCell)) {
    ctx.issues.cell(t, i, 'date', dateCell, '日期为空:请填写事件发生的日期,如 2026-07-15');
    return 0;
  }
  const d = ctx.date(dateCell);
  if (d !== null) return d;
  ctx.issues.cell(t, i, 'date', dateCell, `无法识别的日期${quote(dateCell)}:请填写真实的日期,如 2026-07-15、2026/7/15 或 2026年7月15日`);
  return 0;
}

/** 整改期限 / 完成日期: optional dates (SPEC §10); null when blank, an error when unreadable. */
function followUpDate(t: Table, i: number, field: 'fixDeadline' | 'fixedOn', cell: CellValue, ctx: EventContext): number | null {
  if (blank(cell)) return null;
  const d = ctx.date(cell);
  if (d !== null) return Math.floor(d);
  const what = field === 'fixDeadline' ? '整改期限' : '完成日期';
  ctx.issues.cell(t, i, field, cell, `无法识别的${what}${quote(cell)}:请填写真实的日期,如 2026-07-15,尚未确定可留空`);
  return null;
}

/**
 * The 工单编号 cell → the number as typed (trimmed, half-width), '' when blank. A number already
 * seen on any event sheet is an error naming both rows (SPEC §1.5): the same ticket entered twice
 * would be scored twice. Compared in any case and width, as a clerk may retype it.
 */
function rowTicket(t: Table, i: number, cell: CellValue, ctx: EventContext): string {
  if (blank(cell)) return '';
  const ticket = toHalfWidth(cellText(cell)).trim();
  const key = ticket.toUpperCase();
  const first = ctx.tickets.get(key);
  const here = { sheet: t.name, row: t.top + i };
  if (!first) ctx.tickets.set(key, here);
  else {
    const where = first.sheet === here.sheet ? `第 ${first.row} 行` : `「${first.sheet}」第 ${first.row} 行`;
    ctx.issues.cell(t, i, 'ticket', cell, `工单编号${quote(cell)}与${where}重复:同一工单只能登记一次,请删除重复的一行,或改正工单编号`);
  }
  return ticket;
}

/** The row's unit: a unit sheet's owner (a 单位 cell there must agree), or the ledger's 单位 cell. */
function rowUnit(t: Table, i: number, unitCell: CellValue, owner: Unit | null, ctx: EventContext): Unit | null {
  const issues = ctx.issues;
  if (owner) {
    if (!blank(unitCell) && ctx.unit(unitCell, t, i) !== owner) {
      issues.cell(
        t,
        i,
        'unit',
        unitCell,
        `单位${quote(unitCell)}与工作表「${t.name}」不符:本表只记录${owner.name}的事件,请把这一行移到所属单位的表,或改正单位`,
      );
    }
    return owner;
  }
  if (blank(unitCell)) {
    issues.cell(t, i, 'unit', unitCell, '单位为空:请填写「单位」表中某个单位的名称或编码');
    return null;
  }
  const unit = ctx.unit(unitCell, t, i);
  if (!unit && ctx.unitsKnown) {
    issues.cell(t, i, 'unit', unitCell, `未知的单位${quote(unitCell)}:请在「单位」表中登记,或改为已有单位的名称或编码`);
  }
  return unit;
}

/** A filled 扣分调整 cell → points, or null with the error reported (not a number, < 0, too large, no 备注). */
function rowOverride(t: Table, i: number, cell: CellValue, remark: string, issues: Issues): number | null {
  const n = parseNumber(cell);
  if (n === null) issues.cell(t, i, 'override', cell, `扣分调整${quote(cell)}不是数字:请填写阿拉伯数字(如 1.5),或留空`);
  else if (n < 0) issues.cell(t, i, 'override', cell, `扣分调整${quote(cell)}不能为负数:请填写不小于 0 的扣分,或留空`);
  else if (n > MAX_OVERRIDE)
    issues.cell(t, i, 'override', cell, `扣分调整${quote(cell)}过大:一条事项的扣分不能超过 ${MAX_OVERRIDE},请核对`);
  else if (remark === '') issues.cell(t, i, 'override', cell, '填写了扣分调整但没有备注:请在「备注」列写明调整的原因');
  else return n;
  return null;
}

function at(row: CellValue[], c: number): CellValue {
  if (c < 0) return null;
  const v = row[c];
  return v === undefined ? null : v;
}

/** cellText with the common cases inline (this runs once per cell of a million rows). */
function text(v: CellValue): string {
  if (v === null) return '';
  return typeof v === 'string' ? v.trim() : cellText(v);
}

function blank(v: CellValue): boolean {
  if (v === null || v === '') return true;
  if (typeof v !== 'string') return false;
  // Only text starting with whitespace can be blank: skip the trim for ordinary text.
  const c = v.charCodeAt(0);
  return (c <= 32 || c === 0x3000 || c === 0xa0) && v.trim() === '';
}

/**
 * Free text (描述, 责任人, 备注) takes anything but an Excel error value (a broken formula, which
 * would be printed as "#REF!"); text longer than a cell holds is kept and warned about, since
 * the generated sheets cut it (fitCellText).
 */
function freeText(t: Table, i: number, field: string, v: CellValue, value: string, issues: Issues): void {
  if (value.charCodeAt(0) === 35 /* # */ && excelErrorMeaning(value) !== null) issues.cell(t, i, field, v, '');
  else if (value.length > MAX_CELL_TEXT) {
    const c = t.col[field];
    issues.warn(
      'text-too-long',
      t.name,
      `${t.header[field]}有 ${value.length} 个字符,超过一个单元格能容纳的 ${MAX_CELL_TEXT} 个:生成的汇总表中只保留前面部分,并以“…(超长已截断)”标出。请精简后再生成`,
      t.top + i,
      t.left + c,
    );
  }
}

/** For a cell that reads as empty text only because it holds NaN or Infinity (a host's number, never a file's). */
function notAText(v: CellValue): string | null {
  return isNonFinite(v) ? `${quote(v)}:请填写文字` : null;
}

function yesNo(t: Table, i: number, field: string, v: CellValue, issues: Issues): boolean {
  const r = parseYesNo(v);
  if (r !== null) return r;
  issues.cell(t, i, field, v, `${quote(v)}不是“是”或“否”:请填写“是”或“否”(也可用 Y/N、√),未完成可留空`);
  return false;
}
