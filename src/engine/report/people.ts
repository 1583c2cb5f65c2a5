// 个人罚款 (SPEC §3): one row per person and role — 第一责任人 from 单位, 直接责任人 from the
// event — with the total and the events it comes from. The sheet payroll (工资考核) is done from,
// so its 合计 must equal the summary's 第一责任人罚款 + 直接责任人罚款; a note says so with the number.
import type { CellValue, EventResult, Model, Period, Result, SheetPlan } from '../types';
import { personalFinesOf, UNNAMED, type PersonalFines } from '../people';
import { fullWidth } from '../text';
import { COUNT, TEXT, YUAN, layoutSheet, type Column } from './layout';
import { marker, sheetName, subtitle, title } from './names';
import { yuan } from './notice';

const PEOPLE_COLUMNS: Column[] = [
  { header: '序号', format: COUNT, align: 'center', minWidth: 5 },
  { header: '姓名', format: TEXT, align: 'center', minWidth: 10, maxWidth: 14 },
  { header: '单位', format: TEXT, minWidth: 10, maxWidth: 24 },
  { header: '角色', format: TEXT, align: 'center', minWidth: 12 },
  { header: '事项数', format: COUNT, align: 'center' },
  { header: '罚款合计', format: YUAN, minWidth: 10 },
  { header: '事项来源(工作表 行)', format: TEXT, minWidth: 24, maxWidth: 50, wrap: true },
];

export function planPeople(model: Model, result: Result, period: Period, warning: string | null): SheetPlan {
  const p = model.rules.params;
  const unitNames = new Map(model.units.map((u) => [u.code, u.name]));
  const fines = personalFinesOf(model, result);
  const lines = fines.lines;
  const sourceOf = sourcesTexts(fines, result.events);
  const unnamed = fullWidth(UNNAMED);
  // One row per line, drawn when asked (a RowSource): 123k lines with one-off people. Our label
  // for a fine with nobody named is our text, printed in GB/T 15834 form; names are the user's.
  const row = (i: number): CellValue[] => {
    const l = lines[i];
    return [i + 1, l.name === UNNAMED ? unnamed : l.name, unitNames.get(l.unit) ?? l.unit, l.role, l.events, l.fine, sourceOf(i)];
  };
  const count = lines.reduce((s, l) => s + l.events, 0);
  const total = lines.reduce((s, l) => s + l.fine, 0);
  const unitTotal = result.units.reduce((s, u) => s + u.headFine + u.personFine, 0);
  return layoutSheet({
    name: sheetName(period, 'people'),
    kind: period.kind === 'year' ? 'annual-people' : 'quarter-people',
    period: result.period,
    marker: marker(period, 'people'),
    title: title(p, period, '个人罚款汇总表'),
    subtitle: subtitle(p, period),
    columns: PEOPLE_COLUMNS,
    rows: { length: lines.length, row },
    totals: ['', '合计', `共 ${lines.length} 人次`, null, count, total, null],
    notes: [
      `注:1. 第一责任人为「单位」表中各单位的第一责任人,直接责任人为考核记录中填写的直接责任人;未填写姓名的罚款列为「(未填写)」,请补填后重新生成。`,
      `2. 罚款合计 ${yuan(total)} 元,等于考核汇总表中第一责任人罚款与直接责任人罚款之和 ${yuan(unitTotal)} 元${total === unitTotal ? '' : '(不相等,请检查)'};按“分级考核、下管一级”,个人罚款由各单位落实,可据此表办理工资考核。`,
    ],
    params: p,
    warning,
    chart: null,
  });
}

/**
 * Line l's sources, e.g. 「二级单位考核记录」第 12、40 行;「城区供电所」第 3 行 — rows grouped by
 * sheet in order of first use, events in reporting order. The events are first bucketed by line
 * in flat arrays (a counting sort), so 300k lines cost no array or map of their own; each text is
 * made when its row is drawn.
 */
function sourcesTexts(fines: PersonalFines, events: readonly EventResult[]): (l: number) => string {
  const { lines, headLine, personLine } = fines;
  const start = new Int32Array(lines.length + 1);
  for (let i = 0; i < events.length; i++) {
    if (headLine[i] >= 0) start[headLine[i] + 1]++;
    if (personLine[i] >= 0) start[personLine[i] + 1]++;
  }
  for (let l = 0; l < lines.length; l++) start[l + 1] += start[l];
  const fill = start.slice(0, lines.length);
  const member = new Int32Array(start[lines.length]);
  for (let i = 0; i < events.length; i++) {
    if (headLine[i] >= 0) member[fill[headLine[i]]++] = i;
    if (personLine[i] >= 0) member[fill[personLine[i]]++] = i;
  }
  return (l) => sourcesText(member, start[l], start[l + 1], events);
}

function sourcesText(member: Int32Array, from: number, to: number, events: readonly EventResult[]): string {
  const first = events[member[from]].sheet;
  let oneSheet = true;
  for (let k = from + 1; k < to && oneSheet; k++) oneSheet = events[member[k]].sheet === first;
  if (oneSheet) {
    // The usual case: every source on one sheet. Pieces joined, not appended or templated: the
    // text is one flat string when it is made, where `+=` or a template leaves a tree of partial
    // strings (hundreds per line with a staff of 400) that measuring and writing flatten again,
    // and that a drawn sheet (123k lines with one-off people) keeps for the garbage collector to
    // copy (docs/BENCHMARKS.md).
    const rows = new Array<number>(to - from);
    for (let k = from; k < to; k++) rows[k - from] = events[member[k]].row;
    return ['「', first, '」第 ', rows.join('、'), ' 行'].join('');
  }
  const bySheet = new Map<string, number[]>();
  for (let k = from; k < to; k++) {
    const e = events[member[k]];
    let rows = bySheet.get(e.sheet);
    if (!rows) bySheet.set(e.sheet, (rows = []));
    rows.push(e.row);
  }
  return [...bySheet].map(([sheet, rows]) => `「${sheet}」第 ${rows.join('、')} 行`).join('；');
}
