// Result → the generated sheets of SPEC §3, as SheetPlans any renderer can draw, and the
// 考核通报 of SPEC §7 as a NoticePlan.

import type { Model, Result, SheetPlan } from '../types';
import { parsePeriod } from '../period';
import { DEFAULT_LADDER_NOTE, ladderUnconfirmed } from '../rules/confirmation';
import { planQuarterDetail, planQuarterSummary } from './quarter';
import { planAnnualSummary } from './annual';
import { planPeople } from './people';
import { previousScores } from './previous';
import type { PublishEntry } from '../publish/record';
import { followUp } from '../followup';
import { followUpBlocks, followUpSummaryNote } from './followup';
import { sheetName } from './names';

export { signOffLine, CHART_ROWS, planRows } from './layout';
export type { PlanRows } from './layout';
export { sheetName, marker, parseMarker, MARKER_PREFIX } from './names';
export { planNotice, readNoticeTemplate, NOTICE_TEMPLATE_SHEET, DEFAULT_REQUIREMENTS, yuan } from './notice';
export type { NoticeOptions, NoticeTemplate } from './notice';
export { previousPeriod, previousResult, previousWithSource } from './previous';
export type { PreviousResult } from './previous';
export { followUpBlocks, followUpSummaryNote, itemLine } from './followup';
export type { TextBlock } from './followup';

/**
 * Quarter: [考核汇总, 扣分明细, 个人罚款]; year: [年度考核汇总, 年度个人罚款]. `model` supplies names,
 * descriptions, params and (for 上季度得分) the previous quarter's events.
 */
export function planSummaries(model: Model, result: Result, options: { published?: readonly PublishEntry[] } = {}): SheetPlan[] {
  const period = parsePeriod(result.period);
  if (!period) throw new Error(`无法识别的考核期间“${result.period}”`);
  // SPEC §2 rule 11: the footnote on every generated sheet while the ladder is the unconfirmed default.
  const warning = ladderUnconfirmed(model.rules) ? DEFAULT_LADDER_NOTE : null;
  // SPEC §10: the incidents still open at the period's end, listed under the summary and the detail.
  const fu = followUp(model, period);
  const blocks = followUpBlocks(fu, model.rules.params);
  const historyOpen = new Map<string, number>();
  for (const it of fu.history) historyOpen.set(it.unit, (historyOpen.get(it.unit) ?? 0) + 1);
  // The summary keeps its page for the signature (SPEC §3): a count line saying where the items are
  // listed, never the list itself. A year has no detail of its own; its fourth quarter's detail,
  // dated the same last day, lists what is still open then.
  const detail =
    period.kind === 'year' ? sheetName({ kind: 'quarter', year: period.year, quarter: 4 }, 'detail') : sheetName(period, 'detail');
  const note = followUpSummaryNote(fu, `「${detail}」表签字栏下方和考核通报中`);
  if (period.kind === 'year') return [planAnnualSummary(model, result, period, warning, note), planPeople(model, result, period, warning)];
  return [
    planQuarterSummary(model, result, period, previousScores(model, period, options.published, result), warning, {
      note,
      historyOpen,
    }),
    planQuarterDetail(model, result, period, warning, blocks),
    planPeople(model, result, period, warning),
  ];
}
export { planErrorList, ERROR_LIST_SHEET, ERROR_LIST_MARKER } from './error-list';
