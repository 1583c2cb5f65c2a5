// Snapshot → Model + every validation error (SPEC §1, §2 rule 1).
//
// Order matters only where one table explains another: the ladder first (clauses name levels),
// then clauses and parameters, the calendar, the units (they name the per-unit sheets), and last
// the event sheets. sheetsRead keeps workbook order whatever the reading order.
//
// Decisions where SPEC is silent (keep docs in step):
// - Header cells ignore whitespace, full-width forms and leading/trailing '*'; a bilingual header
//   such as '日期(Date)' counts as its first part. A blank row is blank in every column we read.
// - A per-unit sheet is one whose name resolves to a unit exactly as a 单位 cell does (one
//   resolver, units.ts: trimmed, half-width, any case; a code wins over another unit's name).
//   Unit names are unique in that folded form too.
// - A second sheet taking the role of 单位 or of a rule sheet (a name differing only by
//   surrounding spaces) is an error and is skipped; the first is read.
// - An event row whose first non-empty cell is exactly 合计, 总计, 小计, 汇总 or Total and which has
//   no date is a table's total row: skipped, and not counted in the sheet's rows.
// - Ladder names are stored and looked up half-width; 考核条款 ids go through the same normaliser
//   as event cells ('8.40' is 8.4), and ids equal after normalising are duplicates.
// - A rule sheet whose header cannot be found is reported and the built-in table stays in the
//   model; a 单位 sheet without its header is reported once, not once per event row.
// - Ladder amounts left blank are 0, negatives are refused; 等级上限 is an optional column.
//   考核条款's 类别 and 默认等级 are optional columns.
// - Dates must fall in 1950–2199 (catches a clause number typed into the date column); a time of
//   day is dropped. 扣分调整 must be ≥ 0. 三不放过 text that is neither yes nor no is an error.
// - 归口部门 must name a 部门; the unit keeps its code. The three grade lines must not cross.
import type { CalendarOverride, CellValue, Model, ParseOutcome, Rules, SheetRole, SheetSnapshot, Snapshot, Unit } from '../types';
import { defaultRules } from '../rules';
import { DEFAULT_LADDER_CODE, defaultLadderMessage, ladderUnconfirmed } from '../rules/confirmation';
import { makeClauseLookup } from '../rules/clauses';
import { makeLevelLookup } from '../rules/ladder';
import { EVENT_SOURCES, SHEET_NAMES } from '../rules/lists';
import { cellText, quote, toHalfWidth } from '../text';
import { readEventSheet, type EventContext } from './events';
import { ledgerLikeSheets } from './ledger-like';
import { explainUnreadSheets } from './unread';
import { readCalendar, readClauses, readLadder, readParams } from './rule-sheets';
import { Issues, type Table } from './table';
import { makeUnitResolver, readUnits, unitKey } from './units';
import { makeDateReader } from './values';

export interface ParseOptions {
  /**
   * For custom functions: no 单位 sheet is needed; every unit named in an event row becomes a unit
   * whose code and name are that text (category taken from the ledger's name when it tells).
   */
  implicitUnits?: boolean;
}

const FIXED_ROLES = new Map<string, SheetRole>([
  [SHEET_NAMES.units, 'units'],
  [SHEET_NAMES.clauses, 'clauses'],
  [SHEET_NAMES.ladder, 'ladder'],
  [SHEET_NAMES.params, 'params'],
  [SHEET_NAMES.calendar, 'calendar'],
  [SHEET_NAMES.departmentLedger, 'ledger'],
  [SHEET_NAMES.unitLedger, 'ledger'],
]);

