// The browser page: the task pane's UI over an .xlsx file, with what a file needs around it —
// the bar (open by button or drag-and-drop, download, save back, print: PageBar), the print view,
// and beside the pane the summaries' preview, the import panel or the row an error points at. The
// pane decides nothing about files; this shell decides nothing about scoring; the file's state and
// actions are usePageFile's.
import { FluentProvider, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ImportPanel } from '../../ui/components/ImportPanel';
import { STRINGS, StringsContext } from '../../ui/strings';
import { useCallback, useMemo } from 'react';
import type { PaneEnv } from '../../ui/env';
import { themeFor } from '../../ui/theme';
import { downloadBytes, readDropped } from '../files';
import { importIntoSession, webHost } from '../host';
import { Pane } from '../pane';
import type { WorkbookSession } from '../session';
import { pageStrings } from '../strings';
import type { XlsxPort } from '../xlsx-port';
import { PageBar } from './PageBar';
import { PrintView } from './PrintView';
import { RowView } from './RowView';
import { SheetPreview } from './SheetPreview';
import { useDropFiles } from './useDropFiles';
import { usePageFile } from './usePageFile';

const useStyles = makeStyles({
  provider: { minHeight: '100vh' },
  page: { display: 'flex', flexDirection: 'column', minHeight: '100vh' },
  body: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalL,
    padding: `0 ${tokens.spacingHorizontalS}`,
  },
  // The pane takes the page's width when nothing is beside it; beside a preview it keeps 480–640 px.
  pane: { flex: '1 1 480px', minWidth: '280px', maxWidth: '960px' },
  paneBeside: { maxWidth: '640px' },
  side: {
    flex: '1 1 560px',
    minWidth: '280px',
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  drop: {
    position: 'fixed',
    // Four sides rather than `inset`, which Chromium has only from 87.
    top: 0,
    right: 0,
    bottom: 0,
    left: 0,
    zIndex: 10,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    fontSize: tokens.fontSizeBase500,
    backgroundColor: 'rgba(0, 90, 158, 0.12)',
    border: `3px dashed ${tokens.colorBrandStroke1}`,
    pointerEvents: 'none',
  },
});

export interface WebAppProps {
  session: WorkbookSession;
  port: XlsxPort;
  env: PaneEnv;
}

export function WebApp({ session, port, env }: WebAppProps) {
  const styles = useStyles();
  const s = pageStrings(env.language);
  const words = STRINGS[env.language];
  const theme = themeFor(env.dark);
  const host = useMemo(() => webHost(session, port, downloadBytes), [session, port]);
  const page = usePageFile(session, port, host, s);
  const { open, plans, latest, location, importing } = page;
  const dragging = useDropFiles(useCallback((items: DataTransferItemList) => void open(() => readDropped(items)), [open]));
  const readBook = useCallback(() => host.readSnapshot(), [host]);
  const file = session.file;
  const beside = (importing && file !== null) || location !== null || plans.length > 0;

  return (
    <FluentProvider theme={theme} className={styles.provider} lang={env.language === 'zh' ? 'zh-CN' : 'en'}>
      <div className={styles.page}>
        <PageBar page={page} session={session} s={s} language={env.language} />
        <div className={styles.body}>
          <div className={mergeClasses(styles.pane, beside && styles.paneBeside)}>
            <Pane key={page.opened} host={host} env={env} />
          </div>
          {beside ? (
            <aside
              className={styles.side}
              aria-label={importing && file ? words.importTitle : location ? s.rowTitle(location.where.sheet) : s.previewTitle}
            >
              {importing && file ? (
                <StringsContext.Provider value={words}>
                  <ImportPanel
                    readBook={readBook}
                    readSource={async (f) => ({ name: f.name, ...(await port.readSource(new Uint8Array(await f.arrayBuffer()), f.name)) })}
                    importRows={(plan) => importIntoSession(session, port, plan.writes, plan.counts.new)}
                    onClose={() => page.setImporting(false)}
                  />
                </StringsContext.Provider>
              ) : location ? (
                <RowView location={location.where} sheet={location.sheet} strings={s} onClose={page.closeLocation} />
              ) : (
                <SheetPreview key={`${latest}|${plans.length}`} plans={plans} initial={latest} strings={s} />
              )}
            </aside>
          ) : null}
        </div>
      </div>
      {dragging ? (
        <div className={styles.drop} aria-hidden="true">
          {s.dropHere}
        </div>
      ) : null}
      {page.preview ? (
        <PrintView
          plans={plans}
          selected={page.preview.sheet}
          strings={s}
          theme={theme}
          onSelect={(sheet) => page.setPreview({ sheet })}
          onClose={() => page.setPreview(null)}
        />
      ) : null}
    </FluentProvider>
  );
}
