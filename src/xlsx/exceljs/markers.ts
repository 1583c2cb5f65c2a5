// Our markers in an ExcelJS workbook (the template writer and the tests' cross-checks); the
// browser-safe .xlsx layer reads and writes them in src/xlsx/marker.ts and the merge.
import type ExcelJS from 'exceljs';
import { MARKER_PREFIX, quoteSheet } from '../../engine';
import { sheetOfRange } from '../marker';

/** Names of the sheets that carry one of our markers. */
export function markedSheets(workbook: ExcelJS.Workbook): Set<string> {
  const marked = new Set<string>();
  for (const dn of workbook.definedNames.model as { name: string; ranges: string[] }[]) {
    if (!dn.name.startsWith(MARKER_PREFIX)) continue;
    for (const r of dn.ranges) {
      const s = sheetOfRange(r);
      if (s !== null) marked.add(s);
    }
  }
  return marked;
}

export function addMarker(workbook: ExcelJS.Workbook, sheetName: string, marker: string): void {
  workbook.definedNames.add(`${quoteSheet(sheetName)}!$A$1`, marker);
}

/**
 * Drops every defined name pointing into a sheet we are about to remove (our marker, and any
 * name a user hung on a generated sheet), so the saved workbook has no dangling references.
 */
export function removeNamesOfSheet(workbook: ExcelJS.Workbook, sheetName: string): void {
  const model = workbook.definedNames.model as { name: string; ranges: string[] }[];
  workbook.definedNames.model = model
    .map((dn) => ({ name: dn.name, ranges: dn.ranges.filter((r) => sheetOfRange(r) !== sheetName) }))
    .filter((dn) => dn.ranges.length > 0);
}
