// The one layout every generated sheet shares, so the three summaries print alike:
//
//   row 0      title, merged across, bold 16
//   row 1      subtitle (period, company, money unit), merged across
//   row 2      header row: bold, filled, bordered, wrapped, centred — repeated on every page
//   rows 3…    data rows, bordered; number formats and alignment set per column, one range each
//   (totals)   optional 合计 row
//   notes      one merged row per note
//   warning    SPEC §2 rule 11's footnote in red, while the ladder is the unconfirmed default
//   blank
//   sign-off   制表人:___  审核人:___  批准人:___  日期:____年__月__日
//   (blocks)   blank, then text blocks (the follow-up lists of SPEC §10): a bold heading, its lines
//   (chart)    blank, the chart over CHART_ROWS empty rows, blank, then the chart's data block
//              (category and series columns, from column B) — inside the print area, so the chart
//              and the numbers it is drawn from print together, and every renderer draws the chart
//              from the plan's own cells.
//
// Styles are ranges over whole columns of the data block, never per cell, so a 250k-row detail
// plan costs its values array and a few dozen style entries.

import type { CellRange, CellStyle, CellValue, ChartPlan, Params, SheetPlan, SummaryKind } from '../types';
import { displayWidth, numberWidth } from './width';
import { fitCellRow } from '../text';

/** Number formats of the generated sheets. */
export const POINTS = '0.00';
export const YUAN = '#,##0';
export const COUNT = '0';
export const TEXT = '@';

export interface Column {
  header: string;
  /** Excel number format of the data cells; '@' (text) for names and other user text. */
  format?: string;
  align?: 'left' | 'center' | 'right';
  /** Width bounds in Excel character units (padding included). */
  minWidth?: number;
  maxWidth?: number;
  wrap?: boolean;
}

/** The three fines, in the order every sheet shows them. */
export const FINE_COLUMNS: readonly Column[] = [
  { header: '单位罚款', format: YUAN },
  { header: '第一责任人罚款', format: YUAN },
  { header: '直接责任人罚款', format: YUAN },
];

export interface TableSheet {
  name: string;
  kind: SummaryKind;
  period: string;
  marker: string;
  title: string;
  subtitle: string;
  columns: Column[];
  rows: CellValue[][];
  /** The 合计 row, or null when no column adds up meaningfully. */
  totals: CellValue[] | null;
  notes: string[];
  /** Text blocks printed after the sign-off line (the follow-up lists, SPEC §10): a bold heading, then its lines. */
  blocks?: { heading: string; lines: string[] }[];
  params: Params;
  /** SPEC §2 rule 11's sentence while the ladder is the unconfirmed default; null otherwise. */
  warning: string | null;
  /** A native chart under the table, with its data block; null for sheets without one. */
  chart: ChartBlock | null;
}

/** What a chart shows; layoutSheet places its data in the plan's cells and points the ChartPlan at them. */
export interface ChartBlock {
  title: string;
  /** Header of the category column of the data block, e.g. 单位. */
  categoryHeader: string;
  categories: string[];
  series: { name: string; values: number[]; type: 'bar' | 'line'; color: string; format: string }[];
  valueAxis: { min: number; max: number; title: string };
}

/** Rows the chart covers (15 pt each by default: about 10.5 cm on paper). */
export const CHART_ROWS = 22;
const CHART_ROW_HEIGHT = 15;
/** 9 pt text of the chart's data block. */
const DATA_ROW_HEIGHT = 13;
/** The data block starts in column B (the wide 单位 column holds the category labels). */
const CHART_DATA_COL = 1;
const WARNING_COLOR = '#C00000';

export const HEADER_ROW = 2;
const FIRST_DATA_ROW = HEADER_ROW + 1;
const HEADER_FILL = '#D9E1F2';
const TOTALS_FILL = '#F2F2F2';
/** Headers wider than this (in width units, 6 CJK characters) wrap onto a second line. */
const HEADER_ONE_LINE = 12;
/** Points per line of 11 pt text. */
const LINE_HEIGHT = 15;
const PADDING = 2;

