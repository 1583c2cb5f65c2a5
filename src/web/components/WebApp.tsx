// The browser page: the task pane's UI over an .xlsx file, with what a file needs around it —
// open (button or drag-and-drop), download the summary workbook, save back to the original file
// (File System Access API, after a confirmation), the print view, and the row view that shows
// where an error is. The pane decides nothing about files; this shell decides nothing about
// scoring.
import {
  Body1,
  Button,
  Caption1,
  FluentProvider,
  Link,
  Spinner,
  Title3,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowDownloadRegular,
  ArrowImportRegular,
  DismissRegular,
  FolderOpenRegular,
  PrintRegular,
  QuestionCircleRegular,
  SaveRegular,
} from '@fluentui/react-icons';
import { helpFor } from '../../ui/components/App';
// The UI's own MessageBar (issue 21): Fluent's weighs more than the page needs for a static notice.
import { MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '../../ui/components/MessageBar';
import { ImportPanel } from '../../ui/components/ImportPanel';
import { STRINGS, StringsContext } from '../../ui/strings';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SheetPlan, SheetSnapshot } from '../../engine';
import type { PaneEnv } from '../../ui/env';
import { themeFor } from '../../ui/theme';
import { canSaveInPlace, downloadBytes, lookOnDisk, pickWithHandle, readDropped, readPicked, saveInPlace } from '../files';
import { importIntoSession, webHost, XLSX_MIME } from '../host';
import { HELP_URL, Pane } from '../pane';
import type { Location, OpenedFile, WorkbookSession } from '../session';
import { pageStrings } from '../strings';
import type { XlsxPort } from '../xlsx-port';
import { PrintView } from './PrintView';
import { RowView } from './RowView';
import { SheetPreview } from './SheetPreview';

