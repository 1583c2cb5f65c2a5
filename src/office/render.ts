// Draws the engine's SheetPlans into the workbook: values as whole 2-D arrays, number formats,
// styles by ranges, merges, widths, frozen panes and the print setup, in as few requests as
// Excel allows (one on desktop; on the web as many as the 5 MB request limit needs).
//
// Only sheets we generated are replaced: a sheet counts as ours when its marker name (see
// markers.ts) points at its A1. A user's sheet of the same name stops the whole run before
// anything is written. Every sheet is marked in the request that creates it, so a run cut short
// on Excel on the web leaves sheets the next run recognises and replaces.
import type { CellRange, CellStyle, ChartPlan, SheetPlan } from '../engine';
import { columnLetter, quoteSheet } from '../engine';
import { asLiteral, sheetClashMessage } from '../engine';
import { WorkbookError, toWorkbookError } from './errors';
import type { OfficeHost } from './host';
import { budgetFor, jsonBytes, packBatches } from './limits';
import { loadInventory } from './inventory';
import { sheetKey } from './markers';
import { checkRequirements, type Requirements } from './requirements';
import type { Progress, RenderOutcome } from '../ui/host';

export type { RenderOutcome, Progress } from '../ui/host';

/** One queued piece of work and roughly how many bytes it adds to a request. */
interface Step {
  bytes: number;
  queue: (context: Excel.RequestContext, sheets: Map<string, Excel.Worksheet>) => void;
}

/** Rows of values written per step, so a huge detail sheet can spread over several requests. */
const ROWS_PER_STEP = 2000;

/** Excel character widths → points (Calibri 11: 7 px a character plus 5 px padding, 0.75 pt a pixel). */
export function widthToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

export async function renderPlans(host: OfficeHost, plans: SheetPlan[], onProgress: Progress = () => {}): Promise<RenderOutcome> {
  const req = checkRequirements(host);
  if (!req.core) {
    throw new WorkbookError(
      'unsupported',
      '此版本的 Excel 过旧(需要 ExcelApi 1.4 或更高),无法写入汇总表。请升级 Office 或使用 Excel 网页版。',
    );
  }
  const warnings: string[] = [];
  if (!req.pageLayout) {
    warnings.push('此版本的 Excel 不支持页面设置(需要 ExcelApi 1.9):打印前请手动设为 A4 横向、调整为一页宽,并设置打印标题行。');
  }
  if (!req.hyperlinks && plans.some((p) => p.links?.length)) {
    warnings.push('此版本的 Excel 不支持超链接(需要 ExcelApi 1.7):错误清单已写好,请按“工作表”“行”“列”找到出错的单元格。');
  }
  if (!req.charts && plans.some((p) => p.charts.length > 0)) {
    warnings.push(
      '此版本的 Excel 不支持按系列绘制图表(需要 ExcelApi 1.7):汇总表右侧的“图表数据”(不打印)已写好,可选中后用 插入 ▸ 图表 手动绘制。',
    );
  }
  try {
    return await host.run(async (context) => {
      const { worksheets, marked, names: nameList } = await loadInventory(context);
      const existing = new Map(worksheets.map((w) => [sheetKey(w.name), w]));
      const conflicts = plans.filter((p) => existing.has(sheetKey(p.name)) && !marked.has(sheetKey(p.name))).map((p) => p.name);
      if (conflicts.length > 0) {
        throw new WorkbookError('sheet-conflict', sheetClashMessage(conflicts), conflicts);
      }
      const steps = plans.flatMap((p) => planSteps(p, existing, marked, nameList, req));
      steps.push({
        bytes: 40,
        queue: (_c, sheets) => sheets.get(plans[0].name)?.activate(),
      });

      const batches = packBatches(steps, (s) => s.bytes, budgetFor(host).writeBytes);
      const sheets = new Map<string, Excel.Worksheet>();
      for (let i = 0; i < batches.length; i++) {
        // Our writes never feed a formula the user is waiting on mid-way: recalculate once at the end.
        context.workbook.application.suspendApiCalculationUntilNextSync();
        for (const step of batches[i]) step.queue(context, sheets);
        // One iteration on desktop; more only when Excel on the web's 5 MB limit forces a split (limits.ts).
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        onProgress(i + 1, batches.length);
      }
      return { written: plans.map((p) => p.name), warnings };
    });
  } catch (e) {
    throw toWorkbookError(e);
  }
}

