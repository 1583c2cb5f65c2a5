// Our cell styles as SpreadsheetML: each distinct CellStyle (after a plan's ranges are combined)
// becomes one cellXfs entry; fonts, fills, borders and number formats are shared between them.
// The result has the shape the package merge appends to the user's styles (src/xlsx/merge).
import type { CellStyle, SheetPlan } from '../../engine';
import { escapeXml } from '../package/xml';

/** Every generated sheet is drawn in this font; LibreOffice and Excel substitute a CJK font when missing. */
export const SHEET_FONT = '宋体';

/** Built-in number formats (ECMA-376 §18.8.30) by format code: these need no <numFmt> entry. */
const BUILTIN_FORMATS: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '0.00E+00': 11,
  '# ?/?': 12,
  '# ??/??': 13,
  'mm-dd-yy': 14,
  'd-mmm-yy': 15,
  'd-mmm': 16,
  'mmm-yy': 17,
  'h:mm AM/PM': 18,
  'h:mm:ss AM/PM': 19,
  'h:mm': 20,
  'h:mm:ss': 21,
  'm/d/yy "h":mm': 22,
  '@': 49,
};

function argb(hex: string): string {
  return 'FF' + hex.replace('#', '').toUpperCase();
}

/**
 * Per cell, the plan's style ranges applied in order, a later range winning property by property.
 * Combined styles are shared between cells (one object per distinct combination), so a 25k-row
 * detail sheet costs a few dozen style objects, not one per cell.
 */
export function effectiveStyles(plan: SheetPlan): (CellStyle | undefined)[][] {
  const grid: (CellStyle | undefined)[][] = [];
  const combined = new Map<CellStyle, Map<CellStyle, CellStyle>>();
  const combine = (prev: CellStyle, next: CellStyle): CellStyle => {
    let byNext = combined.get(prev);
    if (!byNext) combined.set(prev, (byNext = new Map()));
    let both = byNext.get(next);
    if (!both) byNext.set(next, (both = { ...prev, ...next }));
    return both;
  };
  for (const { range, style } of plan.styles) {
    for (let r = range.row; r < range.row + range.rows; r++) {
      const line = grid[r] ?? (grid[r] = []);
      for (let c = range.col; c < range.col + range.cols; c++) {
        const prev = line[c];
        line[c] = prev ? combine(prev, style) : style;
      }
    }
  }
  return grid;
}

/** The styles of a plan's cells, row by row: what effectiveStyles gives, without a grid of cells. */
export interface StyleRows {
  /** One past the last row any style range touches (effectiveStyles(plan).length). */
  length: number;
  /** Row r's styles by column (effectiveStyles(plan)[r]); rows with the same ranges share one array. */
  at(r: number): (CellStyle | undefined)[] | undefined;
  /** Each distinct row of styles once, top to bottom (for collecting the styles in first-use order). */
  distinct(): (CellStyle | undefined)[][];
}

/**
 * effectiveStyles by stretches of rows: between two rows where a range starts or ends, every row
 * is covered by the same ranges and so has the same styles. A 32,000-row detail sheet has a
 * handful of such stretches: its styles are combined a handful of times, not per cell.
 */
export function styleRows(plan: SheetPlan): StyleRows {
  const ranges = plan.styles.filter(({ range }) => range.rows > 0);
  const edges = [...new Set(ranges.flatMap(({ range }) => [range.row, range.row + range.rows]))].sort((a, b) => a - b);
  const length = edges.length ? edges[edges.length - 1] : 0;
  const combine = combiner();
  // stretch i covers rows [edges[i], edges[i + 1]); its line, or undefined where no range covers it.
  const lines = edges.slice(0, -1).map((top) => {
    const covering = ranges.filter(({ range }) => range.row <= top && top < range.row + range.rows);
    if (!covering.length) return undefined;
    const line: (CellStyle | undefined)[] = [];
    for (const { range, style } of covering) {
      for (let c = range.col; c < range.col + range.cols; c++) {
        const prev = line[c];
        line[c] = prev ? combine(prev, style) : style;
      }
    }
    return line;
  });
  let stretch = 0;
  return {
    length,
    at(r) {
      if (r < edges[0] || r >= length) return undefined;
      // Rows are asked for in order: the stretch moves forward (and back, if asked out of order).
      while (stretch > 0 && r < edges[stretch]) stretch--;
      while (r >= edges[stretch + 1]) stretch++;
      return lines[stretch];
    },
    distinct: () => lines.filter((l): l is (CellStyle | undefined)[] => l !== undefined),
  };
}

