// The one place the page meets the task pane's UI: it mounts the pane's App over the page's
// WorkbookHost. While the pane's App still takes the older WorkbookService (main today), the host
// is adapted here; when the pane takes a WorkbookHost directly, this file shrinks to one line.
import type { WorkbookService } from '../office';
import { App } from '../taskpane/components/App';
import type { PaneEnv } from '../taskpane/env';
import type { WorkbookHost } from '../taskpane/host';

/** The page has every feature the pane checks for in Excel: it writes whole packages. */
function asService(host: WorkbookHost): WorkbookService {
  return {
    readSnapshot: () => host.readSnapshot(),
    renderPlans: (plans, onProgress) => host.renderPlans(plans, onProgress),
    createTemplate: () => host.createTemplate(),
    insertSample: () => host.insertSample(),
    selectCell: (sheet, row, column) => host.selectCell(sheet, row, column),
    requirements: () => ({ core: true, tables: true, conditionalFormats: true, dataValidation: true, pageLayout: true }),
  };
}

export function Pane({ host, env }: { host: WorkbookHost; env: PaneEnv }) {
  return <App service={asService(host)} env={env} onReload={() => window.location.reload()} />;
}
