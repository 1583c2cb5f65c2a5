// Finding a table on a sheet by its header row, and reporting problems at sheet/row/column.
import type { CellValue, SheetSnapshot, ValidationError, ValidationWarning } from '../types';
import { excelErrorMeaning, excelErrorMessage, labelKey, toHalfWidth } from '../text';
import type { TableSchema } from './schema';

/** SPEC §1: the header row is looked for in the first 10 rows of the sheet. */
export const HEADER_SEARCH_ROWS = 10;

/** A located table: column indexes resolved once, so row loops only index arrays. */
export interface Table {
  name: string;
  values: CellValue[][];
  /** 1-based sheet row / column of values[0][0]. */
  top: number;
  left: number;
  /** Index in `values` of the header row; data rows follow it. */
  headerIndex: number;
  /** Field key → index in a row array, -1 when the column is absent. */
  col: Record<string, number>;
  /** Field key → the header as written in the sheet. */
  header: Record<string, string>;
  /** Indexes of the columns read, for the blank-row test. */
  used: number[];
}

/** Collects every problem; nothing stops at the first one. */
export class Issues {
  readonly list: ValidationError[] = [];
  readonly warnings: ValidationWarning[] = [];
  /**
   * Cells already reported for a reason that explains everything else wrong with them (a formula
   * with no stored result): later messages about the same cell would only mislead ("日期为空").
   */
  private claimed: Set<string> | null = null;

  /** Something to tell the user that does not stop a summary (see ValidationWarning). */
  warn(code: string, sheet: string | null, message: string, row: number | null = null, column: number | null = null): void {
    this.warnings.push({ code, sheet, row, column, message });
  }

  /** A problem in one cell of a table's row (`i` indexes `table.values`). */
  cell(t: Table, i: number, field: string, value: CellValue, message: string): void {
    const c = t.col[field] ?? -1;
    const row = t.top + i;
    const column = c >= 0 ? t.left + c : null;
    if (this.claimed !== null && column !== null && this.claimed.has(cellId(t.name, row, column))) return;
    // An Excel error value (#DIV/0! …) is wrong whatever the column wanted: say what it is.
    const meaning = excelErrorMeaning(value);
    this.list.push({
      sheet: t.name,
      row,
      column,
      header: c >= 0 ? t.header[field] : null,
      value,
      message: meaning === null ? message : excelErrorMessage(value as string, meaning),
    });
  }

  /** Reports a cell at (1-based) sheet row and column and drops any later message about it. */
  claimCell(t: Table, row: number, column: number, message: string): void {
    const j = column - t.left;
    const field = Object.keys(t.col).find((k) => t.col[k] === j);
    this.list.push({ sheet: t.name, row, column, header: field ? t.header[field] : null, value: null, message });
    (this.claimed ??= new Set()).add(cellId(t.name, row, column));
  }

  /** A problem of a whole sheet (or a whole row, when `row` is given). */
  sheet(name: string, message: string, row: number | null = null, value: CellValue = null): void {
    this.list.push({ sheet: name, row, column: null, header: null, value, message });
  }
}

function cellId(sheet: string, row: number, column: number): string {
  return `${sheet}\u0000${row}\u0000${column}`;
}

/**
 * SPEC §2 rule 1 for formulas: a formula cell with no stored result (the host listed it in
 * SheetSnapshot.uncalculated) reads as blank, and a blank 三不放过 or 扣分调整 silently means
 * 否 or "no override". In any column the table reads, below its header, it is an error at that
 * cell instead; other columns (notes beside the table) are not our business.
 */
export function reportUncalculated(sheet: SheetSnapshot, t: Table, issues: Issues): void {
  const cells = sheet.uncalculated;
  if (!cells || cells.length === 0) return;
  const used = new Set(t.used);
  for (const [row, column] of cells) {
    const i = row - t.top;
    if (i <= t.headerIndex) continue; // the header and any title above it
    if (!used.has(column - t.left)) continue;
    issues.claimCell(
      t,
      row,
      column,
      '该单元格是公式,但文件中没有保存计算结果(文件可能由程序生成,从未在电子表格程序中计算过),当作空白会算错:请在 Excel 中打开并保存(或在 WPS 中重新计算后保存)再试,或把公式换成数值',
    );
  }
}

const lookupCache = new WeakMap<TableSchema, Map<string, string>>();

