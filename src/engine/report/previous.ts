// 上季度得分 and 变化 (SPEC §3): the previous quarter's scores, when the workbook holds that
// quarter's events (Q1 compares with last year's Q4). Also used by the notice's comparison.
import type { Model, Period, Result } from '../types';
import { quarterBounds } from '../dates';
import { score } from '../score';

/** The quarter before a quarter (2026Q1 → 2025Q4), the year before a year. */
export function previousPeriod(period: Period): Period {
  if (period.kind === 'year') return { kind: 'year', year: period.year - 1 };
  return period.quarter === 1
    ? { kind: 'quarter', year: period.year - 1, quarter: 4 }
    : { kind: 'quarter', year: period.year, quarter: (period.quarter - 1) as 1 | 2 | 3 };
}

/** The previous period scored, or null when the workbook holds no event in it (nothing to compare). */
export function previousResult(model: Model, period: Period, listEvents = true): Result | null {
  const prev = previousPeriod(period);
  const first = quarterBounds(prev.year, prev.kind === 'quarter' ? prev.quarter : 1).first;
  const last = quarterBounds(prev.year, prev.kind === 'quarter' ? prev.quarter : 4).last;
  if (!model.events.some((e) => e.date >= first && e.date <= last)) return null;
  // Personal fines are never shown for it; its events only where the notice compares sources.
  return score(model, prev, listEvents ? { people: false } : { events: false });
}

/** The previous quarter's unit scores only (上季度得分): no EventResult per event is made. */
export function previousScores(model: Model, period: Period): Result | null {
  return previousResult(model, period, false);
}
