// SheetPlans → the parts of our sheets, with no ExcelJS and no Node APIs: one worksheet part per
// plan, a shared styles part, the defined names (our marker, print area, print titles) and, for a
// plan with charts, its drawing and chart parts. The package merge (src/xlsx/merge) splices them
// into the user's workbook; writePlansWorkbook makes a workbook of them alone (for printing).
import type { CellStyle, SheetPlan } from '../../engine';
import { escapeXml } from '../package/xml';
import { quoteSheet } from '../marker';
import { chartParts, type ChartParts } from './charts';
import { sheetXml, rangeRef } from './sheet';
import type { BlockListener } from './utf8-blocks';
import { StyleBook, styleRows } from './styles';

export interface OurSheet {
  name: string;
  /** The worksheet part as UTF-8 blocks (a large sheet never exists as one string). */
  xml: Uint8Array[];
  /** The drawing and charts of the sheet; the sheet's XML refers to the drawing as `rId1`. */
  charts: ChartParts | null;
}

export interface OurName {
  name: string;
  /** Index among our sheets for a sheet-local name (print area, print titles); null for a global one. */
  localSheetId: number | null;
  /** The formula, escaped for XML. */
  text: string;
}

export interface OurParts {
  sheets: OurSheet[];
  names: OurName[];
  styles: string;
}

/** Follows one sheet while it is drawn: its blocks as they are finished, then the sheet. */
export interface SheetFollower extends BlockListener {
  drawn(sheet: OurSheet): void;
}

/** The drawing relationship id inside each of our sheets' own rels part. */
export const DRAWING_RID = 'rId1';

/**
 * Our parts for `plans`. Styles are collected first, so that `placeStyles` (the merge) can put
 * them into the user's styles part and say where each one landed: cells are then written with
 * their final style index, and the sheet XML is never rewritten.
 */
export function drawPlans(
  plans: SheetPlan[],
  date1904: boolean,
  placeStyles?: (ourStyles: string) => number[],
  /** Asked before each sheet is drawn: who follows its blocks as they are written (the merge packs it meanwhile). */
  follow?: () => SheetFollower | undefined,
): OurParts {
  const book = new StyleBook();
  const grids = plans.map(styleRows);
  // Styles numbered in the order cells first use them, row by row (each distinct row once).
  for (const grid of grids) for (const line of grid.distinct()) for (const style of line) if (style) book.xf(style);
  const styles = book.xml();
  const xfMap = placeStyles ? placeStyles(styles) : null;
  const xfOf = xfMap ? (style: CellStyle) => xfMap[book.xf(style)] : (style: CellStyle) => book.xf(style);
  const sheets = plans.map((plan, i) => {
    const charts = plan.charts?.length ? chartParts(plan) : null;
    const follower = follow?.();
    const sheet = {
      name: plan.name,
      xml: sheetXml(plan, grids[i], xfOf, { date1904, drawingRid: charts ? DRAWING_RID : undefined, listener: follower }),
      charts,
    };
    follower?.drawn(sheet);
    return sheet;
  });
  const names: OurName[] = [];
  plans.forEach((plan, i) => {
    const sheet = quoteSheet(plan.name);
    names.push({ name: plan.marker, localSheetId: null, text: escapeXml(`${sheet}!$A$1`) });
    names.push({ name: '_xlnm.Print_Area', localSheetId: i, text: escapeXml(`${sheet}!${rangeRef(plan.print.area, true)}`) });
    const t = plan.print.titleRows;
    names.push({ name: '_xlnm.Print_Titles', localSheetId: i, text: escapeXml(`${sheet}!$${t.first + 1}:$${t.last + 1}`) });
  });
  return { sheets, names, styles };
}