export function layoutSheet(t: TableSheet): SheetPlan {
  const cols = t.columns.length;
  const dataRows = t.rows.length + (t.totals ? 1 : 0);
  const notesRow = FIRST_DATA_ROW + dataRows;
  const notes = t.warning ? [...t.notes, `※ ${t.warning}`] : t.notes;
  const signOffRow = notesRow + notes.length + 1; // one blank row before it
  // The text blocks (the follow-up lists) come after the sign-off line, one blank row between: the
  // signed table and its notes stay together however long the lists are.
  const blockLines = (t.blocks ?? []).flatMap((b) => [b.heading, ...b.lines]);
  const headings = new Set<number>();
  let at = 0;
  for (const b of t.blocks ?? []) {
    headings.add(at);
    at += 1 + b.lines.length;
  }
  const blocksRow = signOffRow + 2;
  const lastRow = blockLines.length ? blocksRow + blockLines.length - 1 : signOffRow;
  const chart = t.chart ? placeChart(t.chart, lastRow + 2, cols) : null;
  const totalRows = chart ? chart.lastRow + 1 : lastRow + 1;

  const line = (first: CellValue): CellValue[] => {
    const row: CellValue[] = new Array(cols).fill(null);
    row[0] = first;
    return row;
  };
  const values: CellValue[][] = [line(t.title), line(t.subtitle), t.columns.map((c) => c.header)];
  for (const r of t.rows) values.push(fitCellRow(r)); // user text over a cell's 32,767 characters is cut, visibly
  if (t.totals) values.push(t.totals);
  for (const n of notes) values.push(line(n));
  values.push(line(null));
  values.push(line(signOffLine(t.params)));
  if (blockLines.length) {
    values.push(line(null));
    for (const b of blockLines) values.push(line(b));
  }
  if (chart) for (const r of chart.rows) values.push(r);

  const across = (row: number): CellRange => ({ row, col: 0, rows: 1, cols });
  const merges = [
    across(0),
    across(1),
    ...notes.map((_, i) => across(notesRow + i)),
    across(signOffRow),
    ...blockLines.map((_, i) => across(blocksRow + i)),
  ];

  const styles: SheetPlan['styles'] = [
    { range: across(0), style: { bold: true, fontSize: 16, hAlign: 'center', vAlign: 'middle' } },
    { range: across(1), style: { fontSize: 10, hAlign: 'center', vAlign: 'middle' } },
    {
      range: across(HEADER_ROW),
      style: { bold: true, fill: HEADER_FILL, border: true, wrap: true, hAlign: 'center', vAlign: 'middle' },
    },
  ];
  if (dataRows > 0) {
    styles.push({ range: { row: FIRST_DATA_ROW, col: 0, rows: dataRows, cols }, style: { border: true, vAlign: 'middle' } });
    t.columns.forEach((c, col) => {
      const style: CellStyle = { hAlign: c.align ?? (c.format === '@' ? 'left' : 'right') };
      if (c.format) style.numberFormat = c.format;
      if (c.wrap) style.wrap = true;
      styles.push({ range: { row: FIRST_DATA_ROW, col, rows: dataRows, cols: 1 }, style });
    });
  }
  if (t.totals) {
    styles.push({ range: across(FIRST_DATA_ROW + t.rows.length), style: { bold: true, fill: TOTALS_FILL } });
  }
  // One range for the note rows and one for the block rows: the follow-up lists can be long, and
  // styles must not grow with rows.
  const noteStyle: CellStyle = { fontSize: 9, wrap: true, hAlign: 'left', vAlign: 'top' };
  if (notes.length) styles.push({ range: { row: notesRow, col: 0, rows: notes.length, cols }, style: noteStyle });
  if (t.warning) styles.push({ range: across(notesRow + notes.length - 1), style: { bold: true, fontColor: WARNING_COLOR } });
  styles.push({ range: across(signOffRow), style: { hAlign: 'left', vAlign: 'middle' } });
  if (blockLines.length) styles.push({ range: { row: blocksRow, col: 0, rows: blockLines.length, cols }, style: noteStyle });
  for (const i of headings) styles.push({ range: across(blocksRow + i), style: { bold: true } });
  if (chart) styles.push(...chart.styles);

  const widths = columnWidths(t.columns, t.rows);
  const tableWidth = widths.reduce((a, b) => a + b, 0);
  const rowHeights = [
    { row: 0, height: 30 },
    { row: 1, height: 18 },
    { row: HEADER_ROW, height: 30 },
    ...wrappedRowHeights(t.columns, widths, t.rows),
    ...notes.map((n, i) => ({ row: notesRow + i, height: noteHeight(n, tableWidth) })),
    { row: signOffRow, height: 24 },
    ...blockLines.map((n, i) => ({ row: blocksRow + i, height: noteHeight(n, tableWidth) })),
    ...(chart ? chart.heights : []),
  ];

  return {
    name: t.name,
    kind: t.kind,
    period: t.period,
    marker: t.marker,
    values,
    styles,
    merges,
    columnWidths: widths,
    rowHeights,
    freeze: { rows: FIRST_DATA_ROW, cols: 0 },
    print: {
      paper: 'A4',
      orientation: 'landscape',
      fitToWidth: 1,
      titleRows: { first: 0, last: HEADER_ROW },
      footer: '第 &P 页 共 &N 页',
      area: { row: 0, col: 0, rows: totalRows, cols },
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      centerHorizontally: true,
    },
    charts: chart ? [chart.plan] : [],
  };
}

