// One SheetPlan → a worksheet part: values, styles, merges, widths, heights, frozen panes and the
// print setup, exactly as the plan says. Strings are inline text cells, never formulas.
import { columnLetter, quoteSheet, type CellRange, type CellValue, type SheetPlan } from '../../engine';
import { escapeText, escapeXml } from '../package/xml';
import type { CellStyle } from '../../engine';

/**
 * Plans carry dates as 1900-system serials (the engine's). A workbook in the 1904 date system (old
 * Mac files) counts from 1904-01-01, serial 1462 in the 1900 system, so its date cells get 1462 less.
 */
const DATE_1904_SHIFT = 1462;
const DATE_FORMAT = /yy/i;

/** `A1:E7` for a 0-based range. */
export function rangeRef(r: CellRange, absolute = false): string {
  const $ = absolute ? '$' : '';
  return `${$}${columnLetter(r.col + 1)}${$}${r.row + 1}:${$}${columnLetter(r.col + r.cols)}${$}${r.row + r.rows}`;
}

/**
 * Text for a `<t>`: XML-escaped, characters XML cannot hold written as OOXML's `_xHHHH_`, and a
 * literal `_xHHHH_` protected by escaping its underscore, so the reader gives back what was written.
 */
export function cellText(s: string): string {
  let t = s;
  if (t.indexOf('_x') >= 0) t = t.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1');
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(t)) {
    t = t.replace(
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g,
      (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
    );
  }
  return escapeText(t);
}

function cellXml(ref: string, v: CellValue, s: number, dateShift: number, isDate: boolean): string {
  const style = s ? ` s="${s}"` : '';
  if (v === null || v === '') return `<c r="${ref}"${style}/>`;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return `<c r="${ref}"${style}/>`;
    return `<c r="${ref}"${style}><v>${isDate ? v - dateShift : v}</v></c>`;
  }
  if (typeof v === 'boolean') return `<c r="${ref}"${style} t="b"><v>${v ? 1 : 0}</v></c>`;
  // xml:space="preserve" only where white space at an end would otherwise be dropped.
  const space = /^\s|\s$/.test(v) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${style} t="inlineStr"><is><t${space}>${cellText(v)}</t></is></c>`;
}

function paneXml(plan: SheetPlan): string {
  const { rows, cols } = plan.freeze;
  if (rows <= 0 && cols <= 0) return '<sheetView workbookViewId="0"/>';
  const active = rows > 0 && cols > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
  const split = `${cols > 0 ? ` xSplit="${cols}"` : ''}${rows > 0 ? ` ySplit="${rows}"` : ''}`;
  const topLeft = `${columnLetter(cols + 1)}${rows + 1}`;
  return (
    `<sheetView workbookViewId="0"><pane${split} topLeftCell="${topLeft}" activePane="${active}" state="frozen"/>` +
    `<selection pane="${active}"/></sheetView>`
  );
}

function colsXml(widths: number[]): string {
  if (!widths.length) return '';
  return `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`;
}

function printXml(plan: SheetPlan): string {
  const p = plan.print;
  const m = p.margins;
  return (
    (p.centerHorizontally ? '<printOptions horizontalCentered="1"/>' : '') +
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` +
    // paperSize 9 = A4; fitToHeight 0 = as many pages tall as it takes (so manual breaks still
    // count); each sheet's pages are numbered from 1 (SPEC §3).
    `<pageSetup paperSize="9" firstPageNumber="1" orientation="${p.orientation}" fitToWidth="${p.fitToWidth}" fitToHeight="0" useFirstPageNumber="1"/>` +
    `<headerFooter><oddFooter>${escapeText('&C' + p.footer)}</oddFooter></headerFooter>` +
    rowBreaksXml(p.rowBreaks ?? [])
  );
}

/** Manual page breaks: `id` is the number of rows above the break, i.e. the 0-based row that starts the new page. */
function rowBreaksXml(rows: readonly number[]): string {
  if (!rows.length) return '';
  return `<rowBreaks count="${rows.length}" manualBreakCount="${rows.length}">${rows.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join('')}</rowBreaks>`;
}

