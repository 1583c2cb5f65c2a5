// Result → the generated sheets of SPEC §3, as SheetPlans any renderer can draw.

import type { Model, Result, SheetPlan } from '../types';
import { parsePeriod } from '../period';
import { planQuarterDetail, planQuarterSummary } from './quarter';
import { planAnnualSummary } from './annual';

export { signOffLine } from './layout';
export { sheetName, marker } from './names';

/** Quarter: [考核汇总, 扣分明细]; year: [年度考核汇总]. `model` supplies names, descriptions and params. */
export function planSummaries(model: Model, result: Result): SheetPlan[] {
  const period = parsePeriod(result.period);
  if (!period) throw new Error(`无法识别的考核期间“${result.period}”`);
  if (period.kind === 'year') return [planAnnualSummary(model, result, period)];
  return [planQuarterSummary(model, result, period), planQuarterDetail(model, result, period)];
}