/** A note gets as many lines as it needs across the table's width (9 pt text ≈ 1.1 units per char). */
function noteHeight(text: string, tableWidth: number): number {
  return 13 * Math.max(1, Math.ceil((displayWidth(text) * 0.9) / tableWidth)) + 2;
}

/**
 * Lays a chart out from `first` (0-based row): CHART_ROWS empty rows under the chart, a blank
 * row, then the data block — a header row and one row per category, from column B.
 */
function placeChart(
  c: ChartBlock,
  first: number,
  cols: number,
): { rows: CellValue[][]; styles: SheetPlan['styles']; heights: SheetPlan['rowHeights']; plan: ChartPlan; lastRow: number } {
  const width = 1 + c.series.length;
  if (CHART_DATA_COL + width > cols) throw new Error(`图表数据需要 ${CHART_DATA_COL + width} 列,工作表只有 ${cols} 列`);
  const headerRow = first + CHART_ROWS + 1;
  const dataFirst = headerRow + 1;
  const n = c.categories.length;
  const blank = (): CellValue[] => new Array(cols).fill(null);
  const rows: CellValue[][] = [];
  // From the blank row under the sign-off through the blank row under the chart.
  for (let i = first - 1; i < headerRow; i++) rows.push(blank());
  const header = blank();
  header[0] = '图表数据';
  header[CHART_DATA_COL] = c.categoryHeader;
  c.series.forEach((s, k) => (header[CHART_DATA_COL + 1 + k] = s.name));
  rows.push(header);
  for (let i = 0; i < n; i++) {
    const r = blank();
    r[CHART_DATA_COL] = c.categories[i];
    c.series.forEach((s, k) => (r[CHART_DATA_COL + 1 + k] = s.values[i]));
    rows.push(r);
  }
  const styles: SheetPlan['styles'] = [
    { range: { row: headerRow, col: 0, rows: 1, cols: 1 }, style: { fontSize: 9, hAlign: 'left', vAlign: 'middle' } },
    {
      range: { row: headerRow, col: CHART_DATA_COL, rows: 1, cols: width },
      style: { bold: true, fontSize: 9, fill: HEADER_FILL, border: true, hAlign: 'center', vAlign: 'middle' },
    },
  ];
  if (n > 0) {
    styles.push({ range: { row: dataFirst, col: CHART_DATA_COL, rows: n, cols: width }, style: { fontSize: 9, border: true } });
    styles.push({ range: { row: dataFirst, col: CHART_DATA_COL, rows: n, cols: 1 }, style: { hAlign: 'left', numberFormat: TEXT } });
    c.series.forEach((s, k) =>
      styles.push({
        range: { row: dataFirst, col: CHART_DATA_COL + 1 + k, rows: n, cols: 1 },
        style: { hAlign: 'right', numberFormat: s.format },
      }),
    );
  }
  const column = (col: number): CellRange => ({ row: dataFirst, col, rows: n, cols: 1 });
  const plan: ChartPlan = {
    title: c.title,
    categories: column(CHART_DATA_COL),
    series: c.series.map((s, k) => ({ name: s.name, values: column(CHART_DATA_COL + 1 + k), type: s.type, color: s.color })),
    anchor: { row: first, col: 0, rows: CHART_ROWS, cols },
    valueAxis: c.valueAxis,
  };
  // Explicit heights, so the chart has the same size in every host (a renderer's default row
  // height varies: Excel 15 pt, LibreOffice 12.8 pt) and the print preview can be reckoned.
  const heights: SheetPlan['rowHeights'] = [];
  for (let r = first; r < first + CHART_ROWS; r++) heights.push({ row: r, height: CHART_ROW_HEIGHT });
  for (let r = headerRow; r < dataFirst + n; r++) heights.push({ row: r, height: DATA_ROW_HEIGHT });
  return { rows, styles, heights, plan, lastRow: dataFirst + n - 1 };
}