/** Header text (normalised) → field key, for a schema. */
function headerLookup(schema: TableSchema): Map<string, string> {
  let m = lookupCache.get(schema);
  if (!m) {
    m = new Map();
    for (const fld of schema.fields) {
      m.set(labelKey(fld.name), fld.key);
      m.set(labelKey(fld.alias), fld.key);
      for (const v of fld.variants ?? []) m.set(labelKey(v), fld.key);
    }
    lookupCache.set(schema, m);
  }
  return m;
}

/** Which field a header cell names: '日期', ' 日期* ', 'date', '日期(Date)' → 'date'. */
function fieldOf(cell: CellValue, lookup: Map<string, string>): string | undefined {
  if (typeof cell !== 'string') return undefined;
  const k = labelKey(cell);
  const hit = lookup.get(k);
  if (hit !== undefined) return hit;
  // A bilingual header such as '日期(Date)' or '日期（Date）': the part before the bracket.
  const b = k.indexOf('(');
  return b > 0 ? lookup.get(k.slice(0, b).replace(/[*]+$/, '')) : undefined;
}

/**
 * Warns about header cells that no column takes but that look like an optional column (by its
 * hints): 整改完成情况 is not 整改落实, and silently not reading it would turn every deduction
 * into an open item. Names the cell and the column it may have meant.
 */
function warnUnrecognised(t: Table, schema: TableSchema, lookup: Map<string, string>, issues: Issues, first: number): void {
  const hinted = schema.fields.filter((x) => !x.required && x.hints);
  if (hinted.length === 0) return;
  const taken = new Set(t.used);
  for (let i = first; i <= t.headerIndex; i++) {
    const row = t.values[i] ?? [];
    for (let j = 0; j < row.length; j++) {
      const v = row[j];
      if (typeof v !== 'string' || taken.has(j) || fieldOf(v, lookup) !== undefined) continue;
      const k = labelKey(v);
      // A group label over recognised sub-headers (三不放过 above 原因查清 …) is no column of its own.
      if (i < t.headerIndex && t.headerIndex > first) {
        const under = t.values[t.headerIndex]?.[j];
        if (under !== null && under !== undefined && fieldOf(under, lookup) !== undefined) continue;
      }
      const like = hinted.filter((x) => x.hints!.some((h) => k.includes(labelKey(h))) && t.col[x.key] === -1);
      if (like.length === 0) continue;
      issues.warn(
        'unrecognised-column',
        t.name,
        `列名“${v.trim()}”看起来像可选列${like.map((x) => `「${x.name}」`).join('或')},但不是可识别的写法,该列未读取(如为${like
          .map((x) => `「${x.name}」`)
          .join('或')},未读取会影响结果)。请把列名改为${like.map((x) => `“${x.name}”`).join('或')}(可用的写法见使用说明)。`,
        t.top + i,
        t.left + j,
      );
    }
  }
}

/**
 * Locates `schema` on `sheet`. On success returns the table; otherwise reports which required
 * headers are missing (from the candidate row that had the most of them) and returns null.
 */
export function findTable(sheet: SheetSnapshot, schema: TableSchema, issues: Issues): Table | null {
  const lookup = headerLookup(schema);
  const top = sheet.top ?? 1;
  const left = sheet.left ?? 1;
  const required = schema.fields.filter((x) => x.required);
  let best: { index: number; found: Set<string> } | null = null;
  for (let i = 0; i < sheet.values.length && top + i <= HEADER_SEARCH_ROWS; i++) {
    const row = sheet.values[i] ?? [];
    const col: Record<string, number> = {};
    const header: Record<string, string> = {};
    for (const fld of schema.fields) col[fld.key] = -1;
    const found = new Set<string>();
    for (let j = 0; j < row.length; j++) {
      const key = fieldOf(row[j], lookup);
      if (key !== undefined && col[key] === -1) {
        col[key] = j;
        header[key] = String(row[j]).trim();
        found.add(key);
      }
    }
    if (required.every((x) => found.has(x.key))) {
      // A two-row header: a group label merged over sub-headers (三不放过 over 原因查清 / 责任处理 /
      // 整改落实). The row below names further columns where this row is blank or holds a label
      // that is no column; data then starts under the second row.
      let headerIndex = i;
      const below = sheet.values[i + 1] ?? [];
      const more: [string, number][] = [];
      for (let j = 0; j < below.length; j++) {
        const key = fieldOf(below[j], lookup);
        if (key !== undefined && col[key] === -1 && fieldOf(row[j] ?? null, lookup) === undefined) more.push([key, j]);
      }
      // Under a required column's header the second row is blank (merged down): a data row never is.
      const blankUnderRequired = required.every((x) => {
        const v = below[col[x.key]];
        return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
      });
      if (more.length > 0 && blankUnderRequired) {
        for (const [key, j] of more) {
          if (col[key] !== -1) continue;
          col[key] = j;
          header[key] = String(below[j]).trim();
          found.add(key);
        }
        headerIndex = i + 1;
      }
      const used = Object.values(col).filter((c) => c >= 0);
      const table: Table = { name: sheet.name, values: sheet.values, top, left, headerIndex, col, header, used };
      warnUnrecognised(table, schema, lookup, issues, i);
      reportUncalculated(sheet, table, issues);
      return table;
    }
    if (found.size > 0 && (best === null || found.size > best.found.size)) best = { index: i, found };
  }
  const missing = required.filter((x) => !best || !best.found.has(x.key));
  const names = missing.map((x) => `「${x.name}」`).join('');
  const aliases = missing.map((x) => x.alias).join('、');
  issues.sheet(
    sheet.name,
    `找不到完整的表头,缺少列${names}:请在本表前 ${HEADER_SEARCH_ROWS} 行内放一行表头,包含这些列名(也可用英文名 ${aliases})`,
    best ? top + best.index : null,
  );
  return null;
}

