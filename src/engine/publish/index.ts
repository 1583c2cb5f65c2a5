// Publishing (发布, SPEC §10) as the doors use it: read the record from a Snapshot, compare it with
// the workbook, record a publication, and decide whether a published period may be regenerated.
// Pure: the run date comes from the door.
import type { Model, Period, Result, SheetPlan, Snapshot, ValidationWarning } from '../types';
import { formatPeriod } from '../period';
import { periodLabel } from '../period';
import { score } from '../score';
import { buildEntry, latestEntries, type PublishEntry } from './record';
import { publishedChanges, type PeriodChanges } from './changes';
import { planPublishRecord, readPublishRecord } from './sheet';

export * from './record';
export * from './changes';
export { planPublishRecord, readPublishRecord, PUBLISH_SHEET, PUBLISH_MARKER } from './sheet';

export interface RecordCheck {
  entries: PublishEntry[];
  /** One per published period (its latest entry) compared with the workbook; empty without a model. */
  changes: PeriodChanges[];
  /** The record's own problems and every difference, for every door to show. */
  warnings: ValidationWarning[];
}

/** The record and its differences; `model` is null while the workbook has validation errors. */
export function checkRecord(snapshot: Snapshot, model: Model | null): RecordCheck {
  const record = readPublishRecord(snapshot);
  const changes = model ? publishedChanges(model, record.entries) : [];
  return { entries: record.entries, changes, warnings: [...record.warnings, ...changes.flatMap((c) => c.warnings)] };
}

/** The latest publication of a period, or null. */
export function publication(check: RecordCheck, period: Period): PublishEntry | null {
  return latestEntries(check.entries).get(formatPeriod(period)) ?? null;
}

export interface PublishOptions {
  /** YYYY-MM-DD, the run date in the user's time zone. */
  date: string;
  reason: string;
  republish: boolean;
}

export type PublishOutcome =
  | { ok: true; entry: PublishEntry; plan: SheetPlan; result: Result; message: string }
  /** `unchanged`: already published with these numbers (nothing to do); `refused`: needs --republish and a reason. */
  | { ok: false; kind: 'unchanged' | 'refused'; message: string };

/** Records `period`'s results as they compute now: a first publication, or a republish with its reason. */
export function publishPeriod(model: Model, check: RecordCheck, period: Period, opts: PublishOptions): PublishOutcome {
  const label = periodLabel(period);
  const before = publication(check, period);
  const change = check.changes.find((c) => c.period === formatPeriod(period));
  const reason = opts.reason.trim();
  if (before) {
    const when = `${label}已于 ${before.date} 发布${before.number ? `(${before.number})` : ''}`;
    if (!opts.republish) {
      if (!change?.changed) return { ok: false, kind: 'unchanged', message: `${when},结果没有变化,无需重新发布。` };
      return {
        ok: false,
        kind: 'refused',
        message: `${when},此后结果有变化(见上方警告)。如确需更正,请加 --republish --reason 说明原因后重新发布。`,
      };
    }
    if (!reason) return { ok: false, kind: 'refused', message: `重新发布${label}须说明原因:请加 --reason 文字。` };
  }
  const result = score(model, period);
  const entry = buildEntry(model, result, { seq: before ? before.seq + 1 : 1, date: opts.date, reason });
  const plan = planPublishRecord([...check.entries, entry]);
  const message = before
    ? `已重新发布${label}(第 ${entry.seq} 次发布,原因:${reason}),记入「发布记录」。`
    : `已发布${label}的考核结果,记入「发布记录」。`;
  return { ok: true, entry, plan, result, message };
}

export type Regeneration =
  { allowed: true; republish: { entry: PublishEntry; plan: SheetPlan } | null } | { allowed: false; message: string };

/**
 * May the summary or notice of a published `period` be generated again? Yes when it is not
 * published or its numbers are unchanged; when they changed, only as a republish with a reason,
 * which is then recorded (the returned plan is the updated 发布记录 sheet).
 */
export function regeneration(
  model: Model,
  check: RecordCheck,
  period: Period,
  opts: { republish: boolean; reason: string; date: string },
): Regeneration {
  const change = check.changes.find((c) => c.period === formatPeriod(period));
  if (!change?.changed) return { allowed: true, republish: null };
  const outcome = publishPeriod(model, check, period, { ...opts, republish: opts.republish });
  if (!opts.republish) {
    return {
      allowed: false,
      message: `${periodLabel(period)}的结果已发布,此后有变化(见上方警告),未重新生成。如确需更正,请加 --republish --reason 说明原因。`,
    };
  }
  if (!outcome.ok) return { allowed: false, message: outcome.message };
  return { allowed: true, republish: { entry: outcome.entry, plan: outcome.plan } };
}
