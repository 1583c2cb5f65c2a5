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
/** Headers longer than this (in width units) wrap onto a second line rather than widen the column. */
const HEADER_WRAP_WIDTH = 8;
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
  for (const r of t.rows) values.push(r);
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
  t.notes.forEach((_, i) => styles.push({ range: across(notesRow + i), style: { fontSize: 9, wrap: true, hAlign: 'left', vAlign: 'top' } }));
  styles.push({ range: across(signOffRow), style: { hAlign: 'left', vAlign: 'middle' } });

  const columnWidths = t.columns.map((c, col) => columnWidth(c, t.rows, col));
  const tableWidth = columnWidths.reduce((a, b) => a + b, 0);
  const rowHeights = [
    { row: 0, height: 30 },
    { row: 1, height: 18 },
    { row: HEADER_ROW, height: 30 },
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
    columnWidths,
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
  };
}

/** 制表人/审核人/批准人 from 考核参数 when set, blanks to sign otherwise; the date is left to the pen. */
export function signOffLine(p: Params): string {
  const who = (name: string) => (name.trim() ? name.trim() : '___');
  return `制表人:${who(p.preparedBy)}  审核人:${who(p.reviewedBy)}  批准人:${who(p.approvedBy)}  日期:____年__月__日`;
}

/** Widest content (header wrapping past HEADER_WRAP_WIDTH), padded, within the column's bounds. */
function columnWidth(c: Column, rows: readonly CellValue[][], col: number): number {
  const min = c.minWidth ?? 6;
  const max = c.maxWidth ?? 30;
  const header = displayWidth(c.header);
  let w = Math.min(header, Math.max(HEADER_WRAP_WIDTH, Math.ceil(header / 2)));
  // Numbers: only the largest magnitude matters, measured once after the scan. Text: measured
  // cell by cell, stopping once the column is as wide as it may get.
  let largest = 0;
  let negative = false;
  for (let r = 0; r < rows.length; r++) {
    const v = rows[r][col];
    if (typeof v === 'number') {
      const a = v < 0 ? -v : v;
      if (a > largest) largest = a;
      if (v < 0) negative = true;
    } else if (typeof v === 'string' && w + PADDING < max) {
      const vw = displayWidth(v);
      if (vw > w) w = vw;
    }
  }
  w = Math.max(w, numberWidth(negative ? -largest : largest, c.format));
  return Math.min(max, Math.max(min, w + PADDING));
}