const useStyles = makeStyles({
  provider: { minHeight: '100vh' },
  page: { display: 'flex', flexDirection: 'column', minHeight: '100vh' },
  // The bar with the file and what to do with it never scrolls away; the pane's period and 生成
  // stick right under it (--qs-bar-height, measured below).
  bar: {
    position: 'sticky',
    top: 0,
    zIndex: 5,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
  },
  brand: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  title: { margin: 0, whiteSpace: 'nowrap' },
  file: { display: 'flex', flexDirection: 'column', minWidth: 0, marginRight: 'auto' },
  fileName: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  download: { display: 'inline-flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
  help: { display: 'inline-flex', alignItems: 'center', columnGap: '2px', marginLeft: tokens.spacingHorizontalS },
  unsaved: { color: tokens.colorPaletteDarkOrangeForeground1, fontSize: tokens.fontSizeBase200, whiteSpace: 'nowrap' },
  status: { padding: `0 ${tokens.spacingHorizontalL} ${tokens.spacingVerticalS}` },
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
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
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

type Status = { intent: 'success' | 'error' | 'info'; title?: string; text: string } | null;

export interface WebAppProps {
  session: WorkbookSession;
  port: XlsxPort;
  env: PaneEnv;
}

export function WebApp({ session, port, env }: WebAppProps) {
  const styles = useStyles();
  const s = pageStrings(env.language);
  const theme = themeFor(env.dark);
  const host = useMemo(() => webHost(session, port, downloadBytes), [session, port]);
  const input = useRef<HTMLInputElement>(null);
  const [opened, setOpened] = useState(0); // a new pane for every file opened
  const [plans, setPlans] = useState<SheetPlan[]>([]);
  /** The first sheet of the latest generation: what the preview shows first. */
  const [latest, setLatest] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [location, setLocation] = useState<{ where: Location; sheet: SheetSnapshot | null } | null>(null);
  const [preview, setPreview] = useState<{ sheet: string | null } | null>(null);
  const [confirming, setConfirming] = useState(false);
  /** 保存回原文件 refused: the file changed on disk since it was read. */
  const [conflict, setConflict] = useState(false);
  /** Summaries generated since the last download or save: said beside the download button. */
  const [unsaved, setUnsaved] = useState(false);
  /** 「导入记录…」 open beside the pane, and the rows imported this visit (SPEC §9). */
  const [importing, setImporting] = useState(false);
  const [imported, setImported] = useState(0);
  const barRef = useRef<HTMLElement>(null);
  // The bar wraps at narrow widths and grows with a message: the sticky controls under it follow.
  useEffect(() => {
    const bar = barRef.current;
    if (!bar) return;
    // On the root, so the pane's sticky controls and the page's scroll padding can both use it.
    const measure = () => document.documentElement.style.setProperty('--qs-bar-height', `${bar.getBoundingClientRect().height}px`);
    measure();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(measure);
    observer.observe(bar);
    return () => observer.disconnect();
  }, []);

  useEffect(
    () =>
      session.subscribe((e) => {
        if (e.type === 'opened') {
          setOpened((n) => n + 1);
          setPlans([]);
          setLocation(null);
          setConflict(false);
          setUnsaved(false);
          setImported(0);
          setImporting(false);
        } else if (e.type === 'imported') {
          setUnsaved(true);
          setImported(session.imported);
        } else if (e.type === 'saved') {
          setUnsaved(false);
        } else if (e.type === 'reread') {
          setUnsaved(false);
          setPlans([]);
          setLocation(null);
          setConflict(false);
          setStatus({ intent: 'info', title: s.rereadTitle, text: s.reread(session.file?.name ?? '', e.dropped) });
        } else if (e.type === 'generated') {
          setUnsaved(true);
          setPlans(session.plans);
          setLatest(e.plans[0]?.name ?? null);
          setLocation(null);
        } else if (e.type === 'show') {
          const where = e.location;
          setImporting(false);
          if (session.plans.some((p) => p.name === where.sheet)) {
            setPreview({ sheet: where.sheet });
            return;
          }
          void host.readSnapshot().then((snap) => setLocation({ where, sheet: snap.sheets.find((x) => x.name === where.sheet) ?? null }));
        }
      }),
    [session, host, s],
  );

  const open = useCallback(
    async (read: () => Promise<OpenedFile | null>) => {
      setBusy(true);
      setStatus(null);
      setConfirming(false);
      try {
        const file = await read();
        if (!file) return;
        // Read before it counts as opened: a file the reader refuses is never shown as the page's
        // workbook, and the one open before stays open.
        const snapshot = await port.read(file.bytes, file.name);
        session.open(file);
        session.remember(snapshot);
      } catch (e) {
        // A closed picker is not a failure.
        if ((e as Error)?.name !== 'AbortError')
          setStatus({ intent: 'error', title: s.openFailed, text: (e as Error).message ?? String(e) });
      } finally {
        setBusy(false);
      }
    },
    [session, port, s],
  );

  const onOpenClick = () => {
    if (canSaveInPlace()) void open(pickWithHandle);
    else input.current?.click();
  };

  useEffect(() => {
    const over = (e: DragEvent) => {
      if (!e.dataTransfer || !Array.from(e.dataTransfer.types).includes('Files')) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      e.preventDefault();
      setDragging(false);
      const items = e.dataTransfer?.items;
      if (items) void open(() => readDropped(items));
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [open]);

  const file = session.file;
  const generated = plans.length > 0;
  // What can be downloaded or saved back: summaries generated, or rows imported.
  const changed = generated || imported > 0;
  const readBook = useCallback(() => host.readSnapshot(), [host]);

  const download = async () => {
    const bytes = session.current;
    if (!bytes) return;
    const name = session.downloadName;
    await downloadBytes(name, bytes, XLSX_MIME);
    session.saved('download', name);
    setStatus({ intent: 'success', text: s.downloaded(name) });
  };

  const saveBack = async () => {
    setConfirming(false);
    const bytes = session.current;
    if (!file || !bytes) return;
    try {
      if (!file.handle) return await download();
      // Someone may have edited and saved the file in Excel since the page read it: writing now
      // would throw their edits away, so the page refuses and lets the user choose.
      if ((await lookOnDisk(file)).state !== 'same') {
        setStatus(null);
        setConflict(true);
        return;
      }
      await saveInPlace(file.handle, bytes);
      const now = await file.handle.getFile?.().catch(() => null);
      session.savedInPlace(now ? { size: now.size, lastModified: now.lastModified } : null);
      session.saved('in-place', file.name);
      setStatus({ intent: 'success', text: s.savedInPlace(file.name) });
    } catch (e) {
      setStatus({ intent: 'error', title: s.saveFailed, text: (e as Error).message ?? String(e) });
    }
  };

  /** After a refused save: read the file as it is now (the summaries must then be generated again). */
  const reread = async () => {
    setConflict(false);
    try {
      await host.readSnapshot();
      setOpened((n) => n + 1); // a fresh pane over the content read now
    } catch (e) {
      setStatus({ intent: 'error', title: s.openFailed, text: (e as Error).message ?? String(e) });
    }
  };

  const beside = (importing && file !== null) || location !== null || plans.length > 0;

  return (
    <FluentProvider theme={theme} className={styles.provider} lang={env.language === 'zh' ? 'zh-CN' : 'en'}>
      <div className={styles.page}>
        <header className={styles.bar} ref={barRef}>
          <div className={styles.header}>
            <div className={styles.brand}>
              {/* The page's one title: the pane below shows none of its own here. */}
              <Title3 as="h1" className={styles.title}>
                {s.title}
              </Title3>
              <Caption1>{s.subtitle}</Caption1>
            </div>
            <div className={styles.file} aria-live="polite">
              {busy ? <Spinner size="tiny" label={s.busyOpening} /> : null}
              <Body1 data-testid="file-name" className={file ? styles.fileName : undefined}>
                {file ? s.opened(file.name, Math.ceil(file.bytes.length / 1024)) : s.noFile}
              </Body1>
              <Caption1>{s.openHint}</Caption1>
            </div>
            <div className={styles.actions} role="toolbar" aria-label={s.fileActions}>
              <Button appearance={file ? 'secondary' : 'primary'} icon={<FolderOpenRegular />} onClick={onOpenClick} disabled={busy}>
                {s.open}
              </Button>
              <Button icon={<ArrowImportRegular />} disabled={!file || busy} onClick={() => (setImporting(true), setLocation(null))}>
                {STRINGS[env.language].importOpen}
              </Button>
              <span className={styles.download}>
                <Button icon={<ArrowDownloadRegular />} disabled={!changed} onClick={() => void download()}>
                  {file && changed ? s.download(session.downloadName) : s.downloadSummary}
                </Button>
                {unsaved ? (
                  <span className={styles.unsaved} data-testid="unsaved">
                    {s.unsaved}
                  </span>
                ) : null}
              </span>
              {file?.handle ? (
                <Button icon={<SaveRegular />} disabled={!changed} onClick={() => setConfirming(true)}>
                  {s.saveBack}
                </Button>
              ) : null}
              <Button icon={<PrintRegular />} disabled={!generated} onClick={() => setPreview({ sheet: latest })}>
                {s.printPreview}
              </Button>
              <Link
                href={helpFor(HELP_URL, env.language)}
                target="_blank"
                rel="noopener"
                aria-label={STRINGS[env.language].helpLabel}
                className={styles.help}
              >
                <QuestionCircleRegular aria-hidden />
                {STRINGS[env.language].help}
              </Link>
            </div>
            <input
              ref={input}
              id="qs-file-input"
              className={styles.hidden}
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-label={s.open}
              tabIndex={-1}
              onChange={(e) => {
                const picked = e.currentTarget.files?.[0];
                e.currentTarget.value = ''; // the same file can be opened again
                if (picked) void open(() => readPicked(picked, null));
              }}
            />
          </div>
          {/* What the bar's actions did: in the bar, so it is in view whatever was scrolled. */}
          {status ? (
            <div className={styles.status}>
              <MessageBar intent={status.intent} layout="multiline" role={status.intent === 'error' ? 'alert' : 'status'}>
                <MessageBarBody>
                  {status.title ? <MessageBarTitle>{status.title}</MessageBarTitle> : null}
                  {status.text}
                </MessageBarBody>
                <MessageBarActions
                  containerAction={
                    <Button appearance="transparent" aria-label={s.close} icon={<DismissRegular />} onClick={() => setStatus(null)} />
                  }
                />
              </MessageBar>
            </div>
          ) : null}
          {conflict && file ? (
            <div className={styles.status}>
              <MessageBar intent="error" layout="multiline" role="alert" data-testid="save-conflict">
                <MessageBarBody>
                  <MessageBarTitle>{s.conflictTitle}</MessageBarTitle>
                  {s.conflict(file.name)}
                </MessageBarBody>
                <MessageBarActions>
                  <Button
                    appearance="primary"
                    onClick={() => {
                      setConflict(false);
                      void download();
                    }}
                  >
                    {s.conflictDownload}
                  </Button>
                  <Button onClick={() => void reread()}>{s.conflictReread}</Button>
                </MessageBarActions>
              </MessageBar>
            </div>
          ) : null}
          {confirming && file ? (
            // An inline confirmation rather than a modal: it stays next to what it is about, and
            // keyboard and screen-reader users meet it in reading order.
            <div className={styles.status}>
              <MessageBar intent="warning" layout="multiline" role="alert">
                <MessageBarBody>
                  <MessageBarTitle>{s.saveBack}</MessageBarTitle>
                  {s.saveBackConfirm(file.name)}
                </MessageBarBody>
                <MessageBarActions>
                  <Button appearance="primary" onClick={() => void saveBack()}>
                    {s.saveBackYes}
                  </Button>
                  <Button onClick={() => setConfirming(false)}>{s.cancel}</Button>
                </MessageBarActions>
              </MessageBar>
            </div>
          ) : null}
        </header>
        <div className={styles.body}>
          <div className={mergeClasses(styles.pane, beside && styles.paneBeside)}>
            <Pane key={opened} host={host} env={env} />
          </div>
          {beside ? (
            <aside
              className={styles.side}
              aria-label={
                importing && file ? STRINGS[env.language].importTitle : location ? s.rowTitle(location.where.sheet) : s.previewTitle
              }
            >
              {importing && file ? (
                <StringsContext.Provider value={STRINGS[env.language]}>
                  <ImportPanel
                    readBook={readBook}
                    readSource={async (f) => ({ name: f.name, ...(await port.readSource(new Uint8Array(await f.arrayBuffer()), f.name)) })}
                    importRows={(plan) => importIntoSession(session, port, plan.writes, plan.counts.new)}
                    onClose={() => setImporting(false)}
                  />
                </StringsContext.Provider>
              ) : location ? (
                <RowView location={location.where} sheet={location.sheet} strings={s} onClose={() => setLocation(null)} />
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
      {preview ? (
        <PrintView
          plans={plans}
          selected={preview.sheet}
          strings={s}
          theme={theme}
          onSelect={(sheet) => setPreview({ sheet })}
          onClose={() => setPreview(null)}
        />
      ) : null}
    </FluentProvider>
  );
}
