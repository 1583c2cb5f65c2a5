// The sheets QS Assess generated, from their markers (markers.ts), and deleting one period's
// sheets with their markers: the undo Office.js does not give for a generation.
import type { GeneratedSheet } from '../ui/host';
import { WorkbookError, toWorkbookError } from './errors';
import type { OfficeHost } from './host';
import { loadInventory } from './inventory';
import { sheetKey } from './markers';
import { parseMarker } from '../engine';

/** Generated sheets in workbook order. One request. */
export async function generatedSheets(host: OfficeHost): Promise<GeneratedSheet[]> {
  try {
    return await host.run(async (context) => {
      const { worksheets, marked } = await loadInventory(context);
      const out: GeneratedSheet[] = [];
      for (const ws of worksheets) {
        for (const marker of marked.get(sheetKey(ws.name)) ?? []) {
          const parsed = parseMarker(marker);
          if (parsed) out.push({ name: ws.name, ...parsed });
        }
      }
      return out;
    });
  } catch (e) {
    throw toWorkbookError(e);
  }
}

/**
 * Deletes every sheet marked for `period`, and the markers. Two requests (the list, then the
 * deletes). A workbook must keep one sheet: when ours are all there is, a blank sheet is added.
 */
export async function deleteGenerated(host: OfficeHost, period: string): Promise<string[]> {
  try {
    return await host.run(async (context) => {
      const { worksheets, marked } = await loadInventory(context);
      const doomed = worksheets.filter((ws) => (marked.get(sheetKey(ws.name)) ?? []).some((m) => parseMarker(m)?.period === period));
      if (doomed.length === 0) {
        throw new WorkbookError('not-found', `工作簿中没有 ${period} 的汇总表(可能已被删除)。`);
      }
      if (doomed.length === worksheets.length) context.workbook.worksheets.add('Sheet1');
      for (const ws of doomed) {
        for (const m of marked.get(sheetKey(ws.name)) ?? []) context.workbook.names.getItem(m).delete();
        ws.delete();
      }
      await context.sync();
      return doomed.map((ws) => ws.name);
    });
  } catch (e) {
    throw toWorkbookError(e);
  }
}
