// Which sheets did QS Assess generate? Each generated sheet is recorded as a workbook-level
// defined name (SheetPlan.marker, e.g. `QSAssess.2026Q3.summary`) pointing at its A1. A defined
// name survives the user renaming or moving the sheet in Excel, and a user's own sheet that merely
// has the same name never carries one — so we never overwrite a sheet we did not write.
import type ExcelJS from 'exceljs';

export const MARKER_PREFIX = 'QSAssess.';

/** A user's own sheet already has the name of a sheet we would generate: we refuse to touch it. */
export class SheetNameClashError extends Error {
  constructor(readonly sheets: string[]) {
    super(
      `工作簿中已有名为「${sheets.join('」「')}」的工作表,且不是本工具生成的;为避免覆盖您的数据,未做任何修改。` +
        '请先重命名或删除该工作表,再重新生成。',
    );
    this.name = 'SheetNameClashError';
  }
}

/** The sheet a defined-name range points at: `'My Sheet'!$A$1` → `My Sheet`. */
export function sheetOfRange(range: string): string | null {
  const bang = range.lastIndexOf('!');
  if (bang < 0) return null;
  const sheet = range.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) return sheet.slice(1, -1).replace(/''/g, "'");
  return sheet;
}

export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

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
