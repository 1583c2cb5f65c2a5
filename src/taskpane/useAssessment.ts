// The pane's state and actions. Every Office call goes through the WorkbookService; every
// failure ends as a notice the user can read, never as a blank pane.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Period } from '../engine';
import { toWorkbookError, type WorkbookError, type WorkbookService } from '../office';
import { analyse, plansFor, type Analysis } from './workflow';

export type Busy = 'reading' | 'validating' | 'generating' | 'template' | 'sample';

export type Phase = { step: 'read' } | { step: 'score' } | { step: 'write'; done: number; total: number };

export type Notice =
  | { type: 'error'; error: WorkbookError }
  | { type: 'generated'; sheets: string[]; warnings: string[] }
  | { type: 'created'; created: string[]; skipped: string[]; warnings: string[] };

export interface AssessmentState {
  analysis: Analysis | null;
  busy: Busy | null;
  phase: Phase | null;
  /** True once the user asked to validate (or a generation stopped on errors): show the list. */
  showErrors: boolean;
  notice: Notice | null;
}

export interface AssessmentActions {
  refresh(): Promise<void>;
  validate(): Promise<void>;
  generate(period: Period): Promise<void>;
  createTemplate(): Promise<void>;
  insertSample(): Promise<void>;
  goTo(sheet: string, row: number | null, column: number | null): Promise<void>;
  dismiss(): void;
}

export function useAssessment(service: WorkbookService): AssessmentState & AssessmentActions {
  const [state, setState] = useState<AssessmentState>({ analysis: null, busy: 'reading', phase: null, showErrors: false, notice: null });
  const update = useCallback((patch: Partial<AssessmentState>) => setState((s) => ({ ...s, ...patch })), []);
  // One action at a time: a second click while Excel is busy would only queue a conflicting batch.
  const running = useRef(false);

  const guarded = useCallback(
    async (busy: Busy, work: () => Promise<Partial<AssessmentState>>) => {
      if (running.current) return;
      running.current = true;
      update({ busy, notice: null });
      try {
        update({ ...(await work()), busy: null, phase: null });
      } catch (e) {
        update({ busy: null, phase: null, notice: { type: 'error', error: toWorkbookError(e) } });
      } finally {
        running.current = false;
      }
    },
    [update],
  );

  const read = useCallback(async () => analyse(await service.readSnapshot()), [service]);

  const refresh = useCallback(() => guarded('reading', async () => ({ analysis: await read() })), [guarded, read]);

  const validate = useCallback(() => guarded('validating', async () => ({ analysis: await read(), showErrors: true })), [guarded, read]);

  const generate = useCallback(
    (period: Period) =>
      guarded('generating', async () => {
        update({ phase: { step: 'read' } });
        const analysis = await read();
        if (analysis.errors.length > 0) return { analysis, showErrors: true };
        update({ analysis, phase: { step: 'score' } });
        const plans = plansFor(analysis.model, period);
        const outcome = await service.renderPlans(plans, (done, total) => update({ phase: { step: 'write', done, total } }));
        return { notice: { type: 'generated', sheets: outcome.written, warnings: outcome.warnings }, showErrors: false };
      }),
    [guarded, read, service, update],
  );

  const writeSheets = useCallback(
    (busy: 'template' | 'sample', write: () => ReturnType<WorkbookService['createTemplate']>) =>
      guarded(busy, async () => {
        const outcome = await write();
        return { notice: { type: 'created', ...outcome }, analysis: await read(), showErrors: false };
      }),
    [guarded, read],
  );

  const createTemplate = useCallback(() => writeSheets('template', () => service.createTemplate()), [writeSheets, service]);
  const insertSample = useCallback(() => writeSheets('sample', () => service.insertSample()), [writeSheets, service]);

  const goTo = useCallback(
    async (sheet: string, row: number | null, column: number | null) => {
      try {
        await service.selectCell(sheet, row, column);
      } catch (e) {
        update({ notice: { type: 'error', error: toWorkbookError(e) } });
      }
    },
    [service, update],
  );

  const dismiss = useCallback(() => update({ notice: null }), [update]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return { ...state, refresh, validate, generate, createTemplate, insertSample, goTo, dismiss };
}
