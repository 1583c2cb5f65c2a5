// A SheetPlan as printable HTML: the browser's Print / Save as PDF gives the page the sheet gives
// in Excel or LibreOffice. The plan decides everything (values, styles, merges, widths, title
// rows, footer, margins); this file only spells it in HTML and CSS:
// - the print area as one table; the plan's title rows in <thead>, which browsers repeat at the
//   top of every printed page;
// - fit to one page wide: the table takes the page's width and the type is scaled as Excel's
//   "fit to 1 page wide" would scale it (column widths in Excel units → px at 96 dpi);
// - the footer (`第 &P 页 共 &N 页`) as an @page margin box with the page counters (see
//   printPageCss).
// Strings are built by hand (not React) because a quarter's detail plan can have tens of
// thousands of rows: one innerHTML assignment is far faster than as many components.
import type { CellRange, CellStyle, ChartPlan, SheetPlan } from '../../engine';
import { formatCell } from './format';
import { chartSvg } from './chart-svg';
import { escapeHtml, PRINT_FONTS } from './html';

/** A4 landscape: 297 mm wide; 96 px to the inch. */
const A4_LANDSCAPE_WIDTH_IN = 297 / 25.4;
const PX_PER_IN = 96;
/** Excel's column width unit: the width of a digit of the default 11 pt font, ≈ 7 px, plus 5 px padding. */
const PX_PER_WIDTH_UNIT = 7;
const COLUMN_PADDING_PX = 5;
/** Excel's default font size for cells without one, and the row height that goes with it. */
const BASE_FONT_PT = 11;
const DEFAULT_ROW_PT = 15;

/** The type scale Excel's "fit to 1 page wide" would apply: 1 when the columns already fit. */
export function fitScale(plan: SheetPlan): number {
  const m = plan.print.margins;
  const pagePx = (A4_LANDSCAPE_WIDTH_IN - m.left - m.right) * PX_PER_IN;
  const area = plan.print.area;
  let tablePx = 0;
  for (let c = area.col; c < area.col + area.cols; c++) tablePx += (plan.columnWidths[c] ?? 8.43) * PX_PER_WIDTH_UNIT + COLUMN_PADDING_PX;
  return Math.min(1, pagePx / tablePx);
}

/** '第 &P 页 共 &N 页' → a CSS `content` value with the page counters. */
export function footerContent(footer: string): string {
  const parts: string[] = [];
  const re = /&([PN])/g;
  let last = 0;
  for (let m = re.exec(footer); m; m = re.exec(footer)) {
    if (m.index > last) parts.push(cssString(footer.slice(last, m.index)));
    parts.push(m[1] === 'P' ? 'counter(page)' : 'counter(pages)');
    last = m.index + m[0].length;
  }
  if (last < footer.length) parts.push(cssString(footer.slice(last)));
  return parts.length ? parts.join(' ') : '""';
}

function cssString(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\a ')}"`;
}

/**
 * The document-wide print rules for plans printed together: A4 landscape, the plan's margins, the
 * footer in the bottom-centre margin box. Margin boxes are in Chromium 131+ (2024); older
 * Chromium and Firefox ignore them and print no page numbers of their own (their print dialog's
 * 页眉和页脚 option adds the browser's).
 */
export function printPageCss(plan: SheetPlan): string {
  const m = plan.print.margins;
  return [
    `@page { size: A4 landscape; margin: ${m.top}in ${m.right}in ${m.bottom}in ${m.left}in;`,
    `  @bottom-center { content: ${footerContent(plan.print.footer)}; font-size: 9pt; font-family: ${PRINT_FONTS}; } }`,
  ].join('\n');
}

