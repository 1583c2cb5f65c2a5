// The one place the page meets the task pane's UI: the pane's App over the page's WorkbookHost,
// with the 考核通报 writer (src/notice) injected, since the page can offer it as a download.
import { App } from '../ui/components/App';
import type { PaneEnv } from '../ui/env';
import type { WorkbookHost } from '../ui/host';
import { useMemo } from 'react';
import { noticeMaker } from './notice';

/** The page's help: docs/web.md and docs/functions.md, built next to index.html (webpack.web.config.js). */
export const HELP_URL = 'help/index.html';

export function Pane({ host, env }: { host: WorkbookHost; env: PaneEnv }) {
  const makeNotice = useMemo(() => noticeMaker(host), [host]);
  return <App host={host} env={env} helpUrl={HELP_URL} makeNotice={makeNotice} onReload={() => window.location.reload()} layout="page" />;
}