function planSteps(
  plan: SheetPlan,
  existing: Map<string, Excel.Worksheet>,
  marked: Map<string, string[]>,
  names: string[],
  req: Requirements,
): Step[] {
  const steps: Step[] = [];
  const rows = plan.values.length;
  // A loop, not Math.max(...rows): a 250k-row detail sheet would overflow the call stack.
  let cols = 1;
  for (const r of plan.values) if (r.length > cols) cols = r.length;
  const at = (sheets: Map<string, Excel.Worksheet>) => sheets.get(plan.name)!;
  const range = (ws: Excel.Worksheet, r: CellRange) => ws.getRangeByIndexes(r.row, r.col, r.rows, r.cols);

  // Replace our old sheet: drop its marker names first (a deleted sheet leaves them as #REF!),
  // and any stale name equal to this plan's marker (left behind if the user renamed our sheet).
  // The new sheet gets its marker in this same step, so in the same request that creates it: on
  // Excel on the web the rest of the sheet may follow in later requests, and if one of them fails
  // (the user starts editing a cell, say) the half-written sheet is still ours, and the next run
  // simply replaces it. (Writing under a temporary name and renaming at the end would also work,
  // but leaves a stray sheet behind on failure and needs the marker moved on rename.)
  steps.push({
    bytes: 320,
    queue: (context, sheets) => {
      const old = existing.get(sheetKey(plan.name));
      const drop = new Set([
        ...(old ? (marked.get(sheetKey(plan.name)) ?? []) : []),
        ...names.filter((n) => n.toLowerCase() === plan.marker.toLowerCase()),
      ]);
      for (const n of drop) context.workbook.names.getItem(n).delete();
      if (old) old.delete();
      const ws = context.workbook.worksheets.add(plan.name);
      sheets.set(plan.name, ws);
      context.workbook.names.add(plan.marker, ws.getRange('A1'), `QS Assess ${plan.kind} ${plan.period}`);
    },
  });

  // Number formats and values, in row chunks. Formats go first so numbers land formatted.
  const formats = formatGrid(plan, rows, cols);
  for (let r0 = 0; r0 < rows; r0 += ROWS_PER_STEP) {
    const n = Math.min(ROWS_PER_STEP, rows - r0);
    const values = plan.values.slice(r0, r0 + n).map((row) => Array.from({ length: cols }, (_, c) => asLiteral(row[c] ?? null)));
    const fmt = formats.slice(r0, r0 + n);
    steps.push({
      bytes: jsonBytes(values) + jsonBytes(fmt) + 100,
      queue: (_c, sheets) => {
        const target = at(sheets).getRangeByIndexes(r0, 0, n, cols);
        target.numberFormat = fmt;
        target.values = values;
      },
    });
  }

  for (const { range: r, style } of plan.styles) {
    steps.push({ bytes: jsonBytes(style) + 300, queue: (_c, sheets) => applyStyle(range(at(sheets), r), style) });
  }
  for (const m of plan.merges) {
    steps.push({ bytes: 80, queue: (_c, sheets) => range(at(sheets), m).merge(false) });
  }
  steps.push({
    bytes: 60 * (plan.columnWidths.length + plan.rowHeights.length) + 100,
    queue: (_c, sheets) => {
      const ws = at(sheets);
      plan.columnWidths.forEach((w, c) => {
        ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = widthToPoints(w);
      });
      for (const { row, height } of plan.rowHeights) ws.getRangeByIndexes(row, 0, 1, 1).format.rowHeight = height;
      const { rows: fr, cols: fc } = plan.freeze;
      if (fr > 0 && fc === 0) ws.freezePanes.freezeRows(fr);
      else if (fr > 0 || fc > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, Math.max(fr, 1), Math.max(fc, 1)));
    },
  });
  if (req.pageLayout) steps.push({ bytes: 600, queue: (_c, sheets) => applyPrintSetup(at(sheets), plan) });
  if (req.hyperlinks && plan.links?.length) {
    const links = plan.links;
    steps.push({
      bytes: jsonBytes(links) + 100 * links.length,
      queue: (_c, sheets) => {
        for (const l of links) {
          const cell = at(sheets).getRangeByIndexes(l.row, l.col, 1, 1);
          cell.hyperlink = {
            documentReference: `${quoteSheet(l.sheet)}!${l.cell}`,
            textToDisplay: String(plan.values[l.row][l.col] ?? ''),
          };
        }
      },
    });
  }
  if (req.charts)
    for (const c of plan.charts) steps.push({ bytes: 400 + 200 * c.series.length, queue: (_c, sheets) => drawChart(at(sheets), c) });
  // The 发布记录 (SPEC §10) is locked without a password, last: a protected sheet refuses writes.
  // (ExcelApi 1.2, below the 1.4 everything here needs.) Deleting it on the next publish is allowed.
  if (plan.protect) steps.push({ bytes: 60, queue: (_c, sheets) => at(sheets).protection.protect() });
  return steps;
}

const CHART_TYPE = { bar: 'ColumnClustered', line: 'Line' } as const;

