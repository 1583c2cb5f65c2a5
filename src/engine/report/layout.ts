// The one layout every generated sheet shares, so the three summaries print alike:
//
//   row 0      title, merged across, bold 16
//   row 1      subtitle (period, company, money unit), merged across
//   row 2      header row: bold, filled, bordered, wrapped, centred — repeated on every page
//   rows 3…    data rows, bordered; number formats and alignment set per column, one range each
//   (totals)   optional 合计 row
//   notes      one merged row per note
//   blank
//   sign-off   制表人:___  审核人:___  批准人:___  日期:____年__月__日
//
// Styles are ranges over whole columns of the data block, never per cell, so a 250k-row detail
// plan costs its values array and a few dozen style entries.

import type { CellRange, CellStyle, CellValue, Params, SheetPlan, SummaryKind } from '../types';
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
  params: Params;
}

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
  const signOffRow = notesRow + t.notes.length + 1; // one blank row before it
  const totalRows = signOffRow + 1;

  const line = (first: CellValue): CellValue[] => {
    const row: CellValue[] = new Array(cols).fill(null);
    row[0] = first;
    return row;
  };
  const values: CellValue[][] = [line(t.title), line(t.subtitle), t.columns.map((c) => c.header)];
  for (const r of t.rows) values.push(fitCellRow(r)); // user text over a cell's 32,767 characters is cut, visibly
  if (t.totals) values.push(t.totals);
  for (const n of t.notes) values.push(line(n));
  values.push(line(null));
  values.push(line(signOffLine(t.params)));

  const across = (row: number): CellRange => ({ row, col: 0, rows: 1, cols });
  const merges = [across(0), across(1), ...t.notes.map((_, i) => across(notesRow + i)), across(signOffRow)];

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
  t.notes.forEach((_, i) =>
    styles.push({ range: across(notesRow + i), style: { fontSize: 9, wrap: true, hAlign: 'left', vAlign: 'top' } }),
  );
  styles.push({ range: across(signOffRow), style: { hAlign: 'left', vAlign: 'middle' } });

  const widths = columnWidths(t.columns, t.rows);
  const tableWidth = widths.reduce((a, b) => a + b, 0);
  const rowHeights = [
    { row: 0, height: 30 },
    { row: 1, height: 18 },
    { row: HEADER_ROW, height: 30 },
    ...wrappedRowHeights(t.columns, widths, t.rows),
    // A note gets as many lines as it needs across the table's width (9 pt text ≈ 1.1 units per char).
    ...t.notes.map((n, i) => ({ row: notesRow + i, height: 13 * Math.max(1, Math.ceil((displayWidth(n) * 0.9) / tableWidth)) + 2 })),
    { row: signOffRow, height: 24 },
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
    charts: [],
  };
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