/** Rows are turned into UTF-8 in blocks of this many, so a 250k-row sheet never exists as one string. */
const ROWS_PER_BLOCK = 2000;

const encoder = new TextEncoder();

/**
 * The worksheet part of a plan, as UTF-8 blocks (the zip writer joins them). `drawingRid` names
 * the relationship of the sheet's drawing (its charts) when it has one.
 */
export function sheetXml(
  plan: SheetPlan,
  grid: (CellStyle | undefined)[][],
  xfOf: (style: CellStyle) => number,
  options: { date1904: boolean; drawingRid?: string },
): Uint8Array[] {
  const dateShift = options.date1904 ? DATE_1904_SHIFT : 0;
  const heights = new Map(plan.rowHeights.map((h) => [h.row, h.height]));
  const cols = plan.columnWidths.length;
  const letters: string[] = [];
  const letter = (c: number) => letters[c] ?? (letters[c] = columnLetter(c + 1));
  const blocks: Uint8Array[] = [];
  let rows: string[] = [];
  const flush = () => {
    if (rows.length) blocks.push(encoder.encode(rows.join('')));
    rows = [];
  };
  const lastRow = Math.max(plan.values.length, grid.length);
  let maxCol = cols;
  for (let r = 0; r < lastRow; r++) {
    const values = plan.values[r] ?? [];
    const line = grid[r] ?? [];
    const width = Math.max(cols, values.length, line.length);
    const cells: string[] = [];
    for (let c = 0; c < width; c++) {
      const v = c < values.length ? values[c] : null;
      const style = line[c];
      if (v === null && !style) continue;
      const s = style ? xfOf(style) : 0;
      const isDate = dateShift !== 0 && typeof v === 'number' && !!style?.numberFormat && DATE_FORMAT.test(style.numberFormat);
      cells.push(cellXml(`${letter(c)}${r + 1}`, v, s, dateShift, isDate));
      if (c + 1 > maxCol) maxCol = c + 1;
    }
    const h = heights.get(r);
    if (!cells.length && h === undefined) continue;
    rows.push(`<row r="${r + 1}"${h !== undefined ? ` ht="${h}" customHeight="1"` : ''}>${cells.join('')}</row>`);
    if (rows.length >= ROWS_PER_BLOCK) flush();
  }
  for (const [r, h] of [...heights].sort((a, b) => a[0] - b[0])) {
    if (r >= lastRow) rows.push(`<row r="${r + 1}" ht="${h}" customHeight="1"/>`);
  }
  flush();
  const merges = plan.merges.length
    ? `<mergeCells count="${plan.merges.length}">${plan.merges.map((m) => `<mergeCell ref="${rangeRef(m)}"/>`).join('')}</mergeCells>`
    : '';
  // Links inside the workbook need no relationship: `location` names the place (the error list).
  const links = plan.links?.length
    ? `<hyperlinks>${plan.links
        .map(
          (l) =>
            `<hyperlink ref="${columnLetter(l.col + 1)}${l.row + 1}" location="${escapeXml(`${quoteSheet(l.sheet)}!${l.cell}`)}" display="${escapeXml(String(plan.values[l.row][l.col] ?? ''))}"/>`,
        )
        .join('')}</hyperlinks>`
    : '';
  const dimension = lastRow > 0 && maxCol > 0 ? `${columnLetter(1)}1:${columnLetter(maxCol)}${lastRow}` : 'A1';
  const head =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="${dimension}"/>` +
    `<sheetViews>${paneXml(plan)}</sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    colsXml(plan.columnWidths) +
    '<sheetData>';
  const tail =
    '</sheetData>' +
    // Locked without a password (SheetPlan.protect): sheetProtection comes right after sheetData.
    // Selecting cells stays allowed, so the sheet can be read, copied and printed.
    (plan.protect ? '<sheetProtection sheet="1" objects="1" scenarios="1"/>' : '') +
    merges +
    links + // after mergeCells, before printOptions: CT_Worksheet's order
    printXml(plan) +
    (options.drawingRid ? `<drawing r:id="${escapeXml(options.drawingRid)}"/>` : '') +
    '</worksheet>';
  return [encoder.encode(head), ...blocks, encoder.encode(tail)];
}
