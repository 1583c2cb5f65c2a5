// The pane's view of the use case, free of React and hosts: which workbooks are not set up yet,
// generated sheets grouped by period, errors grouped by sheet. The engine's readWorkbook() and
// assess() (src/engine/assess.ts) decide everything else; the hook in useAssessment.ts calls them
// between the host's reads and writes.
import type { Overview, ValidationError, WorkbookReading } from '../engine';

/** What the pane holds of a workbook between actions: the engine's reading of it. */
export type Analysis = WorkbookReading;

/**
 * Workbooks the pane treats as not set up yet: no 单位 sheet, no units in it, or no event sheet.
 * For them 新建模板 / 插入示例数据 are the main actions. Returns what is missing, empty when set up.
 */
export function missingSetup(overview: Overview): ('units' | 'events')[] {
  const missing: ('units' | 'events')[] = [];
  // Rows with errors count as set up: the error list, not the template, is what helps then.
  if (!overview.hasUnitSheet || overview.unitRows === 0) missing.push('units');
  if (overview.eventSheets.length === 0) missing.push('events');
  return missing;
}

/** Generated sheets grouped by period, newest period first. */
export function groupGenerated<T extends { period: string }>(sheets: T[]): { period: string; sheets: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const s of sheets) groups.set(s.period, [...(groups.get(s.period) ?? []), s]);
  return [...groups]
    .map(([period, list]) => ({ period, sheets: list }))
    .sort((a, b) => (a.period < b.period ? 1 : a.period > b.period ? -1 : 0));
}

/** Errors grouped by sheet, sheets in the order their first error appears. */
export function groupBySheet(errors: ValidationError[]): { sheet: string; errors: ValidationError[] }[] {
  const groups = new Map<string, ValidationError[]>();
  for (const e of errors) {
    const list = groups.get(e.sheet);
    if (list) list.push(e);
    else groups.set(e.sheet, [e]);
  }
  return [...groups].map(([sheet, list]) => ({ sheet, errors: list }));
}
