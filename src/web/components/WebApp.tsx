// The browser page: the task pane's UI over an .xlsx file, with what a file needs around it —
// open (button or drag-and-drop), download the summary workbook, save back to the original file
// (File System Access API, after a confirmation), the print view, and the row view that shows
// where an error is. The pane decides nothing about files; this shell decides nothing about
// scoring.
import {
  Body1,
  Button,
  Caption1,
  Card,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, ArrowImportRegular, FolderOpenRegular, PrintRegular, SaveRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SheetPlan, SheetSnapshot } from '../../engine';
import type { PaneEnv } from '../../ui/env';
import { themeFor } from '../../ui/theme';
import { canSaveInPlace, downloadBytes, pickWithHandle, readDropped, readPicked, saveInPlace } from '../files';
import { importIntoSession, webHost, XLSX_MIME } from '../host';
import { Pane } from '../pane';
import type { Location, OpenedFile, WorkbookSession } from '../session';
import { pageStrings } from '../strings';
import type { XlsxPort } from '../xlsx-port';
import { ImportPanel } from '../../ui/components/ImportPanel';
import { STRINGS, StringsContext } from '../../ui/i18n';
import { PrintView } from './PrintView';
import { RowView } from './RowView';
import { SheetPreview } from './SheetPreview';

const useStyles = makeStyles({
  provider: { minHeight: '100vh' },
  page: { display: 'flex', flexDirection: 'column', minHeight: '100vh' },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  brand: { display: 'flex', flexDirection: 'column', marginRight: 'auto' },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  fileLine: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
  },
  body: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalL,
    padding: `0 ${tokens.spacingHorizontalS}`,
  },
  pane: { flex: '0 1 420px', minWidth: '280px' },
  side: {
    flex: '1 1 420px',
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
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
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
  const [importing, setImporting] = useState(false);
  const [imported, setImported] = useState(0);

  useEffect(
    () =>
      session.subscribe((e) => {
        if (e.type === 'opened') {
          setOpened((n) => n + 1);
          setPlans([]);
          setLocation(null);
          setImported(0);
          setImporting(false);
        } else if (e.type === 'imported') {
          setImported(session.imported);
        } else if (e.type === 'generated') {
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
    [session, host],
  );

  const open = useCallback(
    async (read: () => Promise<OpenedFile | null>) => {
      setBusy(true);
      setStatus(null);
      try {
        const file = await read();
        if (file) session.open(file);
      } catch (e) {
        // A closed picker is not a failure.
        if ((e as Error)?.name !== 'AbortError')
          setStatus({ intent: 'error', title: s.openFailed, text: (e as Error).message ?? String(e) });
      } finally {
        setBusy(false);
      }
    },
    [session, s],
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
  const changed = generated || imported > 0;
  const readBook = useCallback(() => host.readSnapshot(), [host]);

  const download = async () => {
    const bytes = session.current;
    if (!bytes) return;
    await downloadBytes(session.downloadName, bytes, XLSX_MIME);
    setStatus({ intent: 'success', text: s.downloaded(session.downloadName) });
  };

  const saveBack = async () => {
    setConfirming(false);
    const bytes = session.current;
    if (!file || !bytes) return;
    try {
      if (file.handle) {
        await saveInPlace(file.handle, bytes);
        session.saved('in-place', file.name);
        setStatus({ intent: 'success', text: s.savedInPlace(file.name) });
      } else {
        await download();
      }
    } catch (e) {
      setStatus({ intent: 'error', title: s.saveFailed, text: (e as Error).message ?? String(e) });
    }
  };

  return (
    <FluentProvider theme={theme} className={styles.provider} lang={env.language === 'zh' ? 'zh-CN' : 'en'}>
      <div className={styles.page}>
        <header className={styles.header}>
          <div className={styles.brand}>
            {/* Not a heading: the pane's own h1 names the page; this is the brand line above it. */}
            <Title2 as="span">{s.title}</Title2>
            <Caption1>{s.subtitle}</Caption1>
          </div>
          <div className={styles.actions} role="toolbar" aria-label={s.title}>
            <Button appearance={file ? 'secondary' : 'primary'} icon={<FolderOpenRegular />} onClick={onOpenClick} disabled={busy}>
              {s.open}
            </Button>
            <Button icon={<ArrowImportRegular />} disabled={!file || busy} onClick={() => (setImporting(true), setLocation(null))}>
              {STRINGS[env.language].importOpen}
            </Button>
            <Button icon={<ArrowDownloadRegular />} disabled={!changed} onClick={() => void download()}>
              {file ? s.download(session.downloadName) : s.downloadSummary}
            </Button>
            {file?.handle ? (
              <Button icon={<SaveRegular />} disabled={!changed} onClick={() => setConfirming(true)}>
                {s.saveBack}
              </Button>
            ) : null}
            <Button icon={<PrintRegular />} disabled={!generated} onClick={() => setPreview({ sheet: null })}>
              {s.printPreview}
            </Button>
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
        </header>
        <div className={styles.fileLine} aria-live="polite">
          {busy ? <Spinner size="tiny" label={s.busyOpening} /> : null}
          <Body1 data-testid="file-name">{file ? s.opened(file.name, Math.ceil(file.bytes.length / 1024)) : s.noFile}</Body1>
          <Caption1>{s.openHint}</Caption1>
        </div>
        {status ? (
          <div className={styles.fileLine}>
            <MessageBar intent={status.intent} layout="multiline" role={status.intent === 'error' ? 'alert' : 'status'}>
              <MessageBarBody>
                {status.title ? <MessageBarTitle>{status.title}</MessageBarTitle> : null}
                {status.text}
              </MessageBarBody>
            </MessageBar>
          </div>
        ) : null}
        {confirming && file ? (
          // An inline confirmation rather than a modal: it stays next to what it is about, and
          // keyboard and screen-reader users meet it in reading order.
          <div className={styles.fileLine}>
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
        <div className={styles.body}>
          <div className={styles.pane}>
            <Pane key={opened} host={host} env={env} />
          </div>
          <aside
            className={styles.side}
            aria-label={
              importing && file
                ? STRINGS[env.language].importTitle
                : location
                  ? s.rowTitle(location.where.sheet)
                  : plans.length > 0
                    ? s.previewTitle
                    : s.welcomeTitle
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
            ) : plans.length > 0 ? (
              <SheetPreview key={`${latest}|${plans.length}`} plans={plans} initial={latest} strings={s} />
            ) : (
              <Card>
                <Subtitle2 as="h2">{s.welcomeTitle}</Subtitle2>
                <ol className={styles.steps}>
                  {s.welcome.map((line) => (
                    <li key={line}>
                      <Body1>{line}</Body1>
                    </li>
                  ))}
                </ol>
                <Caption1>{s.privacy}</Caption1>
              </Card>
            )}
          </aside>
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
