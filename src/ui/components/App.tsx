// The pane: one column, 320 px wide, keyboard-first (native order, Fluent's visible focus).
// Top to bottom, in the order a first-time user needs them: what to do now (the period and the
// one main button, or 新建模板 / 插入示例数据 in a workbook not set up yet), what happened (notices,
// errors, the result), then what exists (generated summaries) and the rest.
import { Suspense, lazy, useCallback, useState } from 'react';
import { FluentProvider, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Button } from './Button';
import { Link } from './Link';
import { Title3 } from './Text';
import { ArrowImportRegular, BeakerRegular, DocumentAddRegular, QuestionCircleRegular } from '@fluentui/react-icons';
import { parsePeriod, type NoticePlan, type Snapshot } from '../../engine';
import type { PaneEnv } from '../env';
import type { WorkbookHost } from '../host';
import { StringsContext, useStrings } from '../i18n';
import { useLook } from '../look';
import { useAssessment } from '../useAssessment';
import { usePeriodChoice } from '../usePeriodChoice';
import { missingSetup } from '../workflow';
import { ErrorBoundary } from './ErrorBoundary';
import { ErrorList } from './ErrorList';
import { FirstRun } from './FirstRun';
import { UnreadSheets } from './UnreadSheets';
import { GeneratedList } from './GeneratedList';
import { NoticeBar } from './NoticeBar';
import { OverviewCard } from './OverviewCard';
import { GenerateProgress, PeriodControls } from './PeriodControls';
import { useFocusAfterAction } from './useFocusAfterAction';
import { ResultsView } from './ResultsView';
import { WarningsBar } from './WarningsBar';
import { FollowUpList } from './FollowUpList';
import { NoticeDownload } from './NoticeDownload';

// 「导入记录…」 (Fluent's Card and Select, the engine's import planning) loads when it is opened:
// a first screen never shows it (the pane's weight budget, docs/BENCHMARKS.md). The page folds
// the chunk into its one script (webpack.web.config.js).
const ImportPanel = lazy(() => import(/* webpackChunkName: "import" */ './ImportPanel').then((m) => ({ default: m.ImportPanel })));

