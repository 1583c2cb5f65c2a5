// SheetPlans → ExcelJS worksheets. The plan decides everything (values, styles, merges, print
// setup); this file only translates it into ExcelJS's vocabulary, and guards the user's sheets.
import type ExcelJS from 'exceljs';
import type { CellRange, CellStyle, SheetPlan } from '../../engine';
import { columnLetter } from '../../engine';
import { SheetNameClashError } from '../marker';
import { addMarker, markedSheets, removeNamesOfSheet } from './markers';
import { effectiveStyles, SHEET_FONT } from '../writer/styles';

export { SheetNameClashError, SHEET_FONT };

/**
 * Draws the plans into the workbook. A sheet of the same name that we generated earlier (it carries
 * our marker) is replaced in place, keeping its position among the tabs; a user's sheet of that
 * name stops everything before any change is made.
 */
export function renderPlans(workbook: ExcelJS.Workbook, plans: SheetPlan[]): void {
  const ours = markedSheets(workbook);
  const clashes = plans.map((p) => p.name).filter((n) => workbook.getWorksheet(n) && !ours.has(n));
  if (clashes.length) throw new SheetNameClashError(clashes);

  for (const plan of plans) {
    const old = workbook.getWorksheet(plan.name);
    let orderNo: number | null = null;
    if (old) {
      orderNo = (old as Ordered).orderNo;
      removeNamesOfSheet(workbook, old.name);
      workbook.removeWorksheet(old.id);
    }
    // A marker may still point at a generated sheet the user renamed to keep; it becomes theirs.
    dropDefinedName(workbook, plan.marker);
    const ws = workbook.addWorksheet(plan.name);
    if (orderNo !== null) (ws as Ordered).orderNo = orderNo;
    drawPlan(ws, plan);
    addMarker(workbook, plan.name, plan.marker);
  }
}

/** ExcelJS keeps the tab position in an untyped `orderNo`; the sheets are written in its order. */
type Ordered = ExcelJS.Worksheet & { orderNo: number };

function dropDefinedName(workbook: ExcelJS.Workbook, name: string): void {
  const model = workbook.definedNames.model as { name: string; ranges: string[] }[];
  if (model.some((dn) => dn.name === name)) workbook.definedNames.model = model.filter((dn) => dn.name !== name);
}

/**
 * Plans carry dates as 1900-system serials (the engine's). A workbook in the 1904 date system (old
 * Mac files) counts from 1904-01-01, serial 1462 in the 1900 system, so its date cells get 1462 less.
 */
const DATE_1904_SHIFT = 1462;
const DATE_FORMAT = /yy/i;

export function drawPlan(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  const dateShift = ws.workbook.properties?.date1904 ? DATE_1904_SHIFT : 0;
  const styles = effectiveStyles(plan);
  const toExcel = new Map<CellStyle, Partial<ExcelJS.Style>>();
  const rows = plan.values.length;
  const cols = plan.columnWidths.length;
  for (let r = 0; r < rows; r++) {
    const row = ws.getRow(r + 1);
    const values = plan.values[r];
    for (let c = 0; c < Math.max(cols, values.length); c++) {
      const v = c < values.length ? values[c] : null;
      const style = styles[r]?.[c];
      if (v === null && !style) continue;
      const cell = row.getCell(c + 1);
      // Strings are assigned as plain values: ExcelJS stores them as text cells, so a user's
      // description beginning with '=' is shown, never evaluated.
      if (typeof v === 'number' && dateShift !== 0 && style?.numberFormat && DATE_FORMAT.test(style.numberFormat)) {
        cell.value = v - dateShift;
      } else if (v !== null) cell.value = v;
      if (style) {
        let xs = toExcel.get(style);
        if (!xs) toExcel.set(style, (xs = excelStyle(style)));
        cell.style = xs;
      }
    }
  }
  for (const m of plan.merges) ws.mergeCells(m.row + 1, m.col + 1, m.row + m.rows, m.col + m.cols);
  plan.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const { row, height } of plan.rowHeights) ws.getRow(row + 1).height = height;
  if (plan.freeze.rows > 0 || plan.freeze.cols > 0) {
    ws.views = [{ state: 'frozen', xSplit: plan.freeze.cols, ySplit: plan.freeze.rows }];
  }
  const p = plan.print;
  ws.pageSetup = {
    paperSize: 9, // A4
    orientation: p.orientation,
    fitToPage: true,
    fitToWidth: p.fitToWidth,
    fitToHeight: 0, // as many pages tall as it takes
    printTitlesRow: `${p.titleRows.first + 1}:${p.titleRows.last + 1}`,
    printArea: rangeAddress(p.area),
    margins: { ...p.margins },
    horizontalCentered: p.centerHorizontally,
    firstPageNumber: 1, // each sheet numbered from 1 (SPEC §3)
  };
  ws.headerFooter = { oddFooter: `&C${p.footer}` };
  // A manual break before the chart: ExcelJS breaks after the row it is given (1-based = the row above).
  for (const r of p.rowBreaks ?? []) ws.getRow(r).addPageBreak();
}

export function rangeAddress(r: CellRange): string {
  return `${columnLetter(r.col + 1)}${r.row + 1}:${columnLetter(r.col + r.cols)}${r.row + r.rows}`;
}

function argb(hex: string): string {
  return 'FF' + hex.replace('#', '').toUpperCase();
}

export function excelStyle(s: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {
    font: {
      name: SHEET_FONT,
      size: s.fontSize ?? 11,
      bold: s.bold ?? false,
      ...(s.fontColor ? { color: { argb: argb(s.fontColor) } } : {}),
    },
  };
  if (s.fill) out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
  if (s.hAlign || s.vAlign || s.wrap) {
    out.alignment = {
      ...(s.hAlign ? { horizontal: s.hAlign } : {}),
      ...(s.vAlign ? { vertical: s.vAlign } : {}),
      ...(s.wrap ? { wrapText: true } : {}),
    };
  }
  if (s.border) {
    const thin = { style: 'thin' as const };
    out.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (s.numberFormat) out.numFmt = s.numberFormat;
  return out;
}