/** 制表人/审核人/批准人 from 考核参数 when set, blanks to sign otherwise; the date is left to the pen. */
export function signOffLine(p: Params): string {
  const who = (name: string) => (name.trim() ? name.trim() : '___');
  return `制表人:${who(p.preparedBy)}  审核人:${who(p.reviewedBy)}  批准人:${who(p.approvedBy)}  日期:____年__月__日`;
}

/**
 * Column widths: widest content plus padding, within each column's bounds. A header of up to
 * HEADER_ONE_LINE units stays on one line; a longer one wraps onto two lines of about half its
 * width. One row-major pass (a 250k-row detail is scanned once, in memory order); numbers only
 * track their largest magnitude, text stops being measured once its column is at its maximum.
 */
function columnWidths(columns: readonly Column[], rows: readonly CellValue[][]): number[] {
  const n = columns.length;
  const max = columns.map((c) => c.maxWidth ?? 30);
  const text = columns.map((c) => {
    const header = displayWidth(c.header);
    return header <= HEADER_ONE_LINE ? header : Math.ceil(header / 2) - 1;
  });
  const largest = new Array<number>(n).fill(0);
  const negative = new Array<boolean>(n).fill(false);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    for (let c = 0; c < n; c++) {
      const v = row[c];
      if (typeof v === 'number') {
        if (v < 0) negative[c] = true;
        const a = v < 0 ? -v : v;
        if (a > largest[c]) largest[c] = a;
      } else if (typeof v === 'string' && text[c] + PADDING < max[c]) {
        const w = displayWidth(v);
        if (w > text[c]) text[c] = w;
      }
    }
  }
  return columns.map((col, c) => {
    const w = Math.max(text[c], numberWidth(negative[c] ? -largest[c] : largest[c], col.format));
    return Math.min(max[c], Math.max(col.minWidth ?? 6, w + PADDING));
  });
}

/**
 * Renderers do not autofit, so a data row whose wrapped text needs several lines gets its height
 * here. Only wrapped columns are measured; other rows keep the default height.
 */
function wrappedRowHeights(
  columns: readonly Column[],
  widths: readonly number[],
  rows: readonly CellValue[][],
): { row: number; height: number }[] {
  const wrapped = columns.map((c, i) => (c.wrap ? i : -1)).filter((i) => i >= 0);
  const out: { row: number; height: number }[] = [];
  if (!wrapped.length) return out;
  for (let r = 0; r < rows.length; r++) {
    let lines = 1;
    for (const col of wrapped) {
      const v = rows[r][col];
      if (typeof v === 'string') lines = Math.max(lines, Math.ceil(displayWidth(v) / (widths[col] - 1)));
    }
    if (lines > 1) out.push({ row: FIRST_DATA_ROW + r, height: LINE_HEIGHT * lines + 2 });
  }
  return out;
}
