// The import plan (SPEC §9): a source table + the workbook → which rows are new, already present
// or refused (with the source sheet, row and reason), and exactly which cells to append to which
// ledger. Hosts only write the plan's cells (src/xlsx/append.ts, the panes' WorkbookHost); they
// decide nothing. Pure and browser-safe.
//
// Decisions (docs/workbook.md “导入”):
// - A row is refused when its unit cannot be found (by name, code or 别名) — its ledger depends on
//   it — or its date is blank or not a date: those cannot be filled in later without the source.
// - Fields the source does not give, and values the workbook does not know (来源 “举报热线”,
//   条款 “第99条”), are written as they are (blank when absent) and marked with a fill colour:
//   validate then reports exactly those cells, and nothing the source said is lost.
// - Present: a 工单编号 already on an event sheet (any case and width); without one, the same date,
//   unit and description (spaces and width ignored). Rows refused or with errors in the workbook
//   count too — a second import before the clerk fills the blanks must still add nothing.
// - A ledger missing from the workbook is created with the template's header; a ledger without a
//   column the import fills (an old one without 工单编号) gets that header cell added right of its
//   last header. Nothing else of a user's sheet changes: rows are only appended.
import type { CellValue, Model, SheetSnapshot, Snapshot, Unit } from '../types';
import { parseWorkbook } from '../parse';
import { EVENT_TABLE, UNIT_EVENT_TABLE } from '../parse/schema';
import { findTable, Issues, type Table } from '../parse/table';
import { makeUnitResolver, unitKey } from '../parse/units';
import { makeDateReader } from '../parse/values';
import { makeClauseLookup } from '../rules/clauses';
import { makeLevelLookup } from '../rules/ladder';
import { SHEET_NAMES } from '../rules/lists';
import { cellText, parseNumber, quote, toHalfWidth } from '../text';
import { checkOverrides, locateSourceTable, type ColumnMapping, type MapOverride, type SourceTable } from './mapping';
import { LEDGER_HEADER, sourceOfWord, type ImportField } from './synonyms';

export interface ImportOptions {
  /** The source sheet to take; by default the first sheet with an importable header. */
  sheet?: string | null;
  map?: readonly MapOverride[];
  /**
   * The source is the book itself (a clerk's own ledger on one of its sheets): without `sheet`,
   * only sheets the parse does not read are candidates.
   */
  sourceIsBook?: boolean;
}

export type RowStatus = 'new' | 'present' | 'refused';

export interface ImportRow {
  /** Where the row is in the source (1-based sheet row). */
  sheet: string;
  row: number;
  status: RowStatus;
  /** Refused: why. Present: where it already is. */
  reason?: string;
  /** New rows: the ledger it goes to and the sheet row it takes. */
  ledger?: string;
  at?: number;
  /** New rows: the fields the clerk still has to fill or fix (marked cells). */
  toFill?: ImportField[];
}

/** One cell to write. Dates are serials (number); a ticket stays text. */
export interface PlannedCell {
  /** 1-based sheet column. */
  column: number;
  value: CellValue;
  kind: 'text' | 'date' | 'number';
  /** Filled with the marking colour: the clerk has to fill or fix it. */
  mark: boolean;
}

export interface LedgerWrite {
  sheet: string;
  /** True when the sheet does not exist yet: the host creates it with `headers` on row `headerRow`. */
  create: boolean;
  headerRow: number;
  /** Header cells to add (all of them when creating). */
  headers: { column: number; text: string }[];
  /** Rows to append, in order, each at its sheet row. */
  rows: { row: number; cells: PlannedCell[] }[];
}

export interface ImportPlan {
  /** Fatal problems (no table in the source, a bad --map): nothing can be imported. */
  problems: string[];
  source: { sheet: string; headerRow: number } | null;
  mapping: ColumnMapping[];
  rows: ImportRow[];
  counts: Record<RowStatus, number>;
  writes: LedgerWrite[];
  /** Ledger fields no source column fills: left blank (and marked where the ledger requires them). */
  unmapped: ImportField[];
}

/**
 * The use case every door calls: parses the book, then plans. `source` may be the book's own
 * snapshot (options.sourceIsBook).
 */
export function importPlanFor(book: Snapshot, source: Snapshot, options: ImportOptions = {}): ImportPlan {
  const { model } = parseWorkbook(book);
  let src = source;
  if (options.sourceIsBook && !options.sheet) {
    const read = new Set(model.sheetsRead.map((s) => s.name));
    src = { sheets: source.sheets.filter((s) => !read.has(s.name)) };
  }
  return planImport(book, model, src, options);
}

/** Required ledger fields: blank ones are marked (validate will list them). */
const REQUIRED: readonly ImportField[] = ['date', 'unit', 'source', 'clause', 'level', 'description'];

