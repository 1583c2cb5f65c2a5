// The pane's state and actions. Every workbook call goes through the host's WorkbookHost; every
// failure ends as a notice the user can read, never as a blank pane.
import { useCallback, useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { assess, readWorkbook, ymdOf, type Assessment, type FollowUp, type NoticePlan, type Period, type Result } from '../engine';
import { asWorkbookError, WorkbookError, type GeneratedSheet, type WorkbookHost } from './host';
import type { Analysis } from './workflow';

export type Busy = 'reading' | 'validating' | 'generating' | 'template' | 'sample' | 'deleting' | 'error-list' | 'publishing';

export type Phase = { step: 'read' } | { step: 'score' } | { step: 'write'; done: number; total: number };

export type Notice =
  | { type: 'error'; error: WorkbookError }
  | { type: 'created'; action: 'template' | 'sample'; created: string[]; skipped: string[]; warnings: string[]; downloaded?: string }
  | { type: 'deleted'; period: string }
  | { type: 'error-list'; sheet: string; warnings: string[] }
  /** 发布结果 done, or nothing to do (the period is published with these numbers). */
  | { type: 'published'; message: string; warnings: string[]; done: boolean }
  /**
   * SPEC §10: the period was published and its numbers changed; generating or publishing it again
   * needs the user's confirmation with a reason (the command's --republish --reason).
   */
  | { type: 'republish'; period: Period; action: 'generate' | 'publish'; message: string };

/** The period's result, from a clean 校验 (not written) or from 生成 (written: `sheets`). */
export interface Shown {
  period: Period;
  result: Result;
  /** Sheets written by 生成; null when the result comes from 校验. */
  sheets: string[] | null;
  warnings: string[];
  /** The period's 考核通报, drawn when the user asks for it. */
  notice: () => NoticePlan;
  /** 历史未闭环事项 and the period's overdue ones (SPEC §10). */
  followUp: FollowUp;
}

/** Where focus goes after an action, so keyboard and screen-reader users land on what it produced. */
export type FocusTarget = 'results' | 'errors' | 'notice' | 'generated' | null;

export interface AssessmentState {
  analysis: Analysis | null;
  busy: Busy | null;
  phase: Phase | null;
  /** True once the user asked to validate (or a generation stopped on errors): show the list. */
  showErrors: boolean;
  /** A sheet changed after the errors were listed (worksheet onChanged). */
  stale: boolean;
  shown: Shown | null;
  generated: GeneratedSheet[];
  notice: Notice | null;
  /** Bumped with every action that produced something; `focus` says what. */
  focusTick: number;
  focus: FocusTarget;
}

export interface AssessmentActions {
  refresh(): Promise<void>;
  validate(period: Period): Promise<void>;
  /** `reason`: a republish the user confirmed (SPEC §10). */
  generate(period: Period, reason?: string): Promise<void>;
  /** 发布结果: the period's results recorded in the 发布记录 sheet; `reason` for a republish. */
  publish(period: Period, reason?: string): Promise<void>;
  createTemplate(): Promise<void>;
  insertSample(): Promise<void>;
  deletePeriod(period: string): Promise<void>;
  /** 写入错误清单: the errors on screen as a marked sheet, each row linking to its cell. */
  writeErrorList(): Promise<void>;
  goTo(sheet: string, row: number | null, column: number | null): Promise<void>;
  dismiss(): void;
}

/** What the pane shows of an assessment: its result, warnings (the engine's, then the host's) and follow-up. */
function shownOf(
  a: Assessment & { ok: true },
  period: Period,
  more: { sheets: string[] | null; warnings: string[]; notice: Shown['notice'] },
): Shown {
  return {
    period,
    result: a.result,
    sheets: more.sheets,
    warnings: [...a.warnings.map((w) => w.message), ...more.warnings],
    notice: more.notice,
    followUp: a.followUp(),
  };
}

/**
 * One action at a time (a second click while the host is busy would only queue a conflicting
 * batch): `busy` while it runs, its patch applied when it ends — focus moved to what it produced —
 * or its error shown as the notice.
 */
function useGuarded(setState: Dispatch<SetStateAction<AssessmentState>>) {
  const running = useRef(false);
  return useCallback(
    async (busy: Busy, work: () => Promise<Partial<AssessmentState>>) => {
      if (running.current) return;
      running.current = true;
      setState((s) => ({ ...s, busy, notice: null }));
      try {
        const patch = await work();
        setState((s) => ({ ...s, ...patch, busy: null, phase: null, focusTick: patch.focus ? s.focusTick + 1 : s.focusTick }));
      } catch (e) {
        setState((s) => ({
          ...s,
          busy: null,
          phase: null,
          notice: { type: 'error', error: asWorkbookError(e) },
          focus: 'notice',
          focusTick: s.focusTick + 1,
        }));
      } finally {
        running.current = false;
      }
    },
    [setState],
  );
}

export function useAssessment(host: WorkbookHost, today: () => Date): AssessmentState & AssessmentActions {
  const [state, setState] = useState<AssessmentState>({
    analysis: null,
    busy: 'reading',
    phase: null,
    showErrors: false,
    stale: false,
    shown: null,
    generated: [],
    notice: null,
    focusTick: 0,
    focus: null,
  });
  const update = useCallback((patch: Partial<AssessmentState>) => setState((s) => ({ ...s, ...patch })), []);
  const guarded = useGuarded(setState);

  const read = useCallback(async () => readWorkbook(await host.readSnapshot()), [host]);
  // The list of generated sheets is secondary: if it cannot be read, the pane still works.
  const listGenerated = useCallback(() => host.generatedSheets().catch(() => [] as GeneratedSheet[]), [host]);

  const assessed = useCallback(
    (analysis: Analysis, period: Period): Assessment => assess(analysis, { period, today: ymdOf(today()) }),
    [today],
  );

  const refresh = useCallback(
    () => guarded('reading', async () => ({ analysis: await read(), generated: await listGenerated(), stale: false })),
    [guarded, read, listGenerated],
  );

  const validate = useCallback(
    (period: Period) =>
      guarded('validating', async () => {
        const analysis = await read();
        // The list too: a read may have found the file changed (the page then drops what it generated).
        const generated = await listGenerated();
        const a = assessed(analysis, period);
        if (!a.ok) return { analysis, generated, showErrors: true, stale: false, shown: null, focus: 'errors' as const };
        // SPEC §10: the notice of a published period whose numbers changed is not drawn again until
        // it is republished (生成 asks for the reason); saying why is the download's answer.
        const regen = a.regeneration();
        const notice = regen.allowed
          ? a.notice
          : () => {
              throw new WorkbookError('unknown', regen.message);
            };
        const shown = shownOf(a, period, { sheets: null, warnings: [], notice });
        return { analysis, generated, showErrors: true, stale: false, shown, focus: 'results' as const };
      }),
    [guarded, read, assessed, listGenerated],
  );

  const generate = useCallback(
    (period: Period, reason?: string) =>
      guarded('generating', async () => {
        update({ phase: { step: 'read' } });
        const analysis = await read();
        if (analysis.errors.length > 0) return { analysis, showErrors: true, stale: false, shown: null, focus: 'errors' as const };
        update({ analysis, phase: { step: 'score' } });
        const a = assessed(analysis, period);
        if (!a.ok) return { analysis, showErrors: true, stale: false, shown: null, focus: 'errors' as const };
        // A published period whose numbers changed: only as a republish the user confirmed.
        const regen = a.regeneration(reason ? { republish: true, reason } : undefined);
        if (!regen.allowed) {
          const notice: Notice = { type: 'republish', period, action: 'generate', message: regen.message };
          return { analysis, notice, focus: 'notice' as const };
        }
        const plans = regen.republish ? [...a.sheets(), regen.republish.plan] : a.sheets();
        const outcome = await host.renderPlans(plans, (done, total) => update({ phase: { step: 'write', done, total } }));
        const shown = shownOf(a, period, { sheets: outcome.written, warnings: outcome.warnings, notice: a.notice });
        return { shown, showErrors: false, stale: false, generated: await listGenerated(), focus: 'results' as const };
      }),
    [guarded, read, host, update, listGenerated, assessed],
  );

  const publish = useCallback(
    (period: Period, reason?: string) =>
      guarded('publishing', async () => {
        const analysis = await read();
        const a = assessed(analysis, period);
        if (!a.ok) return { analysis, showErrors: true, stale: false, shown: null, focus: 'errors' as const };
        const outcome = a.publish(reason ? { republish: true, reason } : undefined);
        if (!outcome.ok) {
          const notice: Notice =
            outcome.kind === 'refused'
              ? { type: 'republish', period, action: 'publish', message: outcome.message }
              : { type: 'published', message: outcome.message, warnings: [], done: false };
          return { analysis, notice, focus: 'notice' as const };
        }
        const written = await host.renderPlans([outcome.plan]);
        const notice: Notice = { type: 'published', message: outcome.message, warnings: written.warnings, done: true };
        return { analysis: await read(), notice, generated: await listGenerated(), focus: 'notice' as const };
      }),
    [guarded, read, host, listGenerated, assessed],
  );

  const writeSheets = useCallback(
    (action: 'template' | 'sample', write: () => ReturnType<WorkbookHost['createTemplate']>) =>
      guarded(action, async () => {
        const outcome = await write();
        return {
          notice: { type: 'created', action, ...outcome },
          analysis: await read(),
          showErrors: false,
          shown: null,
          focus: 'notice' as const,
        };
      }),
    [guarded, read],
  );

  const createTemplate = useCallback(() => writeSheets('template', () => host.createTemplate()), [writeSheets, host]);
  const insertSample = useCallback(() => writeSheets('sample', () => host.insertSample()), [writeSheets, host]);

  const deletePeriod = useCallback(
    (period: string) =>
      guarded('deleting', async () => {
        await host.deleteGenerated(period);
        return {
          notice: { type: 'deleted', period },
          // The result on screen stays (the engine's, not the sheets'); its links follow `generated`.
          generated: await listGenerated(),
          focus: 'notice' as const,
        };
      }),
    [guarded, host, listGenerated],
  );

  const writeErrorList = useCallback(
    () =>
      guarded('error-list', async () => {
        const analysis = state.analysis;
        if (!analysis) return {};
        const plan = analysis.errorList();
        const outcome = await host.renderPlans([plan]);
        return { notice: { type: 'error-list', sheet: plan.name, warnings: outcome.warnings }, focus: 'notice' as const };
      }),
    [guarded, host, state.analysis],
  );

  const goTo = useCallback(
    async (sheet: string, row: number | null, column: number | null) => {
      try {
        await host.selectCell(sheet, row, column);
      } catch (e) {
        setState((s) => ({ ...s, notice: { type: 'error', error: asWorkbookError(e) }, focus: 'notice', focusTick: s.focusTick + 1 }));
      }
    },
    [host],
  );

  const dismiss = useCallback(() => update({ notice: null }), [update]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  // A sheet edited by the user makes the error list on screen possibly out of date.
  useEffect(() => {
    let unsubscribe: (() => void) | null = null;
    let gone = false;
    host
      .onChanged(() => setState((s) => (s.showErrors && !s.stale ? { ...s, stale: true } : s)))
      .then((off) => (gone ? off() : (unsubscribe = off)))
      .catch(() => {});
    return () => {
      gone = true;
      unsubscribe?.();
    };
  }, [host]);

  return { ...state, refresh, validate, generate, publish, createTemplate, insertSample, deletePeriod, writeErrorList, goTo, dismiss };
}
