// Which sheets did QS Assess generate? Each generated sheet is recorded as a workbook-level
// defined name (SheetPlan.marker, e.g. `QSAssess.2026Q3.summary`) pointing at its A1. A defined
// name survives the user renaming or moving the sheet in Excel, and a user's own sheet that merely
// has the same name never carries one — so we never overwrite a sheet we did not write.
import { MARKER_PREFIX, quoteSheet, sheetClashMessage } from '../engine';

export { MARKER_PREFIX, quoteSheet };

/** A user's own sheet already has the name of a sheet we would generate: we refuse to touch it. */
export class SheetNameClashError extends Error {
  constructor(readonly sheets: string[]) {
    super(sheetClashMessage(sheets));
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
