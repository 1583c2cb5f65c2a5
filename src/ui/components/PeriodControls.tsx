// What to do now: the period, 生成 (disabled, with the reason, while the workbook has errors),
// 校验 and 发布结果 — and, while 生成 runs, its progress. On the page the controls stick under the
// page's bar, and what an action scrolls into view lands below them (the document's scroll
// padding follows their height).
import { useEffect, useRef } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular, DocumentTableRegular } from '@fluentui/react-icons';
import type { Period } from '../../engine';
import { useStrings } from '../i18n';
import type { Busy, Phase } from '../useAssessment';
import { Button } from './Button';
import { PeriodPicker } from './PeriodPicker';
import { ProgressBar } from './ProgressBar';

const useStyles = makeStyles({
  buttons: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  sticky: {
    position: 'sticky',
    top: 'var(--qs-bar-height, 0px)',
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground1,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    '& > *': { maxWidth: '440px' },
  },
  blocked: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  progress: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
});

export interface PeriodControlsProps {
  layout: 'pane' | 'page';
  years: number[];
  period: Period;
  onChoose(period: Period): void;
  /** What the pane is doing, if anything: every control waits. */
  busy: Busy | null;
  /** False until the workbook has been read. */
  ready: boolean;
  /** Errors found at the last read: they stop 生成. */
  errorCount: number;
  onGenerate(): void;
  onValidate(): void;
  onPublish(): void;
}

export function PeriodControls(p: PeriodControlsProps) {
  const s = useStrings();
  const styles = useStyles();
  const controlsRef = useStickyScrollPadding(p.layout === 'page');
  const busy = p.busy !== null;
  return (
    <section ref={controlsRef} className={mergeClasses(styles.buttons, p.layout === 'page' && styles.sticky)} aria-label={s.period}>
      <PeriodPicker years={p.years} period={p.period} disabled={busy} onChange={p.onChoose} />
      <Button
        appearance="primary"
        icon={<DocumentTableRegular />}
        disabled={busy || !p.ready || p.errorCount > 0}
        aria-describedby={p.errorCount > 0 ? 'qs-generate-blocked' : undefined}
        onClick={p.onGenerate}
      >
        {s.generatePeriod(p.period)}
      </Button>
      {p.errorCount > 0 ? (
        // Disabled never without a reason: the errors found at the last read stop 生成.
        <span id="qs-generate-blocked" className={styles.blocked} data-testid="generate-blocked">
          {s.generateBlocked(p.errorCount)}
        </span>
      ) : null}
      <Button icon={<CheckmarkCircleRegular />} onClick={p.onValidate} disabled={busy || !p.ready}>
        {p.busy === 'validating' ? s.validating : s.validate}
      </Button>
      <Button onClick={p.onPublish} disabled={busy || !p.ready} data-testid="publish">
        {p.busy === 'publishing' ? s.publishing : s.publish}
      </Button>
    </section>
  );
}

/**
 * On the page: the document's scroll padding follows the sticky controls' height (and the bar's).
 * Set up once, and measured only when the observer reports (its first report comes as it starts
 * observing), after the browser's own layout: measuring in an effect after every render forced a
 * layout of the whole page each time — 0.4 s per progress step of 生成 on a slow PC once the
 * sheets' preview is on the page (test/web/large.e2e.test.ts).
 */
function useStickyScrollPadding(sticky: boolean) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const controls = ref.current;
    if (!sticky || !controls || typeof ResizeObserver !== 'function') return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => {
      root.style.scrollPaddingTop = `calc(var(--qs-bar-height, 0px) + ${controls.getBoundingClientRect().height + 8}px)`;
    });
    observer.observe(controls);
    return () => observer.disconnect();
  }, [sticky]);
  return ref;
}

/** 生成's progress, announced politely: read, score, then each sheet written. */
export function GenerateProgress({ busy, phase }: { busy: Busy | null; phase: Phase | null }) {
  const s = useStrings();
  const styles = useStyles();
  return (
    <div role="status" aria-live="polite" className={styles.progress} data-testid="progress">
      {busy === 'generating' ? (
        <>
          <ProgressBar value={phaseValue(phase)} max={1} aria-label={s.progressLabel} />
          <span>{phaseText(s, phase)}</span>
        </>
      ) : null}
    </div>
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