/**
 * The 1-based sheet row of `schema`'s header on `sheet` (all required headers within the first
 * rows), or null; reports nothing. For telling whether a sheet we do not read looks like one we do.
 */
export function headerRowOf(sheet: SheetSnapshot, schema: TableSchema): { row: number; fields: Set<string>; cells: CellValue[] } | null {
  const lookup = headerLookup(schema);
  const top = sheet.top ?? 1;
  const required = schema.fields.filter((x) => x.required);
  for (let i = 0; i < sheet.values.length && top + i <= HEADER_SEARCH_ROWS; i++) {
    const row = sheet.values[i] ?? [];
    const fields = new Set<string>();
    for (const v of row) {
      const key = fieldOf(v, lookup);
      if (key !== undefined) fields.add(key);
    }
    if (required.every((x) => fields.has(x.key))) return { row: top + i, fields, cells: row };
  }
  return null;
}

/** Indexes into t.values of the rows below the header that are not blank, in order (for the small rule and unit tables; the event loop inlines this for speed). */
export function dataRows(t: Table): number[] {
  const out: number[] = [];
  for (let i = t.headerIndex + 1; i < t.values.length; i++) if (!isBlankRow(t, t.values[i])) out.push(i);
  return out;
}

/** True when every column the table reads is blank in this row (other columns are ignored). */
export function isBlankRow(t: Table, row: CellValue[] | undefined): boolean {
  if (!row) return true;
  const used = t.used;
  for (let k = 0; k < used.length; k++) {
    const v = row[used[k]];
    if (v === null || v === undefined) continue;
    if (typeof v === 'string') {
      if (v.trim() !== '') return false;
    } else return false;
  }
  return true;
}

/** The cell of `field` in `row` (null when the column is absent or the row is short). */
export function cellOf(t: Table, row: CellValue[], field: string): CellValue {
  const c = t.col[field];
  if (c < 0) return null;
  const v = row[c];
  return v === undefined ? null : v;
}

/**
 * The labels an Excel Table's total row (or a hand-made one) starts with. 汇总 is what Chinese
 * Excel writes in a ListObject's total row; Total is compared in any case.
 */
const TOTAL_LABELS = new Set(['合计', '总计', '小计', '汇总', 'TOTAL']);

/**
 * True when the first non-empty cell of `row` (any column, read or not) is exactly a total label.
 * The event reader skips such a row when it also has no date: it is a table's total row, not a
 * record. Cheap for ordinary rows: it stops at the first non-empty cell, and only text starting
 * with one of the labels' first characters (or a space) is looked at further.
 */
export function hasTotalLabel(row: CellValue[]): boolean {
  for (let j = 0; j < row.length; j++) {
    const v = row[j];
    if (v === null || v === undefined) continue;
    if (typeof v !== 'string') return false;
    if (v === '') continue;
    const c = v.charCodeAt(0);
    // 合 总 小 汇 T t, or leading whitespace (ASCII, NBSP, ideographic space)
    if (
      c !== 0x5408 &&
      c !== 0x603b &&
      c !== 0x5c0f &&
      c !== 0x6c47 &&
      c !== 0x54 &&
      c !== 0x74 &&
      c !== 0xff34 &&
      c !== 0xff54 &&
      c > 32 &&
      c !== 0xa0 &&
      c !== 0x3000
    )
      return false;
    const t = toHalfWidth(v).trim();
    if (t === '') continue;
    return TOTAL_LABELS.has(t.toUpperCase());
  }
  return false;
}
