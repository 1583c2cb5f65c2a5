// 上季度得分 and 变化 (SPEC §3): the previous quarter's scores, when the workbook holds that
// quarter's events (Q1 compares with last year's Q4). Also used by the notice's comparison.
// Where the previous period was published (发布, SPEC §10), its published numbers are the
// reference: a later edit of an old row never silently changes what this period compares with.
import type { Model, Period, Result } from '../types';
import { formatPeriod, periodBounds, previousPeriod } from '../period';
import { previousQuarterScores, score } from '../score';
import { latestEntries, type PublishEntry } from '../publish/record';

export { previousPeriod };

/** The previous period's result and whether its numbers are the published ones. */
export interface PreviousResult {
  result: Result;
  /** The publication its unit numbers come from, or null when recomputed from the workbook. */
  published: PublishEntry | null;
}

/**
 * The previous period scored, or null when the workbook holds no event in it and it was never
 * published (nothing to compare). With a publication, each unit's score, grade, rank, points and
 * fines are the published ones; counts (events by source, complaints) still come from the rows.
 */
export function previousResult(model: Model, period: Period, published: readonly PublishEntry[] = [], listEvents = true): Result | null {
  return previousWithSource(model, period, published, listEvents)?.result ?? null;
}

/**
 * The previous quarter's unit scores only (上季度得分): no EventResult per event is made, and when
 * `current` (the period's Result) was scored in the same year, no second pass over the events
 * either: its pass tallied the previous quarter already.
 */
export function previousScores(
  model: Model,
  period: Period,
  published: readonly PublishEntry[] = [],
  current: Result | null = null,
): PreviousResult | null {
  return previousWithSource(model, period, published, false, current);
}

export function previousWithSource(
  model: Model,
  period: Period,
  published: readonly PublishEntry[] = [],
  listEvents = true,
  current: Result | null = null,
): PreviousResult | null {
  const prev = previousPeriod(period);
  const entry = latestEntries(published).get(formatPeriod(prev)) ?? null;
  const { first, last } = periodBounds(prev);
  if (!entry && !model.events.some((e) => e.date >= first && e.date <= last)) return null;
  // Personal fines are never shown for it; its events only where the notice compares sources.
  const result =
    (!listEvents && current ? previousQuarterScores(model, current, prev) : null) ??
    score(model, prev, listEvents ? { people: false } : { events: false });
  if (!entry) return { result, published: null };
  const byCode = new Map(entry.units.map((u) => [u.code, u]));
  // Units published then: their published numbers; a unit added since has no previous score.
  result.units = result.units
    .filter((u) => byCode.has(u.code))
    .map((u) => {
      const p = byCode.get(u.code)!;
      return {
        ...u,
        score: p.score,
        grade: p.grade,
        rank: p.rank,
        points: p.points,
        unitFine: p.unitFine,
        headFine: p.headFine,
        personFine: p.personFine,
      };
    });
  return { result, published: entry };
}
