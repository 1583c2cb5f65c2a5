// The optional rule sheets: 处罚标准 (ladder), 考核条款 (clauses), 考核参数 (params) and
// 节假日 (calendar). A present ladder or clause sheet replaces the built-in table entirely.
import type { CalendarOverride, CellValue, Clause, Level, Params, SheetSnapshot } from '../types';
import { isClauseIdShape, normaliseClauseId } from '../rules/clauses';
import { levelNameKey, parseGrade } from '../rules/ladder';
import { applyParam, checkParams, defaultParams, findParam, PARAM_DEFS, parseRepeatFactors, type ParamDef } from '../rules/params';
import { serialToIso } from '../dates';
import { cellText, parseNumber, quote, toHalfWidth } from '../text';
import { CALENDAR_TABLE, CLAUSE_TABLE, LADDER_TABLE, PARAM_TABLE } from './schema';
import { cellOf, dataRows, findTable, Issues } from './table';

export interface SheetRead<T> {
  value: T;
  rows: number;
}

/**
 * Above this a rule's number is a typing slip (1e308 as a 基础分): its sums would overflow or lose
 * precision, and no spreadsheet could show the scores. Repeat factors are bounded tighter.
 */
const MAX_RULE_NUMBER = 1_000_000;
const MAX_REPEAT_FACTOR = 100;

/** The message for a parameter whose number is out of range, or null (applyParam checks the rest). */
function tooLarge(d: ParamDef, value: CellValue): string | null {
  if (d.kind === 'number' || d.kind === 'count') {
    const n = parseNumber(value);
    return n !== null && n > MAX_RULE_NUMBER ? `参数「${d.key}」的值${quote(value)}过大:不能超过 ${MAX_RULE_NUMBER},请核对` : null;
  }
  if (d.kind === 'factors') {
    const f = parseRepeatFactors(value);
    return f !== null && f.some((x) => x > MAX_REPEAT_FACTOR)
      ? `重复发生系数${quote(value)}过大:每个系数不能超过 ${MAX_REPEAT_FACTOR},请核对`
      : null;
  }
  return null;
}

const LADDER_NUMBERS = ['points', 'unitFine', 'headFine', 'personFine', 'bonus'] as const;

/** 处罚标准 → ladder; null when the table is not found (the caller keeps the default). */
export function readLadder(sheet: SheetSnapshot, issues: Issues): SheetRead<Level[]> | null {
  const t = findTable(sheet, LADDER_TABLE, issues);
  if (!t) return null;
  const ladder: Level[] = [];
  // Names and codes share one namespace, compared in upper case: whatever a 等级 cell says, it can
  // only mean one level.
  const seen = new Map<string, number>(); // upper-case name or code → sheet row
  const rowIndexes = dataRows(t);
  const rows = rowIndexes.length;
  for (const i of rowIndexes) {
    const row = t.values[i];
    const nameCell = cellOf(t, row, 'name');
    const codeCell = cellOf(t, row, 'code');
    // Stored folded (half-width, trimmed) so that the lookup, which folds what is typed, finds it.
    const name = levelNameKey(cellText(nameCell));
    const code = toHalfWidth(cellText(codeCell));
    let ok = true;
    if (name === '') {
      issues.cell(t, i, 'name', nameCell, '等级名称为空:请填写等级名称,如 一般');
      ok = false;
    } else if (seen.has(name.toUpperCase())) {
      issues.cell(
        t,
        i,
        'name',
        nameCell,
        `等级${quote(nameCell)}重复(第 ${seen.get(name.toUpperCase())} 行已有):每个等级的名称和代码都必须唯一`,
      );
      ok = false;
    }
    if (code === '') {
      issues.cell(t, i, 'code', codeCell, '等级代码为空:请填写简短的代码,如 L2');
      ok = false;
    } else if (seen.has(code.toUpperCase())) {
      issues.cell(
        t,
        i,
        'code',
        codeCell,
        `等级代码${quote(codeCell)}重复(第 ${seen.get(code.toUpperCase())} 行已有):每个等级的名称和代码都必须唯一`,
      );
      ok = false;
    }
    const level: Level = { name, code, points: 0, unitFine: 0, headFine: 0, personFine: 0, bonus: 0, gradeCap: null };
    for (const key of LADDER_NUMBERS) {
      const v = cellOf(t, row, key);
      if (v === null || (typeof v === 'string' && v.trim() === '')) continue; // a blank amount is 0
      const n = parseNumber(v);
      if (n === null) issues.cell(t, i, key, v, `${quote(v)}不是数字:请填写阿拉伯数字,如 200;为 0 时可填 0 或留空`);
      else if (n < 0) issues.cell(t, i, key, v, `${quote(v)}为负数:扣分、罚款和加分都应不小于 0`);
      else if (n > MAX_RULE_NUMBER) issues.cell(t, i, key, v, `${quote(v)}过大:扣分、罚款和加分都不能超过 ${MAX_RULE_NUMBER},请核对`);
      else level[key] = n;
    }
    const capCell = cellOf(t, row, 'gradeCap');
    const cap = parseGrade(capCell);
    if (cap === undefined)
      issues.cell(t, i, 'gradeCap', capCell, `等级上限${quote(capCell)}无效:请填写 优秀、良好、合格、不合格 之一,或留空`);
    else level.gradeCap = cap;
    if (!ok) continue;
    seen.set(name.toUpperCase(), t.top + i);
    seen.set(code.toUpperCase(), t.top + i);
    ladder.push(level);
  }
  if (rows === 0) issues.sheet(sheet.name, '「处罚标准」表中没有任何等级:请填写等级,或删除此表以使用内置标准', t.top + t.headerIndex);
  return { value: ladder, rows };
}

