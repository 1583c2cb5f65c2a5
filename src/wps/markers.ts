// Generated sheets are known by a workbook-level defined name `QSAssess.<period>.<kind>` pointing
// at the sheet's A1 (the convention of src/office/markers.ts and src/xlsx/marker.ts: the same
// names, so a workbook moved between Excel, WPS and the command keeps its markers). A sheet that
// merely has a summary's name is the user's and is never replaced.
import { MARKER_PREFIX, parseReference } from '../engine';
import type { EtName, EtWorkbook } from './et';

export { MARKER_PREFIX };

export interface Marker {
  name: string;
  sheet: string;
}

/** Every defined name of the workbook, read once (1-based collection). */
export function allNames(wb: EtWorkbook): EtName[] {
  const names = wb.Names;
  const out: EtName[] = [];
  for (let i = 1; i <= names.Count; i++) out.push(names.Item(i));
  return out;
}

/** Our markers: names under the prefix that point at a sheet's A1. */
export function readMarkers(names: EtName[]): Marker[] {
  const out: Marker[] = [];
  for (const n of names) {
    const name = String(n.Name);
    if (!name.startsWith(MARKER_PREFIX)) continue;
    const ref = parseReference(n.RefersTo);
    if (ref && ref.cell === 'A1') out.push({ name, sheet: ref.sheet });
  }
  return out;
}

/** Spreadsheets compare sheet names without regard to case. */
export function sheetKey(name: string): string {
  return name.toLowerCase();
}

export function markedSheetKeys(markers: Marker[]): Set<string> {
  return new Set(markers.map((m) => sheetKey(m.sheet)));
}
