// Rules 6–8: from points to a score, a grade and a rank.

import type { Grade, Params } from '../types';
import { roundPoints } from '../round';
import { GRADES } from '../rules';

// GRADES lists the grades best first: a grade cap is "stricter" the further down it sits.
export { GRADES };

/** Rule 6: base − points − open-item points + bonus, floored at 0 and capped at base + cap. */
export function clampScore(base: number, points: number, openPoints: number, bonus: number, ceiling: number): number {
  return roundPoints(Math.min(ceiling, Math.max(0, base - points - openPoints + bonus)));
}

/** Rule 7: grade by the three lines (score ≥ line), then no better than `cap` (null: no cap). */
export function gradeOf(score: number, params: Params, cap: Grade | null = null): Grade {
  const byLines: Grade =
    score >= params.excellentLine ? '优秀' : score >= params.goodLine ? '良好' : score >= params.passLine ? '合格' : '不合格';
  return cap === null ? byLines : stricter(byLines, cap);
}

/** The stricter (worse) of two grades; null stands for "no cap". */
export function stricter<G extends Grade | null>(a: G, b: Grade | null): G | Grade {
  if (b === null) return a;
  if (a === null) return b;
  return GRADES.indexOf(a) >= GRADES.indexOf(b) ? a : b;
}

/**
 * Rule 8: competition ranking (1, 2, 2, 4) by score, descending. Returns each score's rank in
 * the order given. Scores are already rounded to 2 decimals, so equal on paper means equal here.
 */
export function competitionRanks(scores: readonly number[]): number[] {
  const sorted = [...scores].sort((a, b) => b - a);
  return scores.map((s) => sorted.indexOf(s) + 1);
}