/**
 * Plans importing `source` (a workbook snapshot: an .xlsx's sheets, or the one sheet of a CSV) into
 * the workbook `book`, whose parse is `model`. ONE function for every door.
 */
export function planImport(book: Snapshot, model: Model, source: Snapshot, options: ImportOptions = {}): ImportPlan {
  const overrides = options.map ?? [];
  const empty = (problems: string[], mapping: ColumnMapping[] = [], src: ImportPlan['source'] = null): ImportPlan => ({
    problems,
    source: src,
    mapping,
    rows: [],
    counts: { new: 0, present: 0, refused: 0 },
    writes: [],
    unmapped: [],
  });
  const picked = pickSourceSheet(source, options.sheet ?? null, overrides);
  if ('problem' in picked) return empty([picked.problem]);
  const { sheet, table } = picked;
  const src = { sheet: sheet.name, headerRow: table.top + table.headerIndex };
  const bad = checkOverrides(sheet.values[table.headerIndex] ?? [], overrides);
  if (bad.length) return empty(bad, table.columns, src);
  const col = new Map<ImportField, number>();
  for (const c of table.columns) if (c.field) col.set(c.field, c.index);
  for (const need of ['unit', 'date'] as const) {
    if (!col.has(need))
      return empty(
        [
          `源表「${sheet.name}」第 ${src.headerRow} 行的表头中找不到「${LEDGER_HEADER[need]}」列(也认 ${synonymsText(need)}):请用 --map 指定哪一列是${LEDGER_HEADER[need]}`,
        ],
        table.columns,
        src,
      );
  }
  if (model.units.length === 0)
    return empty(['工作簿中没有可用的「单位」表:导入的每一行要按单位分到部门或二级单位考核记录,请先登记单位'], table.columns, src);

  const ctx = readers(model);
  const existing = existingKeys(book, model, ctx);
  const ledgers = new Map<string, LedgerState>();
  const rows: ImportRow[] = [];
  const remarkCols = table.columns.filter((c) => c.how === 'remark');
  const values = sheet.values;
  // Only the columns the import reads decide whether a row is blank: a clerk's SUMIFS block beside
  // the table has cells on rows that hold no record.
  const read = table.columns.filter((c) => c.field !== null || c.how === 'remark').map((c) => c.index);
  for (let i = table.headerIndex + 1; i < values.length; i++) {
    const r = values[i] ?? [];
    if (read.every((c) => cellText(r[c] ?? null) === '')) continue;
    const at = (f: ImportField): CellValue => {
      const c = col.get(f);
      return c === undefined ? null : (r[c] ?? null);
    };
    const where = { sheet: sheet.name, row: table.top + i };
    if (isTotalRow(r)) continue;
    const refuse = (reason: string) => rows.push({ ...where, status: 'refused', reason });

    const unitCell = at('unit');
    const unit = ctx.unit(unitCell);
    if (cellText(unitCell) === '') {
      refuse('单位为空:不知道这一行属于哪个单位');
      continue;
    }
    if (!unit) {
      refuse(`单位${quote(unitCell)}不在「单位」表中(名称、编码、别名都不符):请在「单位」表登记,或把它加到某个单位的「别名」列后重新导入`);
      continue;
    }
    const dateCell = at('date');
    if (cellText(dateCell) === '') {
      refuse('日期为空');
      continue;
    }
    const date = ctx.date(dateCell);
    if (date === null) {
      refuse(`无法识别的日期${quote(dateCell)}:请在源表中改为如 2026-07-15 的日期后重新导入`);
      continue;
    }
    const description = cellText(at('description'));
    const ticket = toHalfWidth(cellText(at('ticket'))).trim();
    const key = ticket !== '' ? `#${ticket.toUpperCase()}` : rowKey(date, unit, description);
    const seen = existing.get(key);
    if (seen) {
      rows.push({
        ...where,
        status: 'present',
        reason: seen.inSource ? `与源表第 ${seen.row} 行重复` : `已在「${seen.sheet}」第 ${seen.row} 行`,
      });
      continue;
    }
    existing.set(key, { ...where, inSource: true });

    const ledgerName = unit.category === '部门' ? SHEET_NAMES.departmentLedger : SHEET_NAMES.unitLedger;
    const ledger = ledgers.get(ledgerName) ?? ledgerState(book, ledgerName);
    ledgers.set(ledgerName, ledger);
    if (ledger.problem) {
      refuse(ledger.problem);
      continue;
    }
    const cells = new Map<ImportField, PlannedCell>();
    const toFill: ImportField[] = [];
    const put = (f: ImportField, value: CellValue, kind: PlannedCell['kind'], mark = false) => {
      if (value === null && !mark) return;
      cells.set(f, { column: ledger.column(f), value, kind, mark });
      if (mark) toFill.push(f);
    };
    put('date', date, 'date');
    put('unit', unit.name, 'text');
    const sourceText = cellText(at('source'));
    const sourceValue = sourceText === '' ? null : sourceOfWord(sourceText);
    put('source', sourceValue ?? (sourceText || null), 'text', sourceValue === null);
    const clauseText = cellText(at('clause'));
    const clause = clauseText === '' ? null : ctx.clause(clauseText);
    put('clause', clause ?? (clauseText || null), 'text', clause === null);
    const levelText = cellText(at('level'));
    const level = levelText === '' ? null : ctx.level(levelText);
    put('level', level?.name ?? (levelText || null), 'text', level === null);
    put('description', description || null, 'text', description === '');
    for (const f of ['person', 'causeFound', 'handled', 'fixed', 'finding'] as const) put(f, cellText(at(f)) || null, 'text');
    const override = at('override');
    if (cellText(override) !== '')
      put('override', parseNumber(override) ?? cellText(override), parseNumber(override) === null ? 'text' : 'number');
    const kept = remarkCols.map((c) => [c.header, cellText(r[c.index] ?? null)]).filter(([, v]) => v !== '');
    const remark = [cellText(at('remark')), kept.length ? `原表 ${kept.map(([h, v]) => `${h} ${v}`).join(';')}` : '']
      .filter((x) => x !== '')
      .join(';');
    put('remark', remark || null, 'text');
    if (ticket !== '') put('ticket', ticket, 'text');
    const row = ledger.nextRow++;
    ledger.write.rows.push({ row, cells: [...cells.values()].sort((a, b) => a.column - b.column) });
    rows.push({ ...where, status: 'new', ledger: ledgerName, at: row, toFill });
  }
  const counts = { new: 0, present: 0, refused: 0 };
  for (const r of rows) counts[r.status]++;
  const writes = [...ledgers.values()].filter((l) => !l.problem && l.write.rows.length > 0).map((l) => l.write);
  const unmapped = (Object.keys(LEDGER_HEADER) as ImportField[]).filter((f) => !col.has(f) && REQUIRED.includes(f));
  return { problems: [], source: src, mapping: table.columns, rows, counts, writes, unmapped };
}

