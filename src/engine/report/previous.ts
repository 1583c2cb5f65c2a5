// 上季度得分 and 变化 (SPEC §3): the previous quarter's scores, when the workbook holds that
// quarter's events (Q1 compares with last year's Q4). Also used by the notice's comparison.
import type { Model, Period, Result } from '../types';
import { periodBounds, previousPeriod } from '../period';
import { score } from '../score';

export { previousPeriod };

/** The previous period scored, or null when the workbook holds no event in it (nothing to compare). */
export function previousResult(model: Model, period: Period, listEvents = true): Result | null {
  const prev = previousPeriod(period);
  const { first, last } = periodBounds(prev);
  if (!model.events.some((e) => e.date >= first && e.date <= last)) return null;
  // Personal fines are never shown for it; its events only where the notice compares sources.
  return score(model, prev, listEvents ? { people: false } : { events: false });
}

/** The previous quarter's unit scores only (上季度得分): no EventResult per event is made. */
export function previousScores(model: Model, period: Period): Result | null {
  return previousResult(model, period, false);
}
