// One SheetPlan → a worksheet part: values, styles, merges, widths, heights, frozen panes and the
// print setup, exactly as the plan says. Strings are inline text cells, never formulas.
import { columnLetter, planRows, quoteSheet, type CellRange, type PlanRows, type SheetPlan } from '../../engine';
import { escapeText, escapeXml } from '../package/xml';
import type { CellStyle } from '../../engine';
import { Utf8Blocks, type BlockListener } from './utf8-blocks';
import type { StyleRows } from './styles';

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

/** White space as JavaScript's `\s` has it (checked against it in test/xlsx/utf8-blocks.test.ts). */
export function isSpace(c: number): boolean {
  return c <= 32
    ? c === 32 || (c >= 9 && c <= 13)
    : c >= 0x00a0 &&
        (c === 0x00a0 ||
          c === 0x1680 ||
          (c >= 0x2000 && c <= 0x200a) ||
          c === 0x2028 ||
          c === 0x2029 ||
          c === 0x202f ||
          c === 0x205f ||
          c === 0x3000 ||
          c === 0xfeff);
}

/** White space at either end: the `<t>` then needs xml:space="preserve". */
export function edgeSpace(s: string): boolean {
  return isSpace(s.charCodeAt(0)) || isSpace(s.charCodeAt(s.length - 1));
}

const encoder = new TextEncoder();

/**
 * The worksheet part of a plan, as UTF-8 blocks (the zip writer joins them). `drawingRid` names
 * the relationship of the sheet's drawing (its charts) when it has one.
 *
 * The rows are written straight into bytes (Utf8Blocks): per cell, its reference, its style
 * attribute (looked up once per column while the style stays the same down the column) and its
 * value, with no string per cell. A cell is `<c r="B7" s="3"/>` when empty (or a number that is not
 * finite), `<v>` for a number (a date in a 1904 book shifted), `t="b"` for a boolean, and inline
 * text (`t="inlineStr"`, xml:space="preserve" only where white space at an end would be dropped).
 */
export function sheetXml(
  plan: SheetPlan,
  grid: StyleRows,
  xfOf: (style: CellStyle) => number,
  options: { date1904: boolean; drawingRid?: string; listener?: BlockListener },
): Uint8Array[] {
  const dateShift = options.date1904 ? DATE_1904_SHIFT : 0;
  const heights = new Map(plan.rowHeights.map((h) => [h.row, h.height]));
  const cols = plan.columnWidths.length;
  // Per column: `<c r="B`, and the style last seen in it with its ` s="…"` attribute.
  const opens: string[] = [];
  const open = (c: number) => opens[c] ?? (opens[c] = `<c r="${columnLetter(c + 1)}`);
  const lastStyle: (CellStyle | undefined)[] = [];
  const lastAttr: string[] = [];
  const out = new Utf8Blocks(options.listener);
  // Row by row as the plan draws them: a long sheet's rows are made as they are written (planRows).
  const rows = planRows(plan);
  const lastRow = Math.max(rows.length, grid.length);
  // The head goes first, so that a listener (the command's deflate) can take the part from its start.
  out.bytes(encoder.encode(sheetHead(plan, lastRow, lastColumn(rows, grid, lastRow, cols))));
  for (let r = 0; r < lastRow; r++) {
    const values = (r < rows.length ? rows.row(r) : undefined) ?? [];
    const line = grid.at(r) ?? [];
    const width = Math.max(cols, values.length, line.length);
    const h = heights.get(r);
    const rowNumber = String(r + 1);
    let started = false;
    for (let c = 0; c < width; c++) {
      const v = c < values.length ? values[c] : null;
      const style = line[c];
      if (v === null && !style) continue;
      if (!started) {
        out.ascii(`<row r="${rowNumber}"${h !== undefined ? ` ht="${h}" customHeight="1"` : ''}>`);
        started = true;
      }
      let attr = '';
      if (style) {
        if (lastStyle[c] !== style) {
          const s = xfOf(style);
          lastStyle[c] = style;
          lastAttr[c] = s ? ` s="${s}"` : '';
        }
        attr = lastAttr[c];
      }
      out.ascii(open(c));
      out.ascii(rowNumber);
      out.ascii('"');
      if (attr) out.ascii(attr);
      if (typeof v === 'number' && Number.isFinite(v)) {
        const isDate = dateShift !== 0 && !!style?.numberFormat && DATE_FORMAT.test(style.numberFormat);
        out.ascii('><v>');
        out.ascii(String(isDate ? v - dateShift : v));
        out.ascii('</v></c>');
      } else if (typeof v === 'string' && v !== '') {
        out.ascii(edgeSpace(v) ? ' t="inlineStr"><is><t xml:space="preserve">' : ' t="inlineStr"><is><t>');
        if (!out.plainText(v)) out.utf8(cellText(v));
        out.ascii('</t></is></c>');
      } else if (typeof v === 'boolean') {
        out.ascii(v ? ' t="b"><v>1</v></c>' : ' t="b"><v>0</v></c>');
      } else {
        out.ascii('/>'); // empty, or a number that is not finite
      }
    }
    if (started) out.ascii('</row>');
    else if (h !== undefined) out.ascii(`<row r="${rowNumber}" ht="${h}" customHeight="1"></row>`);
  }
  for (const [r, h] of [...heights].sort((a, b) => a[0] - b[0])) {
    if (r >= lastRow) out.ascii(`<row r="${r + 1}" ht="${h}" customHeight="1"/>`);
  }
  const merges = plan.merges.length
    ? `<mergeCells count="${plan.merges.length}">${plan.merges.map((m) => `<mergeCell ref="${rangeRef(m)}"/>`).join('')}</mergeCells>`
    : '';
  // Links inside the workbook need no relationship: `location` names the place (the error list).
  const links = plan.links?.length
    ? `<hyperlinks>${plan.links
        .map(
          (l) =>
            `<hyperlink ref="${columnLetter(l.col + 1)}${l.row + 1}" location="${escapeXml(`${quoteSheet(l.sheet)}!${l.cell}`)}" display="${escapeXml(String(rows.row(l.row)?.[l.col] ?? ''))}"/>`,
        )
        .join('')}</hyperlinks>`
    : '';
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
  out.bytes(encoder.encode(tail));
  return out.finish();
}

/**
 * The last column holding a cell: the width of the plan's columns, or beyond where a row has a
 * value or a style there (the cells the row loop of sheetXml writes). Known before the rows are
 * written, for the head's <dimension>.
 */
function lastColumn(rows: PlanRows, grid: StyleRows, lastRow: number, cols: number): number {
  let maxCol = cols;
  for (let r = 0; r < lastRow; r++) {
    const line = grid.at(r) ?? [];
    // Most rows end within the table: known without drawing the row (planRows).
    if (Math.max(r < rows.length ? rows.width(r) : 0, line.length) <= maxCol) continue;
    const values = (r < rows.length ? rows.row(r) : undefined) ?? [];
    for (let c = Math.max(values.length, line.length) - 1; c >= maxCol; c--) {
      const v = c < values.length ? values[c] : null;
      if (v !== null || line[c]) {
        maxCol = c + 1;
        break;
      }
    }
  }
  return maxCol;
}

/** The worksheet's start, up to <sheetData>. */
function sheetHead(plan: SheetPlan, lastRow: number, maxCol: number): string {
  const dimension = lastRow > 0 && maxCol > 0 ? `${columnLetter(1)}1:${columnLetter(maxCol)}${lastRow}` : 'A1';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="${dimension}"/>` +
    `<sheetViews>${paneXml(plan)}</sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    colsXml(plan.columnWidths) +
    '<sheetData>'
  );
}