function cellCss(style: CellStyle, scale: number): string {
  const css: string[] = [];
  if (style.bold) css.push('font-weight:bold');
  if (style.fontSize) css.push(`font-size:${round(style.fontSize * scale)}pt`);
  if (style.fontColor) css.push(`color:${style.fontColor}`);
  if (style.fill) css.push(`background-color:${style.fill}`);
  if (style.hAlign) css.push(`text-align:${style.hAlign}`);
  if (style.vAlign) css.push(`vertical-align:${style.vAlign}`);
  css.push(style.wrap ? 'white-space:pre-wrap' : 'white-space:nowrap');
  if (style.border) css.push('border:0.5pt solid #000');
  return css.join(';');
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

interface Span {
  rows: number;
  cols: number;
  /** A chart drawn over the span (the chart's anchor), instead of the cell's value. */
  chart?: ChartPlan;
}

/**
 * The plan's merges and chart anchors: the span at each top-left cell, and the cells a span
 * covers. A chart is drawn where the plan anchors it, over its empty rows, as on the sheet.
 */
function spanMaps(plan: SheetPlan, width: number): { spans: Map<number, Span>; covered: Set<number> } {
  const spans = new Map<number, Span>();
  const covered = new Set<number>();
  const add = (range: CellRange, span: Span) => {
    spans.set(range.row * width + range.col, span);
    for (let r = range.row; r < range.row + range.rows; r++)
      for (let c = range.col; c < range.col + range.cols; c++) if (r !== range.row || c !== range.col) covered.add(r * width + c);
  };
  for (const m of plan.merges) add(m, { rows: m.rows, cols: m.cols });
  for (const chart of plan.charts) add(chart.anchor, { rows: chart.anchor.rows, cols: chart.anchor.cols, chart });
  return { spans, covered };
}

/**
 * One plan's print area as a <section>. Class names are per section (`id`), so several plans
 * can sit in one document.
 */
export function planHtml(plan: SheetPlan, id: string): string {
  const area = plan.print.area;
  const width = Math.max(area.col + area.cols, plan.values[0]?.length ?? 0);
  const scale = fitScale(plan);
  const { spans, covered } = spanMaps(plan, width);
  const heights = new Map(plan.rowHeights.map((h) => [h.row, h.height]));
  const classes = new Map<string, string>();
  const classOf = (css: string): string => {
    let name = classes.get(css);
    if (!name) {
      name = `${id}-s${classes.size}`;
      classes.set(css, name);
    }
    return name;
  };

  const rowHtml = (r: number): string => {
    // Styles that touch this row, in plan order (a later range wins where they overlap).
    const rowStyles = plan.styles.filter((s) => r >= s.range.row && r < s.range.row + s.range.rows);
    const values = plan.values[r] ?? [];
    const cells: string[] = [];
    for (let c = area.col; c < area.col + area.cols; c++) {
      const key = r * width + c;
      if (covered.has(key)) continue;
      const style: CellStyle = {};
      for (const s of rowStyles) if (c >= s.range.col && c < s.range.col + s.range.cols) Object.assign(style, s.style);
      const span = spans.get(key);
      const attrs = span ? `${span.rows > 1 ? ` rowspan="${span.rows}"` : ''}${span.cols > 1 ? ` colspan="${span.cols}"` : ''}` : '';
      // Text spills into empty cells to its right, as on the sheet; next to a filled cell it is cut.
      const spills =
        typeof values[c] === 'string' && !style.wrap && !span && (values[c + 1] ?? null) === null && c + 1 < area.col + area.cols;
      const content = span?.chart
        ? `<figure class="qs-print-chart" style="height:${round(span.rows * DEFAULT_ROW_PT * scale)}pt">${chartSvg(plan, span.chart)}</figure>`
        : escapeHtml(formatCell(values[c] ?? null, style.numberFormat));
      cells.push(`<td class="${classOf(cellCss(style, scale) + (spills ? ';overflow:visible' : ''))}"${attrs}>${content}</td>`);
    }
    // Every row keeps its sheet height (Excel's default where the plan gives none), so empty rows
    // (the chart's) take their room on paper as they do on the sheet.
    return `<tr style="height:${round((heights.get(r) ?? DEFAULT_ROW_PT) * scale)}pt">${cells.join('')}</tr>`;
  };

  const { first, last } = plan.print.titleRows;
  const head: string[] = [];
  const body: string[] = [];
  for (let r = area.row; r < area.row + area.rows; r++) (r >= first && r <= last ? head : body).push(rowHtml(r));

  let total = 0;
  const widths: number[] = [];
  for (let c = area.col; c < area.col + area.cols; c++) {
    const px = (plan.columnWidths[c] ?? 8.43) * PX_PER_WIDTH_UNIT + COLUMN_PADDING_PX;
    widths.push(px);
    total += px;
  }
  const cols = widths.map((w) => `<col style="width:${round((100 * w) / total)}%">`).join('');
  const css = [...classes].map(([rule, name]) => `.${name}{${rule}}`).join('\n');
  const tableStyle = `font-size:${round(BASE_FONT_PT * scale)}pt;width:${round(Math.min(100, (100 * total * scale) / pageWidthPx(plan)))}%`;

  return (
    `<section class="qs-print-sheet" data-sheet="${escapeHtml(plan.name)}" aria-label="${escapeHtml(plan.name)}">` +
    `<style>${css}</style>` +
    `<table class="qs-print-table" style="${tableStyle}"><colgroup>${cols}</colgroup>` +
    `<thead>${head.join('')}</thead><tbody>${body.join('')}</tbody></table></section>`
  );
}

function pageWidthPx(plan: SheetPlan): number {
  const m = plan.print.margins;
  return (A4_LANDSCAPE_WIDTH_IN - m.left - m.right) * PX_PER_IN;
}

/** The rules every printed sheet shares; the @page rule comes from the plan (printPageCss). */
export const PRINT_SHEET_CSS = `
.qs-print-sheet { font-family: ${PRINT_FONTS}; color: #000; background: #fff; }
.qs-print-sheet + .qs-print-sheet { break-before: page; page-break-before: always; }
.qs-print-table { border-collapse: collapse; table-layout: fixed; margin: 0 auto; }
.qs-print-table td { padding: 1pt 3pt; overflow: hidden; text-overflow: clip; line-height: 1.25; }
.qs-print-table thead { display: table-header-group; }
.qs-print-table tr { break-inside: avoid; page-break-inside: avoid; }
.qs-print-chart { margin: 0; break-inside: avoid; page-break-inside: avoid; text-align: center; }
.qs-print-chart svg { width: 100%; height: 100%; }
.qs-print-sheet, .qs-print-sheet * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
`;
