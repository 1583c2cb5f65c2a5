// The browser page's entry: the language and theme from the browser, one session for the file the
// user opens, and the page. Loaded as one classic script (webpack.web.config.js), so it runs from
// file:// as well as from a web server; started again as a Web Worker, it reads and merges workbooks.
import './polyfills';
import { createRoot } from 'react-dom/client';
import { languageFor, type PaneEnv } from '../ui/env';
import { browserXlsx } from './browser-xlsx';
import { WebApp } from './components/WebApp';
import { WorkbookSession } from './session';
import { serveXlsx, workerXlsx } from './worker-port';

function browserEnv(): PaneEnv {
  const dark = typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
  return { language: languageFor(navigator.language), dark };
}

function mount(): void {
  const container = document.getElementById('root');
  if (!container) return;
  const env = browserEnv();
  document.documentElement.lang = env.language === 'zh' ? 'zh-CN' : 'en';
  createRoot(container).render(<WebApp session={new WorkbookSession()} port={workerXlsx(browserXlsx)} env={env} />);
}

// The same bundle runs as the page and as its worker (worker-port.ts): a worker has no document.
if (typeof document === 'undefined') serveXlsx(self as unknown as Parameters<typeof serveXlsx>[0], browserXlsx);
else mount();
