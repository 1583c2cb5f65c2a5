// The one layout every generated sheet shares, so the three summaries print alike:
//
//   row 0      title, merged across, bold 16
//   row 1      subtitle (period, company, money unit), merged across
//   row 2      header row: bold, filled, bordered, wrapped, centred — repeated on every page
//   rows 3…    data rows, bordered; number formats and alignment set per column, one range each
//   (totals)   optional 合计 row
//   notes      one merged row per note (issue 18 puts the 历史未闭环事项 list of SPEC §10 here, before the notes)
//   warning    SPEC §2 rule 11's footnote in red, while the ladder is the unconfirmed default
//   blank
//   sign-off   制表人:________  审核人:________  批准人:________  日期:____年__月__日
//   (blocks)   blank, then text blocks (the follow-up lists of SPEC §10): a bold heading, its lines
//   (chart)    a page break, then the chart over CHART_ROWS rows: on a page of its own, never split.
//              Its data block (category and series columns) sits to the right of the table, beyond
//              the print area (SPEC §3: data that only feeds a chart is never printed), and every
//              renderer draws the chart from the plan's own cells.
//
// Printed one page wide (fit to width, as tall as it takes) with a manual break before the chart;
// headers wrap onto two lines and columns keep one character of padding, so that a quarter's
// summary of up to 24 units prints on one A4 landscape page at 9 pt or more (SPEC §3).
//
// Styles are ranges over whole columns of the data block, never per cell, so a 250k-row detail
// plan costs its rows (drawn when asked: RowSource below) and a few dozen style entries.

import type { CellRange, CellStyle, CellValue, ChartPlan, Params, SheetPlan, SummaryKind } from '../types';
import { displayWidth, numberWidth } from './width';
import { fitCellRow, fullWidth, MAX_CELL_TEXT } from '../text';

/** Number formats of the generated sheets. */
export const POINTS = '0.00';
export const YUAN = '#,##0';
export const COUNT = '0';
export const TEXT = '@';

export interface Column<K extends string = string> {
  /** Names the column for the 合计 row (totals.ts), so a total lands in its column whatever the order. */
  key?: K;
  header: string;
  /** Excel number format of the data cells; '@' (text) for names and other user text. */
  format?: string;
  align?: 'left' | 'center' | 'right';
  /** Width bounds in Excel character units (padding included). */
  minWidth?: number;
  maxWidth?: number;
  wrap?: boolean;
}

/** The three fines' column keys: the names of the amounts in UnitResult and EventResult. */
export type FineKey = 'unitFine' | 'headFine' | 'personFine';

/** The three fines, in the order every sheet shows them. */
export const FINE_COLUMNS: readonly Column<FineKey>[] = [
  { key: 'unitFine', header: '单位罚款', format: YUAN },
  { key: 'headFine', header: '第一责任人罚款', format: YUAN },
  { key: 'personFine', header: '直接责任人罚款', format: YUAN },
];

