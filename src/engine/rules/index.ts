// The built-in rules as data, and the value-level readers built on them (clauses, levels,
// parameters). Reading whole rule sheets lives in ../parse.
import type { Rules } from '../types';
import { DEFAULT_CLAUSES } from './clauses';
import { DEFAULT_LADDER } from './ladder';
import { defaultParams } from './params';

export { AREAS, DEFAULT_CLAUSES, normaliseClauseId, isClauseIdShape, makeClauseLookup } from './clauses';
export { GRADES, DEFAULT_LADDER, LEVEL_MEANINGS, isIncident, parseGrade, makeLevelLookup, findLevel } from './ladder';
export { ANNUAL_METHODS, PARAM_DEFS, defaultParams, findParam, applyParam, parseRepeatFactors, checkParams } from './params';
export type { ParamDef } from './params';
export {
  DEFAULT_LADDER_NOTE,
  DEFAULT_LADDER_CODE,
  isBuiltInLadder,
  ladderUnconfirmed,
  defaultLadderMessage,
  defaultLadderWarning,
} from './confirmation';
export { EVENT_SOURCES, COMPLAINT_SOURCES, CATEGORIES, REPAIR_AREAS, CALENDAR_TYPES, YES_NO, FINDINGS, SHEET_NAMES } from './lists';

/** The built-in rules: fresh copies, so a caller may change them without touching the defaults. */
export function defaultRules(): Rules {
  return {
    clauses: DEFAULT_CLAUSES.map((c) => ({ ...c })),
    ladder: DEFAULT_LADDER.map((l) => ({ ...l })),
    params: defaultParams(),
    source: { clauses: 'default', ladder: 'default', params: 'default' },
  };
}