/** The sheet named by --sheet, or the first sheet with an importable header. */
function pickSourceSheet(
  source: Snapshot,
  name: string | null,
  overrides: readonly MapOverride[],
): { sheet: SheetSnapshot; table: SourceTable } | { problem: string } {
  const names = source.sheets.map((s) => `「${s.name}」`).join('');
  if (name !== null) {
    const sheet = source.sheets.find((s) => s.name === name) ?? source.sheets.find((s) => s.name.trim() === name.trim());
    if (!sheet) return { problem: `源文件中没有名为「${name}」的工作表:有 ${names}` };
    const table = locateSourceTable(sheet, overrides);
    if (!table) return { problem: noHeader(sheet.name) };
    return { sheet, table };
  }
  for (const sheet of source.sheets) {
    if (sheet.generated) continue;
    const table = locateSourceTable(sheet, overrides);
    if (table) return { sheet, table };
  }
  return { problem: source.sheets.length ? noHeader(names) : '源文件中没有任何数据' };
}

function noHeader(where: string): string {
  return `在${where.startsWith('「') ? '' : '「'}${where}${where.startsWith('「') ? '' : '」'}的前 20 行内找不到可以导入的表头(至少要认得两列,如「日期」「单位」「事项描述」):请检查源表,或用 --map 源列=字段 指定列的含义`;
}

function synonymsText(f: ImportField): string {
  return LEDGER_HEADER[f] === '单位' ? '责任单位、供电单位、所属单位 等' : '受理时间、发生时间、登记日期 等';
}

interface Readers {
  unit: (v: CellValue) => Unit | null;
  date: (v: CellValue) => number | null;
  clause: ReturnType<typeof makeClauseLookup>;
  level: ReturnType<typeof makeLevelLookup>;
}

/** Unit by code, name or 别名; dates as the parser reads them plus serials typed as text (an export's 46218). */
function readers(model: Model): Readers {
  const byNameOrCode = makeUnitResolver(model.units);
  const byAlias = new Map<string, Unit>();
  for (const u of model.units) for (const a of u.aliases ?? []) if (!byAlias.has(unitKey(a))) byAlias.set(unitKey(a), u);
  const date = makeDateReader();
  return {
    unit: (v) => byNameOrCode(v) ?? byAlias.get(unitKey(cellText(v))) ?? null,
    date: (v) => {
      if (typeof v === 'string' && /^\s*\d{5}(\.\d+)?\s*$/.test(v)) return date(Number(v));
      return date(v);
    },
    clause: makeClauseLookup(model.rules.clauses),
    level: makeLevelLookup(model.rules.ladder),
  };
}