/**
 * 考核条款 → clauses; null when the table is not found. `level` resolves a 默认等级 cell against
 * the ladder in force (the workbook's or the built-in one).
 */
export function readClauses(sheet: SheetSnapshot, issues: Issues, level: (v: CellValue) => Level | null): SheetRead<Clause[]> | null {
  const t = findTable(sheet, CLAUSE_TABLE, issues);
  if (!t) return null;
  const clauses: Clause[] = [];
  const seen = new Map<string, number>();
  const rowIndexes = dataRows(t);
  const rows = rowIndexes.length;
  for (const i of rowIndexes) {
    const row = t.values[i];
    const idCell = cellOf(t, row, 'clause');
    const id = normaliseClauseId(idCell);
    let ok = true;
    if (cellText(idCell) === '') {
      issues.cell(t, i, 'clause', idCell, '条款为空:请填写条款号,如 8.4 或 10');
      ok = false;
    } else if (id === null || !isClauseIdShape(id)) {
      issues.cell(t, i, 'clause', idCell, `无法识别的条款号${quote(idCell)}:请填写如 8.4、10、第8.4条 或 第八条第4款`);
      ok = false;
    } else if (seen.has(id)) {
      // Duplicates are found after normalisation ('8.4', '第8.4条', '8.40' are one clause): say so.
      const prev = seen.get(id);
      issues.cell(
        t,
        i,
        'clause',
        idCell,
        toHalfWidth(cellText(idCell)) === id
          ? `条款${quote(idCell)}重复(第 ${prev} 行已有):每个条款只列一次`
          : `条款${quote(idCell)}即 ${id},与第 ${prev} 行重复:每个条款只列一次`,
      );
      ok = false;
    }
    const standardCell = cellOf(t, row, 'standard');
    const standard = cellText(standardCell);
    if (standard === '') issues.cell(t, i, 'standard', standardCell, '考核内容为空:请用一句话写明该条款的要求');
    const levelCell = cellOf(t, row, 'defaultLevel');
    let defaultLevel = '';
    if (cellText(levelCell) !== '') {
      const l = level(levelCell);
      if (l) defaultLevel = l.code;
      else
        issues.cell(t, i, 'defaultLevel', levelCell, `默认等级${quote(levelCell)}不在处罚标准中:请填写处罚标准中的等级名称或代码,或留空`);
    }
    if (!ok || id === null) continue;
    seen.set(id, t.top + i);
    clauses.push({ id, area: cellText(cellOf(t, row, 'area')), standard, defaultLevel });
  }
  if (rows === 0) issues.sheet(sheet.name, '「考核条款」表中没有任何条款:请填写条款,或删除此表以使用内置条款', t.top + t.headerIndex);
  return { value: clauses, rows };
}

