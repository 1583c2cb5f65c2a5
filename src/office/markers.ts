// Generated sheets are recognised by a workbook-level defined name (SheetPlan.marker, e.g.
// 'QSAssess.2026Q3.summary') that points at the sheet's A1. A sheet name alone proves nothing:
// the user may have a sheet called 2026年第3季度考核汇总 of their own, and we must never touch it.

import { MARKER_PREFIX, parseReference } from '../engine';

export { MARKER_PREFIX };

export interface NamedItemInfo {
  name: string;
  type: string;
  value: unknown;
}

/**
 * Sheets that 新建模板 / 插入示例数据 created but did not finish (see template.ts): their content is
 * written, the run stopped before the end. Deliberately not under MARKER_PREFIX: these are the
 * user's input sheets, which must be read, never treated as generated.
 */
export const PENDING_PREFIX = 'QSAssessPending.';

/** Sheet name (lower-cased, as Excel compares them) → the marker names pointing at its A1. */
export function markedSheets(items: NamedItemInfo[], prefix: string = MARKER_PREFIX): Map<string, string[]> {
  const marked = new Map<string, string[]>();
  for (const item of items) {
    if (!item.name.startsWith(prefix) || item.type !== 'Range') continue;
    const ref = parseReference(item.value);
    if (!ref || ref.cell !== 'A1') continue;
    const k = ref.sheet.toLowerCase();
    marked.set(k, [...(marked.get(k) ?? []), item.name]);
  }
  return marked;
}

/** Excel compares sheet names without regard to case. */
export function sheetKey(name: string): string {
  return name.toLowerCase();
}
