// Which column of a source table fills which ledger column (SPEC §9): the header row is found
// under any title rows, each header is looked up in the synonym table, and the user's `--map`
// (or the dialog's edits) override it. Pure: the CLI and every door show this same mapping.
import type { CellValue, SheetSnapshot } from '../types';
import { cellText, labelKey } from '../text';
import { fieldOfHeader, HEADER_SYNONYMS, isKeptInRemark, LEDGER_HEADER, type ImportField } from './synonyms';

/** Exports put a title, a date range and a blank row or two above the header: look this far down. */
export const SOURCE_HEADER_ROWS = 20;

/** How a column was matched, for the report and the dialog. */
export type MatchKind = 'ledger' | 'synonym' | 'map' | 'remark' | 'ignored';

export interface ColumnMapping {
  /** 0-based index in the sheet's rows. */
  index: number;
  /** The header as written. */
  header: string;
  field: ImportField | null;
  how: MatchKind;
  /** Why a column with a known header is not used (another column already fills its field). */
  note?: string;
}

/** `源列=字段`: the source header, and the ledger field it fills (a ledger header or synonym), or 忽略. */
export interface MapOverride {
  from: string;
  to: string;
}

/** Words that, as a `--map` target, mean "do not import this column". */
const IGNORE_WORDS = new Set(['忽略', '不导入', '-', 'ignore'].map(labelKey));

export interface SourceTable {
  sheet: string;
  /** Index in values of the header row. */
  headerIndex: number;
  /** 1-based sheet row and column of values[0][0]. */
  top: number;
  left: number;
  columns: ColumnMapping[];
}

/** The ledger field a `--map` target names, 'ignore', or null when it names none. */
export function fieldOfTarget(to: string): ImportField | 'ignore' | null {
  if (IGNORE_WORDS.has(labelKey(to))) return 'ignore';
  return fieldOfHeader(to);
}

/**
 * The header row of `sheet` (within SOURCE_HEADER_ROWS rows: the row whose headers name the most
 * fields, first such row on a tie; at least two fields) and its mapping. Null when no row names
 * two fields: the sheet is not a table we can import.
 */
export function locateSourceTable(sheet: SheetSnapshot, overrides: readonly MapOverride[] = []): SourceTable | null {
  let best: { index: number; n: number } | null = null;
  const forced = new Set(overrides.map((o) => labelKey(o.from)));
  for (let i = 0; i < sheet.values.length && i < SOURCE_HEADER_ROWS; i++) {
    const row = sheet.values[i] ?? [];
    const fields = new Set<ImportField>();
    let n = 0;
    for (const v of row) {
      const h = headerText(v);
      if (h === '') continue;
      const f = fieldOfHeader(h);
      if (f) fields.add(f);
      if (forced.has(labelKey(h))) n++;
    }
    n += fields.size;
    if (n >= 2 && (best === null || n > best.n)) best = { index: i, n };
  }
  if (!best) return null;
  return {
    sheet: sheet.name,
    headerIndex: best.index,
    top: sheet.top ?? 1,
    left: sheet.left ?? 1,
    columns: mapColumns(sheet.values[best.index] ?? [], overrides),
  };
}

/**
 * Header cells → mappings. A field is filled by one column: an override first, then the column
 * whose header ranks first in the synonym table (日期 before 受理时间 before 发生时间), then the
 * leftmost; the others are shown as ignored with the reason.
 */
export function mapColumns(header: readonly CellValue[], overrides: readonly MapOverride[] = []): ColumnMapping[] {
  const byFrom = new Map(overrides.map((o) => [labelKey(o.from), fieldOfTarget(o.to)]));
  const cols: ColumnMapping[] = [];
  header.forEach((v, index) => {
    const h = headerText(v);
    if (h === '') return;
    const o = byFrom.get(labelKey(h));
    if (o !== undefined && o !== null) {
      cols.push(
        o === 'ignore'
          ? { index, header: h, field: null, how: 'ignored', note: '按指定不导入' }
          : { index, header: h, field: o, how: 'map' },
      );
      return;
    }
    const f = fieldOfHeader(h);
    if (f) cols.push({ index, header: h, field: f, how: labelKey(h) === labelKey(LEDGER_HEADER[f]) ? 'ledger' : 'synonym' });
    else if (isKeptInRemark(h)) cols.push({ index, header: h, field: null, how: 'remark' });
    else cols.push({ index, header: h, field: null, how: 'ignored' });
  });
  // One column per field: overrides win, then synonym rank, then position.
  const rank = (c: ColumnMapping) =>
    c.how === 'map' ? -1 : HEADER_SYNONYMS[c.field!].findIndex((s) => labelKey(s) === labelKey(c.header)) + 0.001 * c.index;
  const winner = new Map<ImportField, ColumnMapping>();
  for (const c of cols) {
    if (!c.field) continue;
    const w = winner.get(c.field);
    if (!w || rank(c) < rank(w)) winner.set(c.field, c);
  }
  for (const c of cols) {
    if (c.field && winner.get(c.field) !== c) {
      c.note = `「${winner.get(c.field)!.header}」已作为「${LEDGER_HEADER[c.field]}」`;
      c.field = null;
      c.how = 'ignored';
    }
  }
  return cols;
}

/** `--map` entries that name no column of the source, or no ledger field: messages, empty when all are good. */
export function checkOverrides(header: readonly CellValue[], overrides: readonly MapOverride[]): string[] {
  const have = new Set(header.map((v) => labelKey(headerText(v))).filter((k) => k !== ''));
  const out: string[] = [];
  for (const o of overrides) {
    if (!have.has(labelKey(o.from))) {
      const list = header.map(headerText).filter((h) => h !== '');
      out.push(`指定的源列「${o.from}」不在源表的表头中:源表的列有 ${list.map((h) => `「${h}」`).join('')}`);
    }
    if (fieldOfTarget(o.to) === null) {
      out.push(`指定的字段「${o.to}」不是考核记录的列:请填写 ${Object.values(LEDGER_HEADER).join('、')} 之一,或“忽略”`);
    }
  }
  return out;
}

function headerText(v: CellValue): string {
  return cellText(v).replace(/\s+/g, ' ');
}