function rowKey(date: number, unit: Unit, description: string): string {
  return `${date}|${unit.code}|${toHalfWidth(description).replace(/\s+/g, '')}`;
}

/**
 * Keys of every row on the workbook's event sheets, read raw (not from model.events: a row still
 * waiting for its 条款 has an error and is not an event, yet it is present).
 */
function existingKeys(book: Snapshot, model: Model, ctx: Readers): Map<string, { sheet: string; row: number; inSource?: boolean }> {
  const keys = new Map<string, { sheet: string; row: number; inSource?: boolean }>();
  const eventSheets = new Map(model.sheetsRead.filter((s) => s.role === 'ledger' || s.role === 'unit-sheet').map((s) => [s.name, s.role]));
  // A ledger we would write to is looked at even when the parse skipped it (its header is broken).
  for (const s of book.sheets) {
    const role = eventSheets.get(s.name);
    if (!role) continue;
    const owner = role === 'unit-sheet' ? ctx.unit(s.name) : null;
    const t = findTable(s, role === 'unit-sheet' ? UNIT_EVENT_TABLE : EVENT_TABLE, new Issues());
    if (!t) continue;
    for (let i = t.headerIndex + 1; i < t.values.length; i++) {
      const r = t.values[i] ?? [];
      const cell = (f: string) => (t.col[f] >= 0 ? (r[t.col[f]] ?? null) : null);
      const where = { sheet: s.name, row: t.top + i };
      const ticket = toHalfWidth(cellText(cell('ticket'))).trim();
      if (ticket !== '' && !keys.has(`#${ticket.toUpperCase()}`)) keys.set(`#${ticket.toUpperCase()}`, where);
      const unit = owner ?? ctx.unit(cell('unit'));
      const date = ctx.date(cell('date'));
      if (unit && date !== null) {
        const k = rowKey(date, unit, cellText(cell('description')));
        if (!keys.has(k)) keys.set(k, where);
      }
    }
  }
  return keys;
}

interface LedgerState {
  write: LedgerWrite;
  nextRow: number;
  problem: string | null;
  column: (f: ImportField) => number;
}

/** Where rows go on a ledger: under its last non-blank row; a missing ledger is created, a missing column added. */
function ledgerState(book: Snapshot, name: string): LedgerState {
  const sheet = book.sheets.find((s) => s.name.trim() === name && !s.generated);
  if (!sheet) {
    // Every column of the template's ledger, in its order (SPEC §1.5).
    const keys = EVENT_TABLE.fields.map((f) => f.key);
    const headers = EVENT_TABLE.fields.map((f, k) => ({ column: k + 1, text: f.name }));
    const write: LedgerWrite = { sheet: name, create: true, headerRow: 1, headers, rows: [] };
    return { write, nextRow: 2, problem: null, column: (f) => keys.indexOf(f) + 1 };
  }
  const t: Table | null = findTable(sheet, EVENT_TABLE, new Issues());
  const write: LedgerWrite = { sheet: sheet.name, create: false, headerRow: 0, headers: [], rows: [] };
  if (!t) {
    return {
      write,
      nextRow: 0,
      problem: `工作簿中的「${sheet.name}」找不到完整的表头(日期、单位、来源、条款、等级、事项描述),无法追加:请先补齐表头`,
      column: () => 0,
    };
  }
  write.headerRow = t.top + t.headerIndex;
  const header = t.values[t.headerIndex] ?? [];
  let lastHeader = header.length;
  while (lastHeader > 0 && cellText(header[lastHeader - 1] ?? null) === '') lastHeader--;
  let last = t.headerIndex;
  for (let i = t.values.length - 1; i > t.headerIndex; i--) {
    if ((t.values[i] ?? []).some((v) => cellText(v) !== '')) {
      last = i;
      break;
    }
  }
  const extra = new Map<ImportField, number>();
  return {
    write,
    nextRow: t.top + last + 1,
    problem: null,
    column: (f) => {
      const c = t.col[f];
      if (c !== undefined && c >= 0) return t.left + c;
      let e = extra.get(f);
      if (e === undefined) {
        e = t.left + lastHeader + extra.size;
        extra.set(f, e);
        write.headers.push({ column: e, text: LEDGER_HEADER[f] });
      }
      return e;
    },
  };
}

/** A total row of the source (合计 / 总计 …, as the parser skips them): not a record. */
function isTotalRow(r: readonly CellValue[]): boolean {
  const first = r.find((v) => cellText(v) !== '');
  return typeof first === 'string' && /^(合计|总计|小计|汇总|total)$/i.test(toHalfWidth(first).trim());
}
