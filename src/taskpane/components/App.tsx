// The task pane: one column, 320 px wide, keyboard-first (native order, Fluent's visible focus).
import { useEffect, useMemo, useState } from 'react';
import { Button, Divider, FluentProvider, ProgressBar, Field, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular, DocumentAddRegular, DocumentTableRegular, TableRegular, BeakerRegular } from '@fluentui/react-icons';
import type { Period } from '../../engine';
import type { WorkbookService } from '../../office';
import type { PaneEnv } from '../env';
import { STRINGS, StringsContext, useStrings } from '../i18n';
import { themeFor } from '../theme';
import { useAssessment, type Phase } from '../useAssessment';
import { defaultPeriod, yearChoices } from '../workflow';
import { ErrorBoundary } from './ErrorBoundary';
import { ErrorList } from './ErrorList';
import { NoticeBar } from './NoticeBar';
import { OverviewCard } from './OverviewCard';
import { PeriodPicker, type QuarterChoice } from './PeriodPicker';

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
  },
  buttons: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

export interface AppProps {
  service: WorkbookService;
  env: PaneEnv;
  /** Reloads the pane after a render error; defaults to reloading the page. */
  onReload?: () => void;
}

export function App({ service, env, onReload }: AppProps) {
  const styles = useStyles();
  const strings = STRINGS[env.language];
  return (
    <FluentProvider theme={themeFor(env.dark)} className={styles.provider} lang={env.language === 'zh' ? 'zh-CN' : 'en'}>
      <StringsContext.Provider value={strings}>
        <ErrorBoundary strings={strings} onReload={onReload}>
          <Pane service={service} />
        </ErrorBoundary>
      </StringsContext.Provider>
    </FluentProvider>
  );
}

function phaseText(s: ReturnType<typeof useStrings>, phase: Phase | null): string {
  if (!phase) return s.generating;
  if (phase.step === 'read') return s.phaseRead;
  if (phase.step === 'score') return s.phaseScore;
  return s.phaseWrite(phase.done, phase.total);
}

function phaseValue(phase: Phase | null): number | undefined {
  if (!phase) return undefined;
  if (phase.step === 'read') return 0.1;
  if (phase.step === 'score') return 0.3;
  return 0.3 + (0.7 * phase.done) / phase.total;
}

function Pane({ service }: { service: WorkbookService }) {
  const s = useStrings();
  const styles = useStyles();
  const a = useAssessment(service);
  const model = a.analysis?.model ?? null;
  const initial = useMemo(() => defaultPeriod(model), [model]);
  const [choice, setChoice] = useState<{ year: number; quarter: QuarterChoice } | null>(null);
  // Follow the workbook's latest quarter until the user picks one.
  useEffect(() => {
    if (model && !choice) setChoice(initial);
  }, [model, choice, initial]);
  const year = choice?.year ?? initial.year;
  const quarter = choice?.quarter ?? initial.quarter;
  const years = useMemo(() => yearChoices(model, year), [model, year]);
  const busy = a.busy !== null;

  const generate = (period: Period) => void a.generate(period);

  return (
    <main className={styles.root} aria-busy={busy}>
      <Title3 as="h1">{s.appTitle}</Title3>
      <NoticeBar notice={a.notice} onDismiss={a.dismiss} onOpenSheet={(name) => void a.goTo(name, null, null)} />
      <OverviewCard overview={a.analysis?.overview ?? null} busy={busy} onRefresh={() => void a.refresh()} />
      {a.analysis && !a.analysis.overview.hasUnitSheet ? <div>{s.emptyWorkbook}</div> : null}

      <PeriodPicker years={years} year={year} quarter={quarter} disabled={busy} onChange={(y, q) => setChoice({ year: y, quarter: q })} />
      <div className={styles.buttons}>
        <Button icon={<CheckmarkCircleRegular />} onClick={() => void a.validate()} disabled={busy}>
          {a.busy === 'validating' ? s.validating : s.validate}
        </Button>
        <Button
          appearance="primary"
          icon={<DocumentTableRegular />}
          disabled={busy || quarter === 'year'}
          onClick={() => quarter !== 'year' && generate({ kind: 'quarter', year, quarter })}
        >
          {s.generateQuarter}
        </Button>
        <Button icon={<TableRegular />} disabled={busy} onClick={() => generate({ kind: 'year', year })}>
          {s.generateYear}
        </Button>
        {quarter === 'year' ? <div>{s.yearNeedsYear}</div> : null}
      </div>
      {a.busy === 'generating' ? (
        <Field validationMessage={phaseText(s, a.phase)} validationState="none">
          <ProgressBar value={phaseValue(a.phase)} max={1} aria-label={s.generating} />
        </Field>
      ) : null}

      {a.showErrors && a.analysis ? (
        <ErrorList
          errors={a.analysis.errors}
          units={a.analysis.overview.units.total}
          events={a.analysis.overview.events}
          onGoTo={(sheet, row, col) => void a.goTo(sheet, row, col)}
        />
      ) : null}

      <Divider />
      <section aria-label={s.templateTitle} className={styles.buttons}>
        <Button icon={<DocumentAddRegular />} disabled={busy} onClick={() => void a.createTemplate()}>
          {s.createTemplate}
        </Button>
        <Button icon={<BeakerRegular />} disabled={busy} onClick={() => void a.insertSample()}>
          {s.insertSample}
        </Button>
      </section>
    </main>
  );
}
