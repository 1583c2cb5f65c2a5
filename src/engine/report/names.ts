// Names, titles and markers of the generated sheets, in one place so the renderers, the task
// pane and the tests agree on them.

import type { Params, Period, SummaryKind } from '../types';
import { formatPeriod, parsePeriod, periodBounds, periodLabel } from '../period';
import { serialToYmd } from '../dates';

export { periodLabel };

export function sheetName(period: Period, part: 'summary' | 'detail' | 'people'): string {
  const what = part === 'summary' ? '考核汇总' : part === 'detail' ? '扣分明细' : '个人罚款';
  if (period.kind === 'year') return `${period.year}年度${what}`;
  return `${period.year}年第${period.quarter}季度${what}`;
}

/** ASCII and defined-name safe: letters, digits and dots, starting with a letter. */
export function marker(period: Period, part: 'summary' | 'detail' | 'annual' | 'people'): string {
  return `QSAssess.${formatPeriod(period)}.${part}`;
}

export const MARKER_PREFIX = 'QSAssess.';

/**
 * A marker read back: 'QSAssess.2026Q3.summary' → { period: '2026Q3', kind: 'quarter-summary' };
 * null for names that are not ours. A part this version does not know (a newer version's sheet)
 * is passed through as it is, so hosts still list it and never mistake it for a user's sheet.
 */
export function parseMarker(name: string): { period: string; kind: SummaryKind | (string & {}) } | null {
  const m = /^QSAssess\.([^.]+)\.([\w-]+)$/.exec(name);
  const parsed = m ? parsePeriod(m[1]) : null;
  // Only the canonical text is a marker's ('2026Q3', '2026'), never another spelling of it.
  if (!m || !parsed || formatPeriod(parsed) !== m[1]) return null;
  const [, period, part] = m;
  const quarter = parsed.kind === 'quarter';
  const kinds: Record<string, SummaryKind> = {
    summary: 'quarter-summary',
    detail: 'quarter-detail',
    annual: 'annual-summary',
    people: quarter ? 'quarter-people' : 'annual-people',
  };
  return { period, kind: kinds[part] ?? part };
}

export function title(params: Params, period: Period, what: '考核汇总表' | '考核扣分明细表' | '个人罚款汇总表'): string {
  return `${params.company} ${periodLabel(period)}优质服务${what}`;
}

export function subtitle(params: Params, period: Period): string {
  const { first, last } = periodBounds(period);
  return `考核期间:${chineseDate(first)} 至 ${chineseDate(last)}    考核单位:${params.company}    金额单位:元`;
}

function chineseDate(serial: number): string {
  const { year, month, day } = serialToYmd(serial);
  return `${year}年${month}月${day}日`;
}
