// Draws the engine's SheetPlans into the open workbook through ET: values as 2-D arrays (user
// text behind the quote prefix), number formats, styles, merges, widths, frozen title rows, the
// print setup and the charts. The plan decides everything; this file only translates.
//
// Only sheets we generated are replaced: a sheet is ours while its marker name (markers.ts)
// points at its A1. A user's sheet of the same name stops the run before anything is written.
// Each new sheet is marked right after it is created, so a run cut short leaves sheets the next
// run recognises and replaces.
import type { CellValue, RenderOutcome, SheetPlan } from './types';
import { cellAddress, sheetClashMessage } from '../engine';
import { WorkbookError } from '../ui/host';
import { a1, activeWorkbook, attempt, probe, quoteSheet, yieldToUi } from './app';
import { drawCharts } from './chart';
import type { EtApplication, EtWorkbook, EtWorksheet } from './et';
import { allNames, readMarkers, sheetKey, type Marker } from './markers';
import { applyPrintSetup } from './print';
import { uses1904 } from './read';
import { applyStyle } from './style';
import { DATE_1904_SHIFT, isDateFormat } from './values';
import { ROWS_PER_BLOCK, writeBlock } from './write';

export type Progress = (done: number, total: number) => void;

/** Every sheet of the workbook by key (lower-cased name), in order. */
export function sheetsByKey(wb: EtWorkbook): Map<string, EtWorksheet> {
  const out = new Map<string, EtWorksheet>();
  for (let i = 1; i <= wb.Worksheets.Count; i++) {
    const ws = wb.Worksheets.Item(i);
    out.set(sheetKey(String(ws.Name)), ws);
  }
  return out;
}

export async function renderPlans(app: EtApplication, plans: SheetPlan[], onProgress: Progress = () => {}): Promise<RenderOutcome> {
  if (plans.length === 0) return { written: [], warnings: [] };
  const wb = activeWorkbook(app);
  const markers = readMarkers(allNames(wb));
  const marked = new Set(markers.map((m) => sheetKey(m.sheet)));
  const existing = sheetsByKey(wb);
  const conflicts = plans.filter((p) => existing.has(sheetKey(p.name)) && !marked.has(sheetKey(p.name))).map((p) => p.name);
  if (conflicts.length > 0) {
    throw new WorkbookError('sheet-conflict', sheetClashMessage(conflicts), conflicts);
  }
  const date1904 = uses1904(wb);
  const warnings: string[] = [];
  // Deleting our old sheet must not stop on WPS's "are you sure" prompt; both are restored below.
  const alerts = probe(() => app.DisplayAlerts);
  const screen = probe(() => app.ScreenUpdating);
  attempt(() => (app.DisplayAlerts = false));
  attempt(() => (app.ScreenUpdating = false));
  try {
    for (let i = 0; i < plans.length; i++) {
      drawPlan(app, wb, plans[i], markers, date1904, warnings);
      onProgress(i + 1, plans.length);
      await yieldToUi();
    }
    const first = sheetsByKey(wb).get(sheetKey(plans[0].name));
    if (first) attempt(() => first.Activate());
  } finally {
    if (typeof screen === 'boolean') attempt(() => (app.ScreenUpdating = screen));
    if (typeof alerts === 'boolean') attempt(() => (app.DisplayAlerts = alerts));
  }
  return { written: plans.map((p) => p.name), warnings: [...new Set(warnings)] };
}

/** Replaces (or adds) the plan's sheet and marks it as ours. */
function replaceSheet(wb: EtWorkbook, plan: SheetPlan, markers: Marker[]): EtWorksheet {
  const key = sheetKey(plan.name);
  // Our old markers go first (a deleted sheet would leave them as #REF!), and any stale name equal
  // to this plan's marker (left behind when the user renamed our sheet).
  const drop = new Set([
    ...markers.filter((m) => sheetKey(m.sheet) === key).map((m) => m.name),
    ...allNames(wb)
      .map((n) => String(n.Name))
      .filter((n) => n.toLowerCase() === plan.marker.toLowerCase()),
  ]);
  for (const n of drop) wb.Names.Item(n).Delete();
  const sheets = sheetsByKey(wb);
  const old = sheets.get(key);
  const last = wb.Worksheets.Item(wb.Worksheets.Count);
  // Positional placeholders: ET has no named arguments (Add(Before, After, Count, Type)).
  const ws = wb.Worksheets.Add(null, old ?? last);
  if (old) old.Delete();
  ws.Name = plan.name;
  wb.Names.Add(plan.marker, `=${quoteSheet(plan.name)}!$A$1`);
  return ws;
}

