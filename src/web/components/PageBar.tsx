// The page's bar: the title, the open file, what to do with it (open, import, download, save
// back, print, help) and what those actions did. It stays at the top whatever is scrolled, and
// publishes its height (--qs-bar-height) for the pane's sticky controls under it.
import { Body1, Button, Caption1, Link, Spinner, Title3, makeStyles, tokens } from '@fluentui/react-components';
import {
  ArrowDownloadRegular,
  ArrowImportRegular,
  DismissRegular,
  FolderOpenRegular,
  PrintRegular,
  QuestionCircleRegular,
  SaveRegular,
} from '@fluentui/react-icons';
import { useEffect, useRef } from 'react';
import { helpFor } from '../../ui/components/App';
// The UI's own MessageBar (issue 21): Fluent's weighs more than the page needs for a static notice.
import { FileInput } from '../../ui/components/FileInput';
import { MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '../../ui/components/MessageBar';
import type { Language } from '../../ui/env';
import { STRINGS } from '../../ui/strings';
import { canSaveInPlace, pickWithHandle, readPicked } from '../files';
import { HELP_URL } from '../pane';
import type { WorkbookSession } from '../session';
import type { PageStrings } from '../strings';
import type { PageFile } from './usePageFile';

const useStyles = makeStyles({
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
});

export interface PageBarProps {
  page: PageFile;
  session: WorkbookSession;
  s: PageStrings;
  language: Language;
}

export function PageBar({ page, session, s, language }: PageBarProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
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

  const file = session.file;
  const generated = page.plans.length > 0;
  // What can be downloaded or saved back: summaries generated, or rows imported.
  const changed = generated || page.imported > 0;
  const words = STRINGS[language];
  const onOpenClick = () => {
    if (canSaveInPlace()) void page.open(pickWithHandle);
    else input.current?.click();
  };

  return (
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
          {page.busy ? <Spinner size="tiny" label={s.busyOpening} /> : null}
          <Body1 data-testid="file-name" className={file ? styles.fileName : undefined}>
            {file ? s.opened(file.name, Math.ceil(file.bytes.length / 1024)) : s.noFile}
          </Body1>
          <Caption1>{s.openHint}</Caption1>
        </div>
        <div className={styles.actions} role="toolbar" aria-label={s.fileActions}>
          <Button appearance={file ? 'secondary' : 'primary'} icon={<FolderOpenRegular />} onClick={onOpenClick} disabled={page.busy}>
            {s.open}
          </Button>
          <Button icon={<ArrowImportRegular />} disabled={!file || page.busy} onClick={() => page.setImporting(true)}>
            {words.importOpen}
          </Button>
          <span className={styles.download}>
            <Button icon={<ArrowDownloadRegular />} disabled={!changed} onClick={() => void page.download()}>
              {file && changed ? s.download(session.downloadName) : s.downloadSummary}
            </Button>
            {page.unsaved ? (
              <span className={styles.unsaved} data-testid="unsaved">
                {s.unsaved}
              </span>
            ) : null}
          </span>
          {file?.handle ? (
            <Button icon={<SaveRegular />} disabled={!changed} onClick={() => page.setConfirming(true)}>
              {s.saveBack}
            </Button>
          ) : null}
          <Button icon={<PrintRegular />} disabled={!generated} onClick={() => page.setPreview({ sheet: page.latest })}>
            {s.printPreview}
          </Button>
          <Link href={helpFor(HELP_URL, language)} target="_blank" rel="noopener" aria-label={words.helpLabel} className={styles.help}>
            <QuestionCircleRegular aria-hidden />
            {words.help}
          </Link>
        </div>
        <FileInput
          ref={input}
          id="qs-file-input"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          label={s.open}
          onFile={(picked) => void page.open(() => readPicked(picked, null))}
        />
      </div>
      <PageMessages page={page} fileName={file?.name ?? null} s={s} className={styles.status} />
    </header>
  );
}

/** What the bar's actions did, in the bar, so it is in view whatever was scrolled. */
function PageMessages({ page, fileName, s, className }: { page: PageFile; fileName: string | null; s: PageStrings; className: string }) {
  const { status } = page;
  return (
    <>
      {status ? (
        <div className={className}>
          <MessageBar intent={status.intent} layout="multiline" role={status.intent === 'error' ? 'alert' : 'status'}>
            <MessageBarBody>
              {status.title ? <MessageBarTitle>{status.title}</MessageBarTitle> : null}
              {status.text}
            </MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button appearance="transparent" aria-label={s.close} icon={<DismissRegular />} onClick={() => page.setStatus(null)} />
              }
            />
          </MessageBar>
        </div>
      ) : null}
      {page.conflict && fileName ? (
        <div className={className}>
          <MessageBar intent="error" layout="multiline" role="alert" data-testid="save-conflict">
            <MessageBarBody>
              <MessageBarTitle>{s.conflictTitle}</MessageBarTitle>
              {s.conflict(fileName)}
            </MessageBarBody>
            <MessageBarActions>
              <Button appearance="primary" onClick={page.downloadInstead}>
                {s.conflictDownload}
              </Button>
              <Button onClick={() => void page.reread()}>{s.conflictReread}</Button>
            </MessageBarActions>
          </MessageBar>
        </div>
      ) : null}
      {page.confirming && fileName ? (
        // An inline confirmation rather than a modal: it stays next to what it is about, and
        // keyboard and screen-reader users meet it in reading order.
        <div className={className}>
          <MessageBar intent="warning" layout="multiline" role="alert">
            <MessageBarBody>
              <MessageBarTitle>{s.saveBack}</MessageBarTitle>
              {s.saveBackConfirm(fileName)}
            </MessageBarBody>
            <MessageBarActions>
              <Button appearance="primary" onClick={() => void page.saveBack()}>
                {s.saveBackYes}
              </Button>
              <Button onClick={() => page.setConfirming(false)}>{s.cancel}</Button>
            </MessageBarActions>
          </MessageBar>
        </div>
      ) : null}
    </>
  );
}