/** 考核参数 → params (keys left out keep their defaults); null when the table is not found. */
export function readParams(sheet: SheetSnapshot, issues: Issues): SheetRead<Params> | null {
  const t = findTable(sheet, PARAM_TABLE, issues);
  if (!t) return null;
  const params = defaultParams();
  const seen = new Map<string, number>();
  const rowIndexes = dataRows(t);
  const rows = rowIndexes.length;
  for (const i of rowIndexes) {
    const row = t.values[i];
    const keyCell = cellOf(t, row, 'key');
    const valueCell = cellOf(t, row, 'value');
    if (cellText(keyCell) === '') {
      issues.cell(t, i, 'key', keyCell, `有值${quote(valueCell)}但参数名为空:请填写参数名,或删除这一行`);
      continue;
    }
    const d = findParam(keyCell);
    if (!d) {
      issues.cell(t, i, 'key', keyCell, `未知的参数${quote(keyCell)}:可用的参数有 ${PARAM_DEFS.map((x) => x.key).join('、')}`);
      continue;
    }
    if (seen.has(d.key)) {
      issues.cell(t, i, 'key', keyCell, `参数「${d.key}」重复(第 ${seen.get(d.key)} 行已有):每个参数只填一次`);
      continue;
    }
    seen.set(d.key, t.top + i);
    const problem = tooLarge(d, valueCell) ?? applyParam(params, d, valueCell);
    if (problem) issues.cell(t, i, 'value', valueCell, problem);
  }
  for (const m of checkParams(params)) issues.sheet(sheet.name, m);
  return { value: params, rows };
}

const CALENDAR_TYPE = new Map<string, '休' | '班'>([
  ['休', '休'],
  ['休息', '休'],
  ['放假', '休'],
  ['假', '休'],
  ['班', '班'],
  ['上班', '班'],
  ['补班', '班'],
  ['调休上班', '班'],
]);

/** 节假日 → calendar overrides. */
export function readCalendar(
  sheet: SheetSnapshot,
  issues: Issues,
  date: (v: CellValue) => number | null,
): SheetRead<CalendarOverride[]> | null {
  const t = findTable(sheet, CALENDAR_TABLE, issues);
  if (!t) return null;
  const out: CalendarOverride[] = [];
  const seen = new Map<number, { type: '休' | '班'; row: number }>();
  const rowIndexes = dataRows(t);
  const rows = rowIndexes.length;
  for (const i of rowIndexes) {
    const row = t.values[i];
    const dateCell = cellOf(t, row, 'date');
    const typeCell = cellOf(t, row, 'type');
    const d = cellText(dateCell) === '' ? null : date(dateCell);
    if (cellText(dateCell) === '') issues.cell(t, i, 'date', dateCell, '日期为空:请填写日期,如 2027-01-01');
    else if (d === null)
      issues.cell(t, i, 'date', dateCell, `无法识别的日期${quote(dateCell)}:请填写真实的日期,如 2027-01-01 或 2027年1月1日`);
    const type = CALENDAR_TYPE.get(toHalfWidth(cellText(typeCell)));
    if (!type) {
      issues.cell(
        t,
        i,
        'type',
        typeCell,
        cellText(typeCell) === ''
          ? '类型为空:请填写“休”(放假)或“班”(调休上班)'
          : `类型${quote(typeCell)}无效:请填写“休”(放假)或“班”(调休上班)`,
      );
    }
    if (d === null || !type) continue;
    const prev = seen.get(d);
    if (prev && prev.type !== type) {
      issues.cell(t, i, 'date', dateCell, `日期 ${serialToIso(d)} 已在第 ${prev.row} 行登记为“${prev.type}”:同一天只能是“休”或“班”之一`);
      continue;
    }
    if (prev) continue; // the same row twice says nothing new
    seen.set(d, { type, row: t.top + i });
    out.push({ date: d, type });
  }
  return { value: out, rows };
}