const useStyles = makeStyles({
  provider: { minHeight: '100vh' },
  root: {
    boxSizing: 'border-box',
    width: '100%',
    maxWidth: '480px',
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    // Long sheet and unit names wrap instead of pushing the pane sideways (200% zoom).
    overflowWrap: 'anywhere',
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
  title: { margin: 0 },
  help: { display: 'inline-flex', alignItems: 'center', columnGap: '2px' },
  more: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  summary: { cursor: 'pointer' },
  pageRoot: { maxWidth: 'none' },
  // Buttons as wide as a pane's, not as the page's column.
  narrow: { maxWidth: '440px' },
});

/** What a host page passes besides its WorkbookHost. */
export interface PaneOptions {
  env: PaneEnv;
  /** The help page (default: help/index.html next to the pane, as the build emits it). */
  helpUrl?: string;
  /**
   * Writes the 考核通报 (.docx) from the use case's notice plan. Offered only where the host can
   * also save a file (host.download); elsewhere the pane says how to get it. Injected, so the UI
   * bundle does not carry the writer where it cannot be used.
   */
  writeNotice?: (plan: NoticePlan) => Promise<Uint8Array>;
  /** Reloads the pane after a render error; defaults to reloading the page. */
  onReload?: () => void;
  /**
   * The browser page's layout: the page's own bar carries the title (shown once, as the page's
   * h1), the pane may be as wide as the page gives it, and the period and 生成 stay in view under
   * the page's fixed bar (`--qs-bar-height`) instead of scrolling away. The add-in panes keep the
   * defaults: a 320 px pane at 200 % zoom has no room for sticky controls.
   */
  layout?: 'pane' | 'page';
  /**
   * Reads an import's source file (.xlsx or .csv) into a Snapshot (SPEC §9). Injected by the
   * composition root, so the UI carries no file reader; with host.appendRows it offers 「导入记录…」.
   */
  readImportSource?: (bytes: Uint8Array, name: string) => Promise<{ snapshot: Snapshot; encoding: string | null }>;
  /** The user's clock (tests fix it): picks the default period and dates the notice. */
  today?: () => Date;
}

/** The guide in the pane's language: help/index.html is Chinese, help/en.html the same text in English. */
export function helpFor(url: string, language: PaneEnv['language']): string {
  return language === 'en' ? url.replace(/index\.html(#.*)?$/, 'en.html$1') : url;
}

/** Stable across renders, so memos keyed on the clock keep. */
const systemClock = () => new Date();

export interface AppProps extends PaneOptions {
  host: WorkbookHost;
}

export function App({ host, env, helpUrl, writeNotice, onReload, readImportSource, today = systemClock, layout = 'pane' }: AppProps) {
  const styles = useStyles();
  // The English words and the dark theme are chunks of their own: mountPane loads them first; a
  // pane rendered directly (tests) shows once they are in.
  const look = useLook(env);
  if (!look) return null;
  return (
    <FluentProvider theme={look.theme} className={styles.provider} lang={env.language === 'zh' ? 'zh-CN' : 'en'}>
      <StringsContext.Provider value={look.strings}>
        <ErrorBoundary strings={look.strings} onReload={onReload}>
          <Pane
            host={host}
            helpUrl={helpFor(helpUrl ?? 'help/index.html', env.language)}
            writeNotice={writeNotice}
            readImportSource={readImportSource}
            today={today}
            layout={layout}
          />
        </ErrorBoundary>
      </StringsContext.Provider>
    </FluentProvider>
  );
}

interface PaneProps {
  host: WorkbookHost;
  helpUrl: string;
  writeNotice: PaneOptions['writeNotice'];
  readImportSource: PaneOptions['readImportSource'];
  today: () => Date;
  layout: NonNullable<PaneOptions['layout']>;
}

function Pane({ host, helpUrl, writeNotice, readImportSource, today, layout }: PaneProps) {
  const s = useStrings();
  const styles = useStyles();
  const a = useAssessment(host, today);
  const { period, years, choose } = usePeriodChoice(host, a.analysis, today);
  const busy = a.busy !== null;
  // The page has 「导入记录…」 in its own toolbar; Excel and WPS offer it here.
  const canImport = host.kind !== 'web' && typeof host.appendRows === 'function' && readImportSource !== undefined;
  const [importing, setImporting] = useState(false);
  const readBook = useCallback(() => host.readSnapshot(), [host]);
  const focusRefs = useFocusAfterAction(a.focusTick, a.focus);

  const overview = a.analysis?.overview ?? null;
  const missing = overview ? missingSetup(overview) : [];
  const firstRun = overview !== null && missing.length > 0;
  const shown = a.shown;
  const errorCount = a.analysis?.errors.length ?? 0;
  // Only the page can have no workbook at all (the add-ins always run inside one, saved or not).
  const noFile = host.kind === 'web' && !host.bookName?.();
  const existing = new Set(a.generated.map((g) => g.name));

  return (
    <main className={mergeClasses(styles.root, layout === 'page' && styles.pageRoot)} aria-busy={busy}>
      {/* On the page, the title and 帮助 are in the page's own bar. */}
      {layout === 'pane' ? (
        <div className={styles.header}>
          <Title3 as="h1" className={styles.title}>
            {s.appTitle}
          </Title3>
          <Link href={helpUrl} target="_blank" rel="noopener" aria-label={s.helpLabel} className={styles.help}>
            <QuestionCircleRegular aria-hidden />
            {s.help}
          </Link>
        </div>
      ) : null}

      {firstRun ? (
        <div className={layout === 'page' ? styles.narrow : undefined}>
          <FirstRun
            missing={missing}
            started={overview.hasUnitSheet || overview.eventSheets.length > 0}
            hasUnreadData={overview.unread.length > 0}
            busy={busy}
            // On the page with no file yet, the bar's 打开工作簿… is the one primary button.
            primary={!noFile}
            noFile={noFile}
            onTemplate={() => void a.createTemplate()}
            onSample={() => void a.insertSample()}
          />
        </div>
      ) : (
        <PeriodControls
          layout={layout}
          years={years}
          period={period}
          onChoose={choose}
          busy={a.busy}
          ready={overview !== null}
          errorCount={errorCount}
          onGenerate={() => void a.generate(period)}
          onValidate={() => void a.validate(period)}
          onPublish={() => void a.publish(period)}
        />
      )}

      <GenerateProgress busy={a.busy} phase={a.phase} />

      <NoticeBar
        ref={focusRefs.notice}
        notice={a.notice}
        onDismiss={a.dismiss}
        onOpenSheet={(name) => void a.goTo(name, null, null)}
        onRepublish={(p, action, reason) => void (action === 'generate' ? a.generate(p, reason) : a.publish(p, reason))}
      />
      {overview ? <UnreadSheets unread={overview.unread} /> : null}
      {canImport && overview && overview.unread.length > 0 && !importing ? (
        <Button icon={<ArrowImportRegular />} disabled={busy} onClick={() => setImporting(true)}>
          {s.importOpen}
        </Button>
      ) : null}
      {canImport && importing ? (
        <Suspense fallback={null}>
          <ImportPanel
            readBook={readBook}
            readSource={async (f) => ({ name: f.name, ...(await readImportSource!(new Uint8Array(await f.arrayBuffer()), f.name)) })}
            importRows={async (plan) => {
              await host.appendRows!(plan.writes, plan.counts.new);
              await a.refresh();
            }}
            onClose={() => setImporting(false)}
          />
        </Suspense>
      ) : null}
      {noFile ? null : <OverviewCard overview={overview} busy={busy} onRefresh={() => void a.refresh()} />}

      {a.showErrors && a.analysis ? (
        <ErrorList
          ref={focusRefs.errors}
          errors={a.analysis.errors}
          units={a.analysis.overview.units.total}
          events={a.analysis.overview.events}
          sheets={a.analysis.overview.sheets}
          stale={a.stale}
          busy={busy}
          onRevalidate={() => void a.validate(period)}
          onWriteList={() => void a.writeErrorList()}
          onGoTo={(sheet, row, col) => void a.goTo(sheet, row, col)}
        />
      ) : null}

      {shown && a.analysis ? (
        <>
          <ResultsView
            ref={focusRefs.results}
            intro={
              <>
                {shown.sheets ? (
                  <GeneratedNote
                    sheets={shown.sheets.filter((n) => existing.has(n))}
                    web={host.kind === 'web'}
                    onOpen={(n) => void a.goTo(n, null, null)}
                  />
                ) : null}
                <WarningsBar warnings={shown.warnings} />
                <FollowUpList followUp={shown.followUp} onGoTo={(sheet, row) => void a.goTo(sheet, row, null)} />
              </>
            }
            result={shown.result}
            params={a.analysis.model.rules.params}
            ladder={a.analysis.model.rules.ladder}
            periodName={s.periodName(shown.period)}
            onGoTo={(sheet, row) => void a.goTo(sheet, row, null)}
          />
          <NoticeDownload notice={shown.notice} writeNotice={writeNotice} download={host.download} bookName={host.bookName} />
        </>
      ) : null}

      {!firstRun && overview ? (
        <GeneratedList
          ref={focusRefs.generated}
          sheets={a.generated}
          busy={busy}
          onOpen={(name) => void a.goTo(name, null, null)}
          onRegenerate={(p) => {
            const chosen = parsePeriod(p);
            if (!chosen) return;
            choose(chosen);
            void a.generate(chosen);
          }}
          onDelete={(p) => void a.deletePeriod(p)}
        />
      ) : null}

      {!firstRun && overview ? (
        <details>
          <summary className={styles.summary}>{s.moreActions}</summary>
          <div className={styles.more}>
            <Button icon={<DocumentAddRegular />} disabled={busy} onClick={() => void a.createTemplate()}>
              {s.createTemplate}
            </Button>
            <Button icon={<BeakerRegular />} disabled={busy} onClick={() => void a.insertSample()}>
              {s.insertSample}
            </Button>
            {canImport ? (
              <Button icon={<ArrowImportRegular />} disabled={busy || importing} onClick={() => setImporting(true)}>
                {s.importOpen}
              </Button>
            ) : null}
          </div>
        </details>
      ) : null}
    </main>
  );
}

/** After 生成: the sheets written, each a link, and how to print them. */
function GeneratedNote({ sheets, web, onOpen }: { sheets: string[]; web: boolean; onOpen(name: string): void }) {
  const s = useStrings();
  if (sheets.length === 0) return null;
  return (
    <div data-testid="generated-note">
      <div>{s.generated(sheets.length, web)}</div>
      {sheets.map((name) => (
        <div key={name}>
          <Link as="button" onClick={() => onOpen(name)}>
            {s.openSheet(name)}
          </Link>
        </div>
      ))}
    </div>
  );
}
