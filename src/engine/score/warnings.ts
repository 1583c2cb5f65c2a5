// What a period's result cannot say by itself (SPEC §2 rule 1: nothing silent). A quarter with no
// events at all scores every unit the base, which looks like a perfect quarter on the signed page;
// usually it is a wrong --period or a ledger not filled in yet. Period-dependent, so not part of
// parse: the command's summarize and the pane call it once they know the period.
import type { Model, Period, ValidationWarning } from '../types';
import { serialToIso } from '../dates';
import { formatPeriod, periodBounds } from '../period';
import { isExempt } from '../parse/values';

export function periodWarnings(model: Model, period: Period): ValidationWarning[] {
  const { first, last } = periodBounds(period);
  let inPeriod = 0;
  let scored = 0;
  let earliest = Infinity;
  let latest = -Infinity;
  const events = model.events; // indexed, not for…of: see followUp()
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (e.date < earliest) earliest = e.date;
    if (e.date > latest) latest = e.date;
    if (e.date >= first && e.date <= last) {
      inPeriod++;
      if (!isExempt(e.finding)) scored++;
    }
  }
  const name = formatPeriod(period);
  if (inPeriod === 0) {
    const span = model.events.length
      ? `工作簿中的 ${model.events.length} 条事件都不在这一期间内(最早 ${iso(earliest)},最晚 ${iso(latest)})`
      : '工作簿中没有任何考核事件';
    return [
      {
        code: 'no-events',
        sheet: null,
        row: null,
        column: null,
        message: `${name} 没有任何考核事件:${span},各单位都按基础分计。请确认考核期间(--period)是否正确、考核记录是否已填写`,
      },
    ];
  }
  if (scored === 0) {
    return [
      {
        code: 'no-scored-events',
        sheet: null,
        row: null,
        column: null,
        message: `${name} 的 ${inPeriod} 条事件都认定为不属实、无责或免责,不计分:各单位都按基础分计,请确认认定是否正确`,
      },
    ];
  }
  return [];
}

function iso(serial: number): string {
  return serialToIso(Math.floor(serial));
}
