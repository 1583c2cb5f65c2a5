// Task pane entry: waits for Office, reads its language and theme, and mounts the React pane
// over the Office workbook service. Registration of the custom functions lives in its own
// bundle and never waits for this.
import { createRoot } from 'react-dom/client';
import { officeWorkbookService } from '../office';
import { App } from './components/App';
import { officeEnv } from './env';

function mount(): void {
  const container = document.getElementById('container');
  if (!container) return;
  const env = officeEnv();
  // Screen readers pick their voice from the page's language.
  document.documentElement.lang = env.language === 'zh' ? 'zh-CN' : 'en';
  createRoot(container).render(<App service={officeWorkbookService()} env={env} />);
}

Office.onReady(() => mount());