/** Combining two styles (a later range's properties winning), one shared object per pair. */
function combiner(): (prev: CellStyle, next: CellStyle) => CellStyle {
  const combined = new Map<CellStyle, Map<CellStyle, CellStyle>>();
  return (prev, next) => {
    let byNext = combined.get(prev);
    if (!byNext) combined.set(prev, (byNext = new Map()));
    let both = byNext.get(next);
    if (!both) byNext.set(next, (both = { ...prev, ...next }));
    return both;
  };
}

/** A `<font>` in the sheet font: 11 pt unless said, bold and coloured when asked. */
export function fontXml(s: Pick<CellStyle, 'bold' | 'fontColor' | 'fontSize'>): string {
  const color = s.fontColor ? `<color rgb="${argb(s.fontColor)}"/>` : '';
  return `<font>${s.bold ? '<b/>' : ''}${color}<sz val="${s.fontSize ?? 11}"/><name val="${SHEET_FONT}"/></font>`;
}

/**
 * Number formats as a styles part numbers them: a built-in format (ECMA-376 §18.8.30) by its id,
 * any other from 164 on, in the order first asked for, each with a `<numFmt>` entry.
 */
export class NumberFormats {
  private custom: string[] = [];
  private ids = new Map<string, number>();

  id(code: string): number {
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    let id = this.ids.get(code);
    if (id === undefined) {
      id = 164 + this.custom.length;
      this.ids.set(code, id);
      this.custom.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    }
    return id;
  }

  /** The `<numFmts>` element, or nothing when every format asked for is built in. */
  xml(): string {
    return this.custom.length ? `<numFmts count="${this.custom.length}">${this.custom.join('')}</numFmts>` : '';
  }
}

/** Collects styles as sheets are drawn; index 0 is the workbook default (no style). */
export class StyleBook {
  private xfs: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private xfIndex = new Map<string, number>();
  private byStyle = new Map<CellStyle, number>();
  private fonts = ['<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'];
  private fills = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'];
  private borders = ['<border><left/><right/><top/><bottom/><diagonal/></border>'];
  private formats = new NumberFormats();

  /** The cellXfs index of a style (the same object is looked up once). */
  xf(style: CellStyle): number {
    let i = this.byStyle.get(style);
    if (i === undefined) {
      const xml = this.xfXml(style);
      i = this.xfIndex.get(xml);
      if (i === undefined) {
        i = this.xfs.length;
        this.xfs.push(xml);
        this.xfIndex.set(xml, i);
      }
      this.byStyle.set(style, i);
    }
    return i;
  }

  private xfXml(s: CellStyle): string {
    const fontId = intern(this.fonts, fontXml(s));
    const fillId = s.fill
      ? intern(this.fills, `<fill><patternFill patternType="solid"><fgColor rgb="${argb(s.fill)}"/></patternFill></fill>`)
      : 0;
    const thin = '<left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/>';
    const borderId = s.border ? intern(this.borders, `<border>${thin}</border>`) : 0;
    const numFmtId = s.numberFormat ? this.formats.id(s.numberFormat) : 0;
    const align =
      s.hAlign || s.vAlign || s.wrap
        ? `<alignment${s.hAlign ? ` horizontal="${s.hAlign}"` : ''}${s.vAlign ? ` vertical="${s.vAlign === 'middle' ? 'center' : s.vAlign}"` : ''}${s.wrap ? ' wrapText="1"' : ''}/>`
        : '';
    const apply =
      (numFmtId ? ' applyNumberFormat="1"' : '') +
      ' applyFont="1"' +
      (fillId ? ' applyFill="1"' : '') +
      (borderId ? ' applyBorder="1"' : '') +
      (align ? ' applyAlignment="1"' : '');
    const open = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${apply}`;
    return align ? `${open}>${align}</xf>` : `${open}/>`;
  }

  /** A complete styles part holding every style looked up so far. */
  xml(): string {
    const list = (name: string, items: string[]) => `<${name} count="${items.length}">${items.join('')}</${name}>`;
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      this.formats.xml() +
      list('fonts', this.fonts) +
      list('fills', this.fills) +
      list('borders', this.borders) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list('cellXfs', this.xfs) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      '</styleSheet>'
    );
  }
}

function intern(list: string[], xml: string): number {
  const i = list.indexOf(xml);
  if (i >= 0) return i;
  list.push(xml);
  return list.length - 1;
}