function drawPlan(app: EtApplication, wb: EtWorkbook, plan: SheetPlan, markers: Marker[], date1904: boolean, warnings: string[]): void {
  const ws = replaceSheet(wb, plan, markers);
  const rows = plan.values.length;
  // A loop, not Math.max(...rows): a 250k-row detail sheet would overflow the call stack.
  let cols = plan.columnWidths.length;
  for (const r of plan.values) if (r.length > cols) cols = r.length;

  // Number formats before values, so numbers land formatted (one call per styled range).
  for (const { range, style } of plan.styles) {
    if (style.numberFormat && range.row < rows) ws.Range(a1(range)).NumberFormat = style.numberFormat;
  }
  const shift = date1904 ? dateShifter(plan) : undefined;
  for (let r0 = 0; r0 < rows; r0 += ROWS_PER_BLOCK) {
    const block: CellValue[][] = plan.values.slice(r0, r0 + ROWS_PER_BLOCK);
    writeBlock(ws, plan.name, r0, block, cols, shift);
  }
  for (const { range, style } of plan.styles) applyStyle(ws.Range(a1(range)), range, style);
  for (const m of plan.merges) ws.Range(a1(m)).Merge();
  plan.columnWidths.forEach((w, c) => (ws.Columns.Item(c + 1).ColumnWidth = w));
  for (const { row, height } of plan.rowHeights) ws.Rows.Item(row + 1).RowHeight = height;
  if (!freeze(app, ws, plan)) {
    warnings.push(`工作表「${plan.name}」的标题行未能冻结,可在「视图 ▸ 冻结窗格」中手动设置。`);
  }
  const print = applyPrintSetup(ws, plan);
  if (print) warnings.push(print);
  warnings.push(...drawCharts(ws, plan));
  if (plan.links?.length && !addLinks(ws, plan)) {
    warnings.push(`工作表「${plan.name}」的超链接未能添加:请按“工作表”“行”“列”找到出错的单元格。`);
  }
  // The 发布记录 (SPEC §10) is locked without a password, last: a protected sheet refuses writes.
  if (plan.protect && !protect(ws)) {
    warnings.push(`工作表「${plan.name}」未能加保护:请勿修改其中的内容(可在「审阅 ▸ 保护工作表」中手动保护,不设密码)。`);
  }
}

/** Worksheet.Protect() with no password; false when this WPS build refuses it. */
function protect(ws: EtWorksheet): boolean {
  try {
    ws.Protect();
    return true;
  } catch {
    return false;
  }
}

/** Internal links (the error list's 位置 column); false when this WPS refuses them. */
function addLinks(ws: EtWorksheet, plan: SheetPlan): boolean {
  try {
    for (const l of plan.links ?? []) {
      const text = String(plan.values[l.row][l.col] ?? '');
      ws.Hyperlinks.Add(ws.Range(cellAddress(l.row + 1, l.col + 1)), '', `${quoteSheet(l.sheet)}!${l.cell}`, '', text);
    }
    return true;
  } catch {
    return false;
  }
}

/** Freezing is a window setting in ET: activate the sheet, then split and freeze its window. */
function freeze(app: EtApplication, ws: EtWorksheet, plan: SheetPlan): boolean {
  const { rows, cols } = plan.freeze;
  if (rows === 0 && cols === 0) return true;
  return attempt(() => {
    ws.Activate();
    const win = app.ActiveWindow;
    win.FreezePanes = false;
    win.SplitRow = rows;
    win.SplitColumn = cols;
    win.FreezePanes = true;
  });
}

/**
 * Plans carry dates as 1900-system serials. In a 1904 book a date cell is 1462 less; which cells
 * are dates the plan's number formats say (the last style over a cell wins, as in the plan).
 */
function dateShifter(plan: SheetPlan): (row: number, col: number, v: number) => number {
  const dateRanges = plan.styles.filter((s) => s.style.numberFormat !== undefined);
  return (row, col, v) => {
    let date = false;
    for (const { range, style } of dateRanges) {
      if (row >= range.row && row < range.row + range.rows && col >= range.col && col < range.col + range.cols) {
        date = isDateFormat(style.numberFormat);
      }
    }
    return date ? v - DATE_1904_SHIFT : v;
  };
}
