// Generated sheets are known by a workbook-level defined name `QSAssess.<period>.<kind>` pointing
// at the sheet's A1 — the engine's markerRefs() reads them for every host, so a workbook moved
// between Excel, WPS and the command keeps its markers. What is WPS's own: listing ET's names.
import { markerRefs, type MarkerRef } from '../engine';
import type { EtName, EtWorkbook } from './et';

export { MARKER_PREFIX, sheetKey } from '../engine';
export type Marker = MarkerRef;

/** Every defined name of the workbook, read once (1-based collection). */
export function allNames(wb: EtWorkbook): EtName[] {
  const names = wb.Names;
  const out: EtName[] = [];
  for (let i = 1; i <= names.Count; i++) out.push(names.Item(i));
  return out;
}

/** Our markers: names under the prefix that point at a sheet's A1. */
export function readMarkers(names: EtName[]): Marker[] {
  return markerRefs(names.map((n) => ({ name: String(n.Name), refersTo: n.RefersTo })));
}
