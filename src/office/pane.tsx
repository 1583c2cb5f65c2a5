// The Excel add-in's entry: waits for Office, reads its language and theme, checks that this Excel
// can run the add-in at all, and mounts the pane over the Office WorkbookHost. Registration of
// the custom functions lives in its own bundle and never waits for this.
import { createRoot } from 'react-dom/client';
import { checkCompatibility, officeWorkbookHost } from '.';
import { CompatPage } from '../ui/components/CompatPage';
import { officeEnv } from './env';
import { mountPane } from '../ui/mount';
import { noticeDocx } from '../notice/docx';
import { readImportSource } from '../xlsx/import-source';

function start(): void {
  const container = document.getElementById('container');
  if (!container) return;
  const env = officeEnv();
  const compat = checkCompatibility((n, v) => Office.context.requirements.isSetSupported(n, v), navigator.userAgent);
  if (compat.ie || compat.missing.length > 0) {
    document.documentElement.lang = env.language === 'zh' ? 'zh-CN' : 'en';
    createRoot(container).render(<CompatPage env={env} ie={compat.ie} missing={compat.missing} />);
    return;
  }
  // The notice's writer and the import's source reader are injected: the pane offers the .docx
  // where the host can save it, and 「导入记录…」.
  mountPane(container, officeWorkbookHost(), { env, writeNotice: noticeDocx, readImportSource });
}

Office.onReady(() => start());
