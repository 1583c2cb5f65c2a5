// SPEC §2 rule 11: the regulation's text breaks off in Article 17, before its penalties, so the
// built-in ladder is our default, not company policy. While it is in use and 处罚标准已确认 is not
// 是, every output says so. “In use” means read from the defaults, or from a 处罚标准 sheet whose
// levels are the built-in ones (an unchanged template copy): a copy is not a confirmation.
import type { Level, Rules, ValidationWarning } from '../types';
import { DEFAULT_LADDER } from './ladder';

/** The sentence of SPEC §2 rule 11, word for word: footnote, warning and notice all print it. */
export const DEFAULT_LADDER_NOTE = '处罚标准为系统默认值(考核办法第十七条原文缺失),尚未经公司确认';

/** The warning's stable code (ValidationWarning.code). */
export const DEFAULT_LADDER_CODE = 'default-ladder';

/** True when `ladder` holds exactly the built-in levels (any order), every number and cap equal. */
export function isBuiltInLadder(ladder: readonly Level[]): boolean {
  if (ladder.length !== DEFAULT_LADDER.length) return false;
  const byCode = new Map(ladder.map((l) => [l.code.toUpperCase(), l]));
  return DEFAULT_LADDER.every((d) => {
    const l = byCode.get(d.code);
    return (
      l !== undefined &&
      l.name === d.name &&
      l.points === d.points &&
      l.unitFine === d.unitFine &&
      l.headFine === d.headFine &&
      l.personFine === d.personFine &&
      l.bonus === d.bonus &&
      l.gradeCap === d.gradeCap
    );
  });
}

/** True while the rules print the rule-11 warning: the built-in ladder, not confirmed. */
export function ladderUnconfirmed(rules: Rules): boolean {
  return !rules.params.ladderConfirmed && (rules.source.ladder === 'default' || isBuiltInLadder(rules.ladder));
}

/** The warning's text: rule 11's sentence, why it applies here, and what to do. */
export function defaultLadderMessage(rules: Rules): string {
  const where = rules.source.ladder === 'default' ? '本工作簿没有「处罚标准」表,使用的是内置标准' : '「处罚标准」表与内置标准相同';
  return `${DEFAULT_LADDER_NOTE}。${where};公司确认后,请在「考核参数」表中把“处罚标准已确认”填为“是”,或按公司规定修改「处罚标准」表。`;
}

/** The rule-11 warning for `rules`, or null once the ladder is the company's own or confirmed. */
export function defaultLadderWarning(rules: Rules): ValidationWarning | null {
  if (!ladderUnconfirmed(rules)) return null;
  return { code: DEFAULT_LADDER_CODE, sheet: null, row: null, column: null, message: defaultLadderMessage(rules) };
}
