import type { Period } from './types';

/** '2026Q3', '2026q3', '2026-Q3', '2026年第3季度' → quarter; '2026', '2026年' → year; else null. */
export function parsePeriod(text: string): Period | null {
  const t = String(text).trim();
  let m = /^(\d{4})\s*-?\s*[Qq]\s*([1-4])$/.exec(t) ?? /^(\d{4})年第?([1-4一二三四])季度?$/.exec(t);
  if (m) {
    const q = '一二三四'.indexOf(m[2]) >= 0 ? '一二三四'.indexOf(m[2]) + 1 : Number(m[2]);
    return { kind: 'quarter', year: Number(m[1]), quarter: q as 1 | 2 | 3 | 4 };
  }
  m = /^(\d{4})(?:年度?)?$/.exec(t);
  if (m) return { kind: 'year', year: Number(m[1]) };
  return null;
}

export function formatPeriod(p: Period): string {
  return p.kind === 'quarter' ? `${p.year}Q${p.quarter}` : String(p.year);
}