/** Snapshot → Model + every validation error (SPEC §1, §2 rule 1). */
export function parseWorkbook(snapshot: Snapshot, options: ParseOptions = {}): ParseOutcome {
  const issues = new Issues();
  const sheets = snapshot.sheets;
  const { role, skip, first } = fixedRoles(sheets, issues);
  const rowsRead: (number | null)[] = sheets.map(() => null);
  const date = makeDateReader();
  const { rules, calendar } = readRuleSheets(sheets, first, issues, date, rowsRead);

  const u = readUnitTable(sheets, first('units'), issues, options, rowsRead);
  // A sheet named after a unit (by name, or by code) holds that unit's events. Its name is
  // resolved exactly as a 单位 cell is (same folding, a code wins over another unit's name).
  const owners: (Unit | null)[] = sheets.map(() => null);
  if (u.known) {
    sheets.forEach((s, k) => {
      const owner = role[k] === null && !skip[k] && !s.generated ? u.byText(s.name) : null;
      if (owner) [role[k], owners[k]] = ['unit-sheet', owner];
    });
  }
  // Sheets nobody claimed that look like ledgers are read as ledgers, or warned about.
  if (!u.implicit) ledgerLikeSheets(sheets, role, skip, issues).forEach((r, k) => (role[k] = r));
  // What is left unread but holds data is explained (SPEC §1.5), never silently skipped.
  const unread = u.implicit ? [] : explainUnreadSheets(sheets, role, skip, issues);

  const ctx = eventContext(rules, issues, date, u.resolve, u.known || u.implicit);
  sheets.forEach((s, k) => {
    if (role[k] === 'ledger' || role[k] === 'unit-sheet') rowsRead[k] = readEventSheet(s, owners[k], ctx);
  });

  const model: Model = { units: u.units, events: ctx.events, rules, calendar, sheetsRead: [], sheetsSkipped: [] };
  if (unread.length) model.sheetsUnread = unread;
  sheets.forEach((s, k) => {
    const r = role[k];
    if (r === null) model.sheetsSkipped.push(s.name);
    else model.sheetsRead.push({ name: s.name, role: r, rows: rowsRead[k] ?? 0 });
  });
  if (ladderUnconfirmed(rules)) issues.warn(DEFAULT_LADDER_CODE, null, defaultLadderMessage(rules)); // SPEC §2 rule 11
  return { model, errors: issues.list, warnings: issues.warnings };
}

/**
 * Roles by sheet name. A table sheet (units, a rule sheet) is read once: a second sheet with the
 * same name but for surrounding spaces is an error and is skipped, never silently listed as read.
 * Two ledgers named alike are both read (no record is lost), as are several sheets of one unit.
 */
function fixedRoles(sheets: Snapshot['sheets'], issues: Issues) {
  const role: (SheetRole | null)[] = sheets.map((s) => (s.generated ? null : (FIXED_ROLES.get(s.name.trim()) ?? null)));
  const skip: boolean[] = sheets.map(() => false);
  const firstOf = new Map<SheetRole, number>();
  role.forEach((r, k) => {
    if (r === null || r === 'ledger') return;
    const f = firstOf.get(r);
    if (f === undefined) {
      firstOf.set(r, k);
      return;
    }
    const kept = sheets[f].name;
    issues.sheet(
      sheets[k].name,
      `与工作表「${kept}」重名(名称前后的空格不算):两张都会被当作「${kept.trim()}」表,程序只读取了排在前面的「${kept}」,这一张没有读取:请把两张表合并成一张,或删除、改名其中一张`,
    );
    role[k] = null;
    skip[k] = true;
  });
  return { role, skip, first: (r: SheetRole): number => firstOf.get(r) ?? -1 };
}

/**
 * Rules: each sheet present replaces its built-in table; a sheet whose header cannot be found is
 * reported and the built-in table stays, so events are still checked against something.
 */
function readRuleSheets(
  sheets: Snapshot['sheets'],
  first: (r: SheetRole) => number,
  issues: Issues,
  date: (v: CellValue) => number | null,
  rowsRead: (number | null)[],
): { rules: Rules; calendar: CalendarOverride[] } {
  const rules: Rules = defaultRules();
  const read = <T>(r: SheetRole, reader: (s: SheetSnapshot) => { value: T; rows: number } | null, use: (v: T) => void) => {
    const i = first(r);
    const got = i >= 0 ? reader(sheets[i]) : null;
    if (got) {
      use(got.value);
      rowsRead[i] = got.rows;
    }
  };
  read(
    'ladder',
    (s) => readLadder(s, issues),
    (v) => ((rules.ladder = v), (rules.source.ladder = 'workbook')),
  );
  const level = makeLevelLookup(rules.ladder); // 默认等级 names a level of the ladder in force
  read(
    'clauses',
    (s) => readClauses(s, issues, level),
    (v) => ((rules.clauses = v), (rules.source.clauses = 'workbook')),
  );
  read(
    'params',
    (s) => readParams(s, issues),
    (v) => ((rules.params = v), (rules.source.params = 'workbook')),
  );
  let calendar: CalendarOverride[] = [];
  read(
    'calendar',
    (s) => readCalendar(s, issues, date),
    (v) => (calendar = v),
  );
  return { rules, calendar };
}

/** The 单位 table, and how event rows find their unit (made up from the rows for custom functions). */
function readUnitTable(sheets: Snapshot['sheets'], i: number, issues: Issues, options: ParseOptions, rowsRead: (number | null)[]) {
  let units: Unit[] = [];
  let known = false;
  if (i >= 0) {
    const r = readUnits(sheets[i], issues);
    units = r.units;
    known = r.usable;
    if (r.usable) rowsRead[i] = r.rows;
  } else if (!options.implicitUnits) {
    issues.sheet(
      SHEET_NAMES.units,
      '缺少「单位」表:请添加名为「单位」的工作表,逐行登记各部门和二级单位(单位编码、单位名称、类别、第一责任人)',
    );
  }
  const implicit = i < 0 && options.implicitUnits === true;
  const byText = makeUnitResolver(units);
  const resolve: EventContext['unit'] = implicit ? implicitUnitResolver(units) : byText;
  return { units, known, implicit, byText, resolve };
}

