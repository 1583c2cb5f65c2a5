// Generated sheets are recognised by a workbook-level defined name (SheetPlan.marker, e.g.
// 'QSAssess.2026Q3.summary') that points at the sheet's A1 — the engine's markedSheets() reads
// them for every host. Only the Excel host's own mark lives here.

export { MARKER_PREFIX, markedSheets, sheetKey } from '../engine';

/**
 * Sheets that 新建模板 / 插入示例数据 created but did not finish (see template.ts): their content is
 * written, the run stopped before the end. Deliberately not under MARKER_PREFIX: these are the
 * user's input sheets, which must be read, never treated as generated.
 */
export const PENDING_PREFIX = 'QSAssessPending.';
