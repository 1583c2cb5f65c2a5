// The Office implementation of the UI's WorkbookHost (src/ui/host.ts): the one place the
// pane meets Excel. Every method rejects with a WorkbookError the pane can explain.
import { sampleSheets, templateSheets } from '../engine';
import type { WorkbookHost } from '../ui/host';
import { OwnWrites, onChanged } from './changes';
import { toWorkbookError } from './errors';
import { deleteGenerated, generatedSheets } from './generated';
import { officeHost, type OfficeHost } from './host';
import { readSnapshot } from './read';
import { renderPlans } from './render';
import { selectCell } from './select';
import { loadSetting, saveSetting } from './settings';
import { writeTemplateSheets } from './template';

export function officeWorkbookHost(host: OfficeHost = officeHost()): WorkbookHost {
  const own = new OwnWrites();
  return {
    kind: 'excel',
    readSnapshot: () => readSnapshot(host),
    renderPlans: (plans, onProgress) => own.during(() => renderPlans(host, plans, onProgress)),
    createTemplate: () => own.during(() => writeTemplateSheets(host, templateSheets(), 'skip')),
    insertSample: () => own.during(() => writeTemplateSheets(host, sampleSheets(), 'refuse')),
    selectCell: (sheet, row, column) => selectCell(host, sheet, row, column),
    generatedSheets: () => generatedSheets(host),
    deleteGenerated: async (period) => {
      await own.during(() => deleteGenerated(host, period));
    },
    loadSetting: (key) => loadSetting(host, key),
    saveSetting: (key, value) => saveSetting(host, key, value),
    onChanged: async (listener) => {
      try {
        const unsubscribe = await onChanged(host, own, listener);
        return () => void unsubscribe().catch(() => {});
      } catch (e) {
        throw toWorkbookError(e);
      }
    },
    // The Excel pane runs in Office's webview, where a download has nowhere reliable to go: the
    // pane says how to get files instead (the browser page or the command).
    download: null,
  };
}
