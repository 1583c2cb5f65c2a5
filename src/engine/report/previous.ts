// 上季度得分 and 变化 (SPEC §3): the previous quarter's scores, when the workbook holds that
// quarter's events (Q1 compares with last year's Q4). Also used by the notice's comparison.
import type { Model, Period, Result } from '../types';
import { periodBounds, previousPeriod } from '../period';
import { score } from '../score';

export { previousPeriod };

/** The previous period scored, or null when the workbook holds no event in it (nothing to compare). */
export function previousResult(model: Model, period: Period): Result | null {
  const prev = previousPeriod(period);
  const { first, last } = periodBounds(prev);
  if (!model.events.some((e) => e.date >= first && e.date <= last)) return null;
  return score(model, prev, { people: false }); // only its unit scores are shown
}
