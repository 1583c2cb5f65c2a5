// Mounts the one UI over any host's WorkbookHost: the Excel add-in (index.tsx), the WPS task pane
// and the browser page all call this with their own host.
import { createRoot, type Root } from 'react-dom/client';
import { App, type PaneOptions } from './components/App';
import type { WorkbookHost } from './host';
import { loadLook } from './look';

export type { PaneOptions } from './components/App';

export function mountPane(container: HTMLElement, host: WorkbookHost, options: PaneOptions): Root {
  // Screen readers pick their voice from the page's language.
  document.documentElement.lang = options.env.language === 'zh' ? 'zh-CN' : 'en';
  const root = createRoot(container);
  // The words and theme first (the English words and the dark theme load on demand: look.ts), so
  // the pane's first frame is already in its language and colours.
  void loadLook(options.env).then(() => root.render(<App host={host} {...options} />));
  return root;
}
