// The Office implementation of the UI's WorkbookHost (src/ui/host.ts): the one place the
// pane meets Excel. Every method rejects with a WorkbookError the pane can explain.
import { bookNameOf } from './book-name';
import type { WorkbookHost } from '../ui/host';
import { blobDownload } from '../ui/download';
import { OwnWrites, onChanged } from './changes';
import { toWorkbookError } from './errors';
import { deleteGenerated, generatedSheets } from './generated';
import { officeHost, type OfficeHost } from './host';
import { readSnapshot } from './read';
import { selectCell } from './select';
import { appendRows } from './import';
import { loadSetting, saveSetting } from './settings';

/**
 * 新建模板 / 插入示例数据 and what they write (the sheets, drop-downs and sample data), loaded on
 * first use as a chunk of their own: the pane's first screen never needs them (its weight budget,
 * docs/BENCHMARKS.md).
 */
const templates = () => import(/* webpackChunkName: "template" */ './template-sheets');

/**
 * Drawing SheetPlans into Excel (生成, 发布结果, 写入错误清单): loaded on the first write, a chunk of
 * its own for the same reason — reading and showing a workbook never draws.
 */
const renderer = () => import(/* webpackChunkName: "render" */ './render');

/** Office.context.platform values whose webview saves a download. */
const DOWNLOADING_PLATFORMS = new Set(['PC', 'OfficeOnline']);

export function offersDownload(platform: string): boolean {
  return DOWNLOADING_PLATFORMS.has(platform);
}

export function officeWorkbookHost(host: OfficeHost = officeHost()): WorkbookHost {
  const own = new OwnWrites();
  return {
    kind: 'excel',
    readSnapshot: () => readSnapshot(host),
    renderPlans: (plans, onProgress) => own.during(async () => (await renderer()).renderPlans(host, plans, onProgress)),
    createTemplate: () => own.during(async () => (await templates()).createTemplate(host)),
    insertSample: () => own.during(async () => (await templates()).insertSample(host)),
    selectCell: (sheet, row, column) => selectCell(host, sheet, row, column),
    generatedSheets: () => generatedSheets(host),
    deleteGenerated: async (period) => {
      await own.during(() => deleteGenerated(host, period));
    },
    appendRows: (writes) => own.during(() => appendRows(host, writes)),
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
    // Excel on the web (a browser frame) and on Windows (WebView2) save a link's download as any
    // browser does; the Mac and iPad webviews (WKWebView) drop it, so there the pane says how to
    // get the file instead (the browser page or the command).
    download: offersDownload(host.platform) ? blobDownload : null,
    // Read when asked: a book saved under a name while the pane is open is named by it.
    bookName: () => bookNameOf(host.documentUrl),
  };
}
