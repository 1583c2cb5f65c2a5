// The WPS implementation of the UI's workbook interface (src/ui/host.ts). ET is synchronous;
// the interface is asynchronous because Excel's is, so each method does its work at once and the
// long ones yield between sheets so the pane can repaint.
import { cellAddress, sampleSheets, templateSheets } from '../engine';
import { activeWorkbook, attempt, probe } from './app';
import type { EtApplication, EtWorkbook } from './et';
import { parseMarker } from '../engine';
import { allNames, readMarkers, sheetKey } from './markers';
import { readSnapshot } from './read';
import { renderPlans, sheetsByKey } from './render';
import { writeTemplateSheets } from './template';
import { appendRows } from './import';
import type { GeneratedSheet, WorkbookHost } from './types';
import { guarded, WorkbookError } from './errors';

/** Settings live in the document as hidden-by-prefix defined names holding a text constant. */
const SETTING_PREFIX = 'QSAssessSetting.';

export function wpsWorkbookHost(app: EtApplication): WorkbookHost {
  return {
    kind: 'wps',
    // Every call rejects with a WorkbookError only (the host contract, src/ui/host.ts).
    readSnapshot: () => guarded(() => readSnapshot(app)),
    renderPlans: (plans, onProgress) => guarded(() => renderPlans(app, plans, onProgress)),
    createTemplate: () => guarded(() => writeTemplateSheets(app, templateSheets(), 'skip')),
    insertSample: () => guarded(() => writeTemplateSheets(app, sampleSheets(), 'refuse')),
    selectCell: (sheet, row, column) => guarded(() => selectCell(app, sheet, row, column)),
    generatedSheets: () => guarded(() => generatedSheets(activeWorkbook(app))),
    deleteGenerated: (period) => guarded(() => deleteGenerated(app, period)),
    appendRows: (writes) => guarded(() => appendRows(app, writes)),
    loadSetting: (key) => guarded(() => loadSetting(activeWorkbook(app), key)),
    saveSetting: (key, value) => guarded(() => saveSetting(activeWorkbook(app), key, value)),
    onChanged: (listener) => guarded(() => onChanged(app, listener)),
    // The pane runs in WPS's embedded browser, where a download link has not been confirmed to
    // save anything (docs/wps.md): the UI says how to get the file instead.
    download: null,
  };
}

/** Activates the sheet and selects the cell (or the row, or A1 for the whole sheet). */
export function selectCell(app: EtApplication, sheet: string, row: number | null, column: number | null): void {
  const ws = sheetsByKey(activeWorkbook(app)).get(sheetKey(sheet));
  if (!ws) throw new WorkbookError('not-found', `找不到工作表「${sheet}」,它可能已被改名或删除。请重新校验。`, [sheet]);
  ws.Activate();
  const address = row === null ? 'A1' : column === null ? `${row}:${row}` : cellAddress(row, column);
  ws.Range(address).Select();
}

export function generatedSheets(wb: EtWorkbook): GeneratedSheet[] {
  const out: GeneratedSheet[] = [];
  for (const m of readMarkers(allNames(wb))) {
    const parsed = parseMarker(m.name);
    if (parsed) out.push({ name: m.sheet, ...parsed });
  }
  return out;
}

/** Deletes one period's generated sheets and their markers; a user's sheet is never among them. */
export function deleteGenerated(app: EtApplication, period: string): void {
  const wb = activeWorkbook(app);
  const mine = readMarkers(allNames(wb)).filter((m) => parseMarker(m.name)?.period === period);
  const alerts = probe(() => app.DisplayAlerts);
  attempt(() => (app.DisplayAlerts = false));
  try {
    for (const m of mine) {
      wb.Names.Item(m.name).Delete();
      sheetsByKey(wb).get(sheetKey(m.sheet))?.Delete();
    }
  } finally {
    if (typeof alerts === 'boolean') attempt(() => (app.DisplayAlerts = alerts));
  }
}

function settingName(key: string): string {
  if (!/^\w+$/.test(key)) throw new WorkbookError('refused', `设置名“${key}”只能由字母、数字和下划线组成`);
  return SETTING_PREFIX + key;
}

export function loadSetting(wb: EtWorkbook, key: string): string | null {
  const name = settingName(key).toLowerCase();
  const found = allNames(wb).find((n) => String(n.Name).toLowerCase() === name);
  if (!found) return null;
  const m = /^="((?:[^"]|"")*)"$/.exec(String(found.RefersTo));
  return m ? m[1].replace(/""/g, '"') : null;
}

export function saveSetting(wb: EtWorkbook, key: string, value: string): void {
  const name = settingName(key);
  const existing = allNames(wb).find((n) => String(n.Name).toLowerCase() === name.toLowerCase());
  if (existing) existing.Delete();
  wb.Names.Add(name, `="${value.replace(/"/g, '""')}"`);
}

/** SheetChange from ApiEvent; the returned function unsubscribes the same listener. */
export function onChanged(app: EtApplication, listener: () => void): () => void {
  const handler = () => listener();
  app.ApiEvent.AddApiEventListener('SheetChange', handler);
  return () => app.ApiEvent.RemoveApiEventListener('SheetChange', handler);
}
