// QS.POINTS and QS.FINE: one event's points and fines on the ladder, for its k-th occurrence —
// the same eventPoints/eventFine/multiplierFor score() applies (rules 2–3).
import {
  eventFine,
  eventPoints,
  findLevel,
  isCommendation,
  multiplierFor,
  type CellValue,
  type FineParty,
  type Level,
  type Rules,
} from '../engine';
import { isOmitted, quoted, toInteger, toText } from './args';
import { badValue, notFound } from './errors';
import { loadWorkbook } from './workbook';

export interface LadderArgs {
  level: unknown;
  occurrence: unknown;
  ladder: CellValue[][] | null;
  params: CellValue[][] | null;
}

export function pointsOf(a: LadderArgs): number {
  const { level, multiplier } = resolve(a);
  return eventPoints(level, multiplier);
}

export function fineOf(a: LadderArgs & { party: unknown }): number {
  const party = partyOf(a.party);
  const { level, multiplier } = resolve(a);
  return eventFine(level, party, multiplier);
}

function resolve(a: LadderArgs): { level: Level; multiplier: number } {
  const rules: Rules = loadWorkbook({ ladder: a.ladder, params: a.params }).model.rules;
  const text = toText(a.level, '等级');
  const level = findLevel(rules.ladder, text);
  if (!level) {
    const names = rules.ladder.map((l) => `${l.name}(${l.code})`).join('、');
    notFound(`未知的等级${quoted(text)}:请填写处罚标准中的等级名称或代码:${names}`);
  }
  const occurrence = isOmitted(a.occurrence) ? 1 : toInteger(a.occurrence, '发生次数', 1);
  // Commendations never count as repeats (rule 2): whatever the occurrence, multiplier 1.
  const multiplier = isCommendation(level) ? 1 : multiplierFor(occurrence, rules.params);
  return { level, multiplier };
}

const PARTIES: Record<string, FineParty> = {
  单位: 'unit',
  第一责任人: 'head',
  直接责任人: 'person',
  unit: 'unit',
  head: 'head',
  person: 'person',
};

function partyOf(v: unknown): FineParty {
  const t = toText(v, '罚款对象');
  const p = PARTIES[t] ?? PARTIES[t.toLowerCase()];
  if (!p) badValue(`罚款对象${quoted(t)}无效:请填写 单位、第一责任人 或 直接责任人`);
  return p;
}
