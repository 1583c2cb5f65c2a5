// The one place the page meets the task pane's UI: the pane's App over the page's WorkbookHost,
// with the 考核通报 writer (src/notice) injected, since the page can offer it as a download.
import { App } from '../ui/components/App';
import type { PaneEnv } from '../ui/env';
import type { WorkbookHost } from '../ui/host';
import { noticeDocx } from '../notice/docx';

/** The page's help: docs/web.md and docs/functions.md, built next to index.html (webpack.web.config.js). */
export const HELP_URL = 'help/index.html';

const writeNotice = (plan: Parameters<typeof noticeDocx>[0]) => noticeDocx(plan);

export function Pane({ host, env }: { host: WorkbookHost; env: PaneEnv }) {
  return <App host={host} env={env} helpUrl={HELP_URL} writeNotice={writeNotice} onReload={() => window.location.reload()} layout="page" />;
}
