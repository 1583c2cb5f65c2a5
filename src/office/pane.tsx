// The Excel add-in's entry: waits for Office, reads its language and theme, checks that this Excel
// can run the add-in at all, and mounts the pane over the Office WorkbookHost. Registration of
// the custom functions lives in its own bundle and never waits for this.
import { createRoot } from 'react-dom/client';
import { checkCompatibility, officeWorkbookHost } from '.';
import { CompatPage } from '../ui/components/CompatPage';
import { officeEnv } from './env';
import { mountPane } from '../ui/mount';
import { loadLook } from '../ui/look';
import type { NoticePlan, Snapshot } from '../engine';

// The notice's .docx writer (the `docx` package, ~60 KB gzipped) and the import's file reader are
// loaded on first use, as chunks of their own next to taskpane.js: the first screen needs neither
// (the pane's weight budget, docs/BENCHMARKS.md).
const writeNotice = async (plan: NoticePlan): Promise<Uint8Array> =>
  (await import(/* webpackChunkName: "notice" */ '../notice/docx')).noticeDocx(plan);
const readImportSource = async (bytes: Uint8Array, name: string): Promise<{ snapshot: Snapshot; encoding: string | null }> =>
  (await import(/* webpackChunkName: "import-source" */ '../xlsx/import-source')).readImportSource(bytes, name);

function start(): void {
  const container = document.getElementById('container');
  if (!container) return;
  const env = officeEnv();
  const compat = checkCompatibility((n, v) => Office.context.requirements.isSetSupported(n, v), navigator.userAgent);
  if (compat.ie || compat.missing.length > 0) {
    document.documentElement.lang = env.language === 'zh' ? 'zh-CN' : 'en';
    void loadLook(env).then((look) =>
      createRoot(container).render(<CompatPage env={env} look={look} ie={compat.ie} missing={compat.missing} />),
    );
    return;
  }
  // The notice's writer and the import's source reader are injected: the pane offers the .docx
  // where the host can save it, and 「导入记录…」.
  mountPane(container, officeWorkbookHost(), { env, writeNotice, readImportSource });
}

Office.onReady(() => start());