export interface TableSheet {
  name: string;
  kind: SummaryKind;
  period: string;
  marker: string;
  title: string;
  subtitle: string;
  columns: Column[];
  /** The data rows: an array, or a RowSource that draws each row when asked (the long sheets). */
  rows: CellValue[][] | RowSource;
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
/** Over the chart's data block, which is beyond the print area: 「图表数据」 for the chart, not printed. */
export const CHART_DATA_LABEL = '图表数据';
/** Columns between the table's last column and the chart's data block (outside the print area). */
const CHART_DATA_GAP = 1;
const WARNING_COLOR = '#C00000';

export const HEADER_ROW = 2;
const FIRST_DATA_ROW = HEADER_ROW + 1;
const HEADER_FILL = '#D9E1F2';
const TOTALS_FILL = '#F2F2F2';
/** Headers wider than this (in width units, 3 CJK characters) wrap onto a second line (the header row holds two). */
const HEADER_ONE_LINE = 6;
/** Points per line of 11 pt text. */
const LINE_HEIGHT = 15;
const PADDING = 1;

/**
 * Data rows drawn on demand: row(i) builds data row i afresh each time it is called, the same
 * cells every time. The detail (322k rows at 1M events) and the 个人罚款 sheet (123k lines) are
 * planned this way: layoutSheet measures each row and lets it go, and a writer draws it again as
 * it writes it (planRows), so a quarter never holds its 450k rows at once (docs/BENCHMARKS.md).
 * The rows under such a table are drawn when asked too: the follow-up lines (70k at 1M) keep
 * their text, not a row of cells each.
 */
export interface RowSource {
  length: number;
  row(i: number): CellValue[];
}

/** The rows of a plan as a writer streams them: drawn on demand where the plan has not drawn them yet. */
export interface PlanRows {
  length: number;
  /** Row r (undefined for a hole in a plan's values). */
  row(r: number): CellValue[] | undefined;
  /** The number of cells in row r, known without drawing it. */
  width(r: number): number;
}

/** The plans whose values are drawn on first use, with how to draw any one row. */
const lazyRows = new WeakMap<SheetPlan, PlanRows>();

/**
 * A plan's rows for a writer that goes through them once: for a plan laid out from a RowSource
 * whose values nobody has read yet, each row drawn as it is asked for and not kept; otherwise
 * plan.values itself. Either way the same cells as plan.values.
 */
export function planRows(plan: SheetPlan): PlanRows {
  const own = Object.getOwnPropertyDescriptor(plan, 'values');
  const lazy = own?.get ? lazyRows.get(plan) : undefined;
  if (lazy) return lazy;
  const values = plan.values;
  return { length: values.length, row: (r) => values[r], width: (r) => values[r]?.length ?? 0 };
}

export function layoutSheet(sheet: TableSheet): SheetPlan {
  const t = punctuate(sheet);
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
  const chart = t.chart ? placeChart(t.chart, lastRow + 1, cols) : null;
  const totalRows = chart ? chart.lastRow + 1 : lastRow + 1;

  const line = (first: CellValue): CellValue[] => {
    const row: CellValue[] = new Array(cols).fill(null);
    row[0] = first;
    return row;
  };
  const head: CellValue[][] = [line(t.title), line(t.subtitle), t.columns.map((c) => c.header)];
  const source = Array.isArray(t.rows) ? null : t.rows;
  const measured = measureRows(t.columns, t.rows, t.totals);
  // Under the data: the 合计 row, the notes, the sign-off line, then the text blocks' lines (70k
  // at 1M events, one row each, made when drawn like the data rows) and the chart's rows.
  const above: CellValue[][] = [];
  if (t.totals) above.push(t.totals);
  for (const n of notes) above.push(line(n));
  above.push(line(null));
  above.push(line(signOffLine(t.params)));
  if (blockLines.length) above.push(line(null));
  const chartRows = chart ? chart.rows : [];
  const lines = above.length + blockLines.length;
  const tail: TailRows = {
    length: lines + chartRows.length,
    row: (k) => (k < above.length ? above[k] : k < lines ? line(blockLines[k - above.length]) : chartRows[k - lines]),
    width: (k) => (k < above.length ? above[k].length : k < lines ? cols : chartRows[k - lines].length),
  };

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

  const widths = measured.columnWidths;
  const tableWidth = widths.reduce((a, b) => a + b, 0);
  const rowHeights = [
    { row: 0, height: 30 },
    { row: 1, height: 18 },
    { row: HEADER_ROW, height: 30 },
    ...measured.rowHeights,
    ...notes.map((n, i) => ({ row: notesRow + i, height: noteHeight(n, tableWidth) })),
    { row: signOffRow, height: 24 },
    ...blockLines.map((n, i) => ({ row: blocksRow + i, height: noteHeight(n, tableWidth) })),
    ...(chart ? chart.heights : []),
  ];

  const plan: SheetPlan = {
    name: t.name,
    kind: t.kind,
    period: t.period,
    marker: t.marker,
    values: [],
    styles,
    merges,
    columnWidths: widths,
    rowHeights,
    freeze: { rows: FIRST_DATA_ROW, cols: 0 },
    print: {
      paper: 'A4',
      orientation: 'landscape',
      fitToWidth: 1,
      ...(chart ? { rowBreaks: [chart.first] } : {}),
      titleRows: { first: 0, last: HEADER_ROW },
      footer: '第 &P 页 共 &N 页',
      area: { row: 0, col: 0, rows: totalRows, cols },
      margins: MARGINS,
      centerHorizontally: true,
    },
    charts: chart ? [chart.plan] : [],
  };
  if (!source) plan.values = [...head, ...measured.rows!, ...drawAll(tail)];
  else drawnOnFirstUse(plan, head, source, tail, cols);
  return plan;
}

/** The rows under a table's data, drawn when asked; with each row's width known without drawing it. */
type TailRows = RowSource & { width(k: number): number };

function drawAll(rows: RowSource): CellValue[][] {
  const all: CellValue[][] = new Array(rows.length);
  for (let k = 0; k < rows.length; k++) all[k] = rows.row(k);
  return all;
}

/**
 * Makes plan.values a getter that draws every row on first use and from then on is the array it
 * drew (JSON, a structured clone and any reader see a plain array); until then planRows(plan)
 * draws the rows one at a time. A data row is fitted as measureRows found it (fitCellRow).
 */
function drawnOnFirstUse(plan: SheetPlan, head: CellValue[][], source: RowSource, tail: TailRows, cols: number): void {
  const first = head.length;
  const end = first + source.length;
  const row = (r: number): CellValue[] => (r < first ? head[r] : r < end ? fitCellRow(source.row(r - first)) : tail.row(r - end));
  // A data row is as wide as the table (measureRows checked every one).
  const width = (r: number): number => (r < first ? head[r].length : r < end ? cols : tail.width(r - end));
  const all = { length: end + tail.length, row, width };
  lazyRows.set(plan, all);
  const settle = (values: CellValue[][]) =>
    Object.defineProperty(plan, 'values', { value: values, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(plan, 'values', {
    configurable: true,
    enumerable: true,
    get(): CellValue[][] {
      const values = drawAll(all);
      settle(values);
      return values;
    },
    set: settle, // a reader that replaces the values gets a plain property, as on any plan
  });
}

/** A note gets as many lines as it needs across the table's width (9 pt text ≈ 1.1 units per char). */
function noteHeight(text: string, tableWidth: number): number {
  return 13 * Math.max(1, Math.ceil((displayWidth(text) * 0.9) / tableWidth)) + 2;
}

/** Page margins in inches: narrow, so that a table prints large. */
const MARGINS = { left: 0.3, right: 0.3, top: 0.5, bottom: 0.5, header: 0.25, footer: 0.25 };
/**
 * The sheet's own words (title, subtitle, headers, notes, the rule-11 line, the chart's title) in
 * GB/T 15834 punctuation; the data rows are the user's cells and the Result's, written as they are.
 */
function punctuate(t: TableSheet): TableSheet {
  return {
    ...t,
    title: fullWidth(t.title),
    subtitle: fullWidth(t.subtitle),
    columns: t.columns.map((c) => ({ ...c, header: fullWidth(c.header) })),
    notes: t.notes.map(fullWidth),
    ...(t.blocks ? { blocks: t.blocks.map((b) => ({ heading: fullWidth(b.heading), lines: b.lines.map(fullWidth) })) } : {}),
    warning: t.warning === null ? null : fullWidth(t.warning),
    chart: t.chart ? { ...t.chart, title: fullWidth(t.chart.title) } : null,
  };
}

/**
 * Lays a chart out from `first` (0-based row, the first row of its own page): the chart over
 * CHART_ROWS rows across the table's width; its data block (a header row and one row per
 * category) from the same row, right of the table and beyond the print area.
 */
function placeChart(
  c: ChartBlock,
  first: number,
  cols: number,
): { rows: CellValue[][]; styles: SheetPlan['styles']; heights: SheetPlan['rowHeights']; plan: ChartPlan; first: number; lastRow: number } {
  const width = 1 + c.series.length;
  const dataCol = cols + CHART_DATA_GAP;
  // A label row (the Office host's message points users at it), the header row, one row per category.
  const headerRow = first + 1;
  const dataFirst = headerRow + 1;
  const n = c.categories.length;
  const rowCount = Math.max(CHART_ROWS, 2 + n);
  const rows: CellValue[][] = [];
  for (let i = 0; i < rowCount; i++) rows.push(new Array<CellValue>(i < 2 + n ? dataCol + width : cols).fill(null));
  rows[0][dataCol] = CHART_DATA_LABEL;
  const header = rows[1];
  header[dataCol] = c.categoryHeader;
  c.series.forEach((s, k) => (header[dataCol + 1 + k] = s.name));
  for (let i = 0; i < n; i++) {
    const r = rows[2 + i];
    r[dataCol] = c.categories[i];
    c.series.forEach((s, k) => (r[dataCol + 1 + k] = s.values[i]));
  }
  const styles: SheetPlan['styles'] = [
    { range: { row: first, col: dataCol, rows: 1, cols: 1 }, style: { fontSize: 9, hAlign: 'left', vAlign: 'middle' } },
    {
      range: { row: headerRow, col: dataCol, rows: 1, cols: width },
      style: { bold: true, fontSize: 9, fill: HEADER_FILL, border: true, hAlign: 'center', vAlign: 'middle' },
    },
  ];
  if (n > 0) {
    styles.push({ range: { row: dataFirst, col: dataCol, rows: n, cols: width }, style: { fontSize: 9, border: true } });
    styles.push({ range: { row: dataFirst, col: dataCol, rows: n, cols: 1 }, style: { hAlign: 'left', numberFormat: TEXT } });
    c.series.forEach((s, k) =>
      styles.push({
        range: { row: dataFirst, col: dataCol + 1 + k, rows: n, cols: 1 },
        style: { hAlign: 'right', numberFormat: s.format },
      }),
    );
  }
  const column = (col: number): CellRange => ({ row: dataFirst, col, rows: n, cols: 1 });
  const plan: ChartPlan = {
    title: c.title,
    categories: column(dataCol),
    series: c.series.map((s, k) => ({ name: s.name, values: column(dataCol + 1 + k), type: s.type, color: s.color })),
    anchor: { row: first, col: 0, rows: CHART_ROWS, cols },
    valueAxis: c.valueAxis,
  };
  // Explicit heights, so the chart has the same size in every host (a renderer's default row
  // height varies: Excel 15 pt, LibreOffice 12.8 pt) and its page can be reckoned.
  const heights: SheetPlan['rowHeights'] = [];
  for (let r = first; r < first + rowCount; r++) heights.push({ row: r, height: CHART_ROW_HEIGHT });
  // The print area ends with the chart: data rows below it (more categories than chart rows) stay out.
  return { rows, styles, heights, plan, first, lastRow: first + CHART_ROWS - 1 };
}

/** 制表人/审核人/批准人 from 考核参数 when set, blanks to sign otherwise; the date is left to the pen. */
export function signOffLine(p: Params): string {
  const who = (name: string) => (name.trim() ? name.trim() : '________');
  return fullWidth(`制表人:${who(p.preparedBy)}  审核人:${who(p.reviewedBy)}  批准人:${who(p.approvedBy)}  日期:____年__月__日`);
}

/** What one pass over a table's data rows finds (measureRows). */
interface Measured {
  /**
   * The rows as cells hold them: fitCellRow's copy of a row with an over-long text, else the row
   * itself; null for a RowSource (its rows are fitted as they are drawn again).
   */
  rows: CellValue[][] | null;
  columnWidths: number[];
  /** Data rows whose wrapped text needs more than one line, with their height. */
  rowHeights: { row: number; height: number }[];
}

/**
 * The data rows (and the 合计 row, for widths only) measured in one pass, row by row in memory
 * order: a 322k-row detail is 6.8M cells, and every further pass over them is mostly waiting
 * for memory. On the way it finds the rows whose text is too long for a cell (fitCellRow) and
 * keeps each wrapped cell's display width for the row heights, so no text is measured twice.
 *
 * Column widths: widest content plus padding, within each column's bounds. A header of up to
 * HEADER_ONE_LINE units stays on one line; a longer one wraps onto two lines of about half its
 * width. Numbers only track their largest magnitude; text in a column that does not wrap stops
 * being measured once the column is at its maximum.
 *
 * Row heights: renderers do not autofit, so a row whose wrapped text needs several lines at its
 * column's final width gets its height here; other rows keep the default height.
 */
function measureRows(columns: readonly Column[], rows: readonly CellValue[][] | RowSource, totals: CellValue[] | null): Measured {
  const drawn = Array.isArray(rows) ? null : (rows as RowSource);
  const n = columns.length;
  const max = columns.map((c) => c.maxWidth ?? 30);
  const least = columns.map((c) => c.minWidth ?? 6);
  const text = columns.map((c) => {
    const header = displayWidth(c.header);
    return header <= HEADER_ONE_LINE ? header : Math.ceil(header / 2) - 1;
  });
  const largest = new Array<number>(n).fill(0);
  const negative = new Array<boolean>(n).fill(false);
  const wrapped = columns.map((c, i) => (c.wrap ? i : -1)).filter((i) => i >= 0);
  const wrapSlot = new Array<number>(n).fill(-1); // column → its index in `wrapped`
  wrapped.forEach((c, k) => (wrapSlot[c] = k));
  const wrappedWidth = new Int32Array(rows.length * wrapped.length); // 0 for a cell without text
  // A RowSource's rows are measured and let go: it draws them again when they are written.
  const fitted: CellValue[][] | null = drawn ? null : new Array(rows.length);

  // Widens the columns for one row; r is its data row (−1: the 合计 row, no height). True when
  // it holds a text too long for a cell.
  const measure = (row: CellValue[], r: number): boolean => {
    let tooLong = false;
    for (let c = 0; c < n; c++) {
      const v = row[c];
      if (typeof v === 'number') {
        if (v < 0) negative[c] = true;
        const a = v < 0 ? -v : v;
        if (a > largest[c]) largest[c] = a;
      } else if (typeof v === 'string') {
        if (v.length > MAX_CELL_TEXT) tooLong = true;
        const slot = r < 0 ? -1 : wrapSlot[c];
        if (slot >= 0) {
          // A wrapped cell is measured once, for its column and its row's height, unless it
          // surely fits one line at the least width the column can end with (then it can
          // neither widen the column nor need a second line). Past the maximum a wider text
          // changes nothing: the width is capped.
          if (v.length * 2 + PADDING > Math.min(max[c], Math.max(least[c], text[c] + PADDING))) {
            const w = displayWidth(v);
            wrappedWidth[r * wrapped.length + slot] = w;
            if (w > text[c]) text[c] = w;
          }
        } else if (text[c] + PADDING < max[c] && v.length * 2 > text[c]) {
          // (A text of n UTF-16 units is at most 2n wide: shorter ones cannot widen the column.)
          const w = displayWidth(v);
          if (w > text[c]) text[c] = w;
        }
      }
    }
    return tooLong;
  };
  if (drawn) {
    for (let r = 0; r < drawn.length; r++) {
      const row = drawn.row(r);
      // The engine's own rows, one cell per column: planRows tells a row's width without drawing it.
      if (row.length !== n) throw new Error(`data row ${r} has ${row.length} cells, not ${n}`);
      measure(row, r);
    }
  } else {
    const list = rows as readonly CellValue[][];
    // User text over a cell's 32,767 characters is cut, visibly (measured before the cut).
    for (let r = 0; r < list.length; r++) fitted![r] = measure(list[r], r) ? fitCellRow(list[r]) : list[r];
  }
  // The 合计 row is measured too: its sums are the widest numbers of their columns.
  if (totals) measure(totals, -1);

  const widths = columns.map((col, c) => {
    const w = Math.max(text[c], numberWidth(negative[c] ? -largest[c] : largest[c], col.format));
    return Math.min(max[c], Math.max(least[c], w + PADDING));
  });
  const heights: { row: number; height: number }[] = [];
  if (wrapped.length) {
    for (let r = 0; r < rows.length; r++) {
      let lines = 1;
      for (let k = 0; k < wrapped.length; k++) {
        lines = Math.max(lines, Math.ceil(wrappedWidth[r * wrapped.length + k] / (widths[wrapped[k]] - 1)));
      }
      if (lines > 1) heights.push({ row: FIRST_DATA_ROW + r, height: LINE_HEIGHT * lines + 2 });
    }
  }
  return { rows: fitted, columnWidths: widths, rowHeights: heights };
}