/**
 * A native chart over the plan's own cells (ExcelApi 1.7): the first series makes the chart, the
 * others are added one by one with their own type (bars and grade lines in one chart), each
 * with the category labels as its x values. Placed over the plan's anchor cells.
 */
function drawChart(ws: Excel.Worksheet, c: ChartPlan): void {
  const range = (r: CellRange) => ws.getRangeByIndexes(r.row, r.col, r.rows, r.cols);
  const [first, ...rest] = c.series;
  const chart = ws.charts.add(CHART_TYPE[first.type], range(first.values), 'Columns');
  chart.title.text = c.title;
  chart.legend.position = 'Bottom';
  chart.axes.valueAxis.minimum = c.valueAxis.min;
  chart.axes.valueAxis.maximum = c.valueAxis.max;
  chart.axes.valueAxis.title.text = c.valueAxis.title;
  const styleSeries = (s: Excel.ChartSeries, plan: ChartPlan['series'][number]) => {
    s.name = plan.name;
    s.setXAxisValues(range(c.categories));
    if (plan.type === 'line') s.format.line.color = plan.color;
    else s.format.fill.setSolidColor(plan.color);
  };
  styleSeries(chart.series.getItemAt(0), first);
  for (const plan of rest) {
    const s = chart.series.add(plan.name);
    s.setValues(range(plan.values));
    s.chartType = CHART_TYPE[plan.type];
    styleSeries(s, plan);
  }
  const a = c.anchor;
  chart.setPosition(ws.getRangeByIndexes(a.row, a.col, 1, 1), ws.getRangeByIndexes(a.row + a.rows - 1, a.col + a.cols - 1, 1, 1));
}

/** The number format of every cell: 'General' unless a style says otherwise (a later style wins). */
function formatGrid(plan: SheetPlan, rows: number, cols: number): string[][] {
  const grid = Array.from({ length: rows }, () => new Array<string>(cols).fill('General'));
  for (const { range: r, style } of plan.styles) {
    if (!style.numberFormat) continue;
    for (let i = r.row; i < Math.min(rows, r.row + r.rows); i++) {
      for (let j = r.col; j < Math.min(cols, r.col + r.cols); j++) grid[i][j] = style.numberFormat;
    }
  }
  return grid;
}

const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;
const BORDER_EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;

function applyStyle(target: Excel.Range, s: CellStyle): void {
  const f = target.format;
  if (s.bold !== undefined) f.font.bold = s.bold;
  if (s.fontSize !== undefined) f.font.size = s.fontSize;
  if (s.fontColor) f.font.color = s.fontColor;
  if (s.fill) f.fill.color = s.fill;
  if (s.hAlign) f.horizontalAlignment = H_ALIGN[s.hAlign];
  if (s.vAlign) f.verticalAlignment = V_ALIGN[s.vAlign];
  if (s.wrap !== undefined) f.wrapText = s.wrap;
  if (s.border) {
    for (const edge of BORDER_EDGES) {
      const b = f.borders.getItem(edge);
      b.style = 'Continuous';
      b.color = '#000000';
    }
  }
}

function a1(r: CellRange): string {
  return `${columnLetter(r.col + 1)}${r.row + 1}:${columnLetter(r.col + r.cols)}${r.row + r.rows}`;
}

const POINTS_PER_INCH = 72;
const points = (inches: number) => Math.round(inches * POINTS_PER_INCH * 100) / 100;

/** ExcelApi 1.9. There is no print API: we prepare the page, the user prints with File ▸ Print. */
function applyPrintSetup(ws: Excel.Worksheet, plan: SheetPlan): void {
  const p = plan.print;
  const layout = ws.pageLayout;
  layout.orientation = 'Landscape';
  layout.paperSize = 'A4';
  // One page wide, as many tall as needed: 0 pages tall means "automatic" (Excel's FitToPagesTall = False).
  layout.zoom = { horizontalFitToPages: p.fitToWidth, verticalFitToPages: 0 };
  layout.leftMargin = points(p.margins.left);
  layout.rightMargin = points(p.margins.right);
  layout.topMargin = points(p.margins.top);
  layout.bottomMargin = points(p.margins.bottom);
  layout.headerMargin = points(p.margins.header);
  layout.footerMargin = points(p.margins.footer);
  layout.centerHorizontally = p.centerHorizontally;
  layout.setPrintTitleRows(`$${p.titleRows.first + 1}:$${p.titleRows.last + 1}`);
  layout.setPrintArea(a1(p.area));
  layout.headersFooters.defaultForAllPages.centerFooter = p.footer;
  // The chart's own page (SPEC §3): a break before its first row.
  for (const row of p.rowBreaks ?? []) ws.horizontalPageBreaks.add(`A${row + 1}`);
}