/** Everything the event reader looks up, with messages that depend on where the rules came from. */
function eventContext(
  rules: Rules,
  issues: Issues,
  date: (v: CellValue) => number | null,
  unit: EventContext['unit'],
  unitsKnown: boolean,
): EventContext {
  const ladderNames = rules.ladder.map((l) => `${l.name}(${l.code})`).join('、');
  return {
    issues,
    events: [],
    unit,
    unitsKnown,
    date,
    tickets: new Map(),
    clause: makeClauseLookup(rules.clauses),
    level: makeLevelLookup(rules.ladder),
    source: makeSourceLookup(),
    unknownLevel:
      rules.source.ladder === 'workbook'
        ? (v) => `等级${quote(v)}不在本工作簿的「处罚标准」表中:请在该表中添加此等级,或改用表中已有的等级:${ladderNames}`
        : (v) => `未知的等级${quote(v)}:请填写处罚标准中的等级名称或代码:${ladderNames}`,
    unknownSource: (v) => `未知的来源${quote(v)}:请填写 ${EVENT_SOURCES.join('、')} 之一`,
    unknownClause: (v) =>
      `未知的条款${quote(v)}:请填写${rules.source.clauses === 'workbook' ? '「考核条款」表中' : '考核办法第五至十四条中'}的条款号,如 8.4、第8.4条 或 第八条第4款`,
  };
}

/**
 * Units made up from the events themselves (custom functions over bare ranges): code = name = the
 * text first typed (half-width); later texts equal to it under unitKey (any case or width) are the
 * same unit; category from the ledger's name (部门考核记录 → 部门, anything else → 二级单位).
 */
function implicitUnitResolver(units: Unit[]): (v: CellValue, t: Table, i: number) => Unit | null {
  const known = new Map<string, Unit>(); // unitKey → unit, folded as makeUnitResolver folds
  return (v, t, i) => {
    const text = toHalfWidth(cellText(v));
    if (text === '') return null;
    const key = unitKey(text);
    let u = known.get(key);
    if (!u) {
      u = {
        code: text,
        name: text,
        category: t.name.trim() === SHEET_NAMES.departmentLedger ? '部门' : '二级单位',
        head: '',
        supervisor: null,
        sheet: t.name,
        row: t.top + i, // where it first appears
      };
      known.set(key, u);
      units.push(u);
    }
    return u;
  };
}

/** 来源 cell → one of SPEC's sources (trimmed, half-width), cached. */
function makeSourceLookup(): (v: CellValue) => string | null {
  const valid = new Set<string>(EVENT_SOURCES);
  const cache = new Map<CellValue, string | null>();
  return (v) => {
    let r = cache.get(v);
    if (r === undefined) {
      const t = toHalfWidth(cellText(v));
      r = valid.has(t) ? t : null;
      cache.set(v, r);
    }
    return r;
  };
}

/**
 * Rules from bare tables (custom functions' optional ladder / params / clauses ranges, each with
 * its header row): the same reading as the sheets, built-in defaults for what is not given.
 */
export function parseRules(tables: { ladder?: CellValue[][] | null; params?: CellValue[][] | null; clauses?: CellValue[][] | null }): {
  rules: Rules;
  errors: ParseOutcome['errors'];
} {
  const sheets = [];
  if (tables.ladder) sheets.push({ name: SHEET_NAMES.ladder, values: tables.ladder });
  if (tables.clauses) sheets.push({ name: SHEET_NAMES.clauses, values: tables.clauses });
  if (tables.params) sheets.push({ name: SHEET_NAMES.params, values: tables.params });
  const out = parseWorkbook({ sheets }, { implicitUnits: true });
  return { rules: out.model.rules, errors: out.errors };
}

// Readers other hosts reuse (custom functions, template): same rules as the sheets.
export { parseDateText, makeDateReader, parseYesNo } from './values';
export { UNIT_TABLE, CLAUSE_TABLE, LADDER_TABLE, PARAM_TABLE, CALENDAR_TABLE, EVENT_TABLE, UNIT_EVENT_TABLE } from './schema';
export type { FieldSpec, TableSchema } from './schema';
export { HEADER_SEARCH_ROWS } from './table';
export { makeUnitResolver } from './units';
