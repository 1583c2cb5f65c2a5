// What every host writes and recognises the same way — Excel (src/office), WPS (src/wps), the
// .xlsx layer (src/xlsx) — kept once, below them: how a generated sheet is known (its marker),
// how sheet names compare, how user text is written so it is never a formula, and what the user
// is told when a sheet of theirs has the name of one we would write.
import type { CellValue } from './types';
import { MARKER_PREFIX } from './report/names';
import { parseReference } from './cells';

/** Spreadsheets compare sheet names without regard to case. */
export function sheetKey(name: string): string {
  return name.toLowerCase();
}

/** A defined name as any host lists it: its name and what it refers to (`'Sheet'!$A$1`). */
export interface NamedRef {
  name: string;
  refersTo: unknown;
}

/** One of our markers: a defined name under the prefix, and the sheet whose A1 it points at. */
export interface MarkerRef {
  name: string;
  sheet: string;
}

/**
 * The names under `prefix` (our markers by default) that point at a sheet's A1. A defined name
 * survives the user renaming or moving the sheet, and a user's sheet that merely has a summary's
 * name never carries one, so we never overwrite a sheet we did not write.
 */
export function markerRefs(names: NamedRef[], prefix: string = MARKER_PREFIX): MarkerRef[] {
  const out: MarkerRef[] = [];
  for (const n of names) {
    if (!n.name.startsWith(prefix)) continue;
    const ref = parseReference(n.refersTo);
    if (ref && ref.cell === 'A1') out.push({ name: n.name, sheet: ref.sheet });
  }
  return out;
}

/** Sheet (by sheetKey) → the marker names pointing at its A1. */
export function markedSheets(names: NamedRef[], prefix: string = MARKER_PREFIX): Map<string, string[]> {
  const marked = new Map<string, string[]>();
  for (const m of markerRefs(names, prefix)) {
    const k = sheetKey(m.sheet);
    marked.set(k, [...(marked.get(k) ?? []), m.name]);
  }
  return marked;
}

/** The refusal when a user's own sheet has the name of a sheet we would write. */
export function sheetClashMessage(sheets: string[]): string {
  return `工作簿中已有同名工作表「${sheets.join('」「')}」,它不是本工具生成的,为保护您的数据,未做任何改动。请将其改名或删除后再生成。`;
}

/**
 * A value as a host writes it through its API so the spreadsheet never takes user text for a
 * formula, a number or a date: every non-empty string behind the apostrophe quote prefix (what
 * Excel and WPS do themselves when a user types '=1+1; the cell keeps the text exactly and shows
 * it without the apostrophe). A Text ('@') format is not enough — a value written through the API
 * that starts with '=' can still become a formula — and would stick to the cell afterwards.
 */
export function asLiteral(v: CellValue): string | number | boolean {
  if (v === null) return '';
  if (typeof v === 'string') return v === '' ? '' : `'${v}`;
  if (typeof v === 'number' && !Number.isFinite(v)) return '';
  return v;
}

export function literalRows(rows: CellValue[][]): (string | number | boolean)[][] {
  return rows.map((row) => row.map(asLiteral));
}
