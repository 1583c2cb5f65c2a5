// What the ribbon's 校验 / 生成季度汇总 / 生成年度汇总 / 发布结果 buttons do, without the pane: read
// the workbook, assess it through the one use case (src/engine/assess.ts), write the summaries (or
// the 发布记录), and say what happened in one message — the same errors and warnings the pane and
// the command show. The period is the pane's default (the last completed quarter with events, or
// its year); the ribbon names it and lets the user change it before anything is written.
import {
  assess,
  defaultPeriodOf,
  describeError,
  describeWarning,
  formatPeriod,
  parsePeriod,
  periodLabel,
  readWorkbook,
  ymdOf,
  type Assessment,
  type Period,
  type ValidationError,
} from '../engine';
import type { EtApplication } from './et';
import { readSnapshot } from './read';
import { renderPlans } from './render';

export type Command = 'validate' | 'quarter' | 'year' | 'publish';

/** Errors shown in one message; the pane lists them all and jumps to each cell. */
const ERRORS_IN_MESSAGE = 10;

export interface CommandOutcome {
  /** The message for the user, plain Chinese; empty when the user cancelled. */
  message: string;
  /** True when the user should look at the pane (errors to go through). */
  openPane: boolean;
}

/**
 * Asks the user to confirm or change the period before writing: gets the question and the
 * default's canonical text, returns the text typed (null when cancelled).
 */
export type AskPeriod = (question: string, proposed: string) => string | null;

function errorMessage(errors: ValidationError[]): string {
  const shown = errors.slice(0, ERRORS_IN_MESSAGE).map(describeError);
  const more = errors.length > shown.length ? `\n……另有 ${errors.length - shown.length} 处。` : '';
  return `发现 ${errors.length} 处错误,未生成汇总:\n${shown.join('\n')}${more}\n请在考核窗格中点「校验」逐条查看并定位。`;
}

/** The period the user settles on, or a message saying why nothing is written. */
function choosePeriod(proposed: Period, ask: AskPeriod, publishing: boolean): Period | { message: string } {
  const kind = proposed.kind === 'year' ? '年度' : '季度';
  const what = publishing
    ? `将发布「${periodLabel(proposed)}」的考核结果(记入「发布记录」表)。`
    : `将生成「${periodLabel(proposed)}」的${kind}汇总。`;
  const typed = ask(`${what}\n如需其他期间,请改写(季度如 2026Q2,年度如 2026)后点确定:`, formatPeriod(proposed));
  if (typed === null) return { message: '' };
  const chosen = parsePeriod(typed);
  if (!chosen)
    return { message: `无法识别的考核期间「${typed}」:季度写作 2026Q3,年度写作 2026。${publishing ? '未发布' : '未生成汇总'}。` };
  return chosen;
}

export async function runCommand(app: EtApplication, command: Command, ask: AskPeriod, today = new Date()): Promise<CommandOutcome> {
  const reading = readWorkbook(await readSnapshot(app));
  const notes = reading.warnings.map(describeWarning);
  if (reading.errors.length > 0) return { message: errorMessage(reading.errors), openPane: true };
  if (command === 'validate') {
    const { model } = reading;
    const message = `校验通过:${model.units.length} 个单位,${model.events.length} 条考核记录,没有错误。`;
    return { message: [message, ...notes].join('\n'), openPane: false };
  }
  const day = ymdOf(today);
  const period = choosePeriod(defaultPeriodOf(reading, day, command === 'year' ? 'year' : 'quarter'), ask, command === 'publish');
  if ('message' in period) return { message: period.message, openPane: false };
  const a = assess(reading, { period, today: day });
  if (!a.ok) return { message: errorMessage(a.errors), openPane: true };
  if (command === 'publish') return publish(app, a);
  // SPEC §10: a published period whose numbers changed is regenerated only as a republish with a
  // reason, which the pane asks for; the ribbon writes nothing and says why.
  const regen = a.regeneration();
  if (!regen.allowed) {
    const why = a.warnings.filter((w) => w.code === 'published-changed').map(describeWarning);
    return { message: [`未生成汇总:${regen.message}`, ...why, '请在考核窗格中点「生成」,填写原因后重新发布。'].join('\n'), openPane: true };
  }
  const outcome = await renderPlans(app, a.sheets());
  const message = `已生成${periodLabel(period)}的汇总:${outcome.written.map((s) => `「${s}」`).join('')}。`;
  return { message: [message, ...outcome.warnings, ...a.warnings.map(describeWarning)].join('\n'), openPane: false };
}

/**
 * 发布结果 (SPEC §10): the period's results recorded in the 发布记录 sheet, as the pane's button and
 * `qs-assess publish` record them. A first publication only: a republish needs a reason, which the
 * pane asks for; an unchanged one needs nothing.
 */
async function publish(app: EtApplication, a: Assessment & { ok: true }): Promise<CommandOutcome> {
  const outcome = a.publish();
  if (!outcome.ok) {
    if (outcome.kind === 'unchanged') return { message: outcome.message, openPane: false };
    const why = a.warnings.filter((w) => w.code === 'published-changed').map(describeWarning);
    return {
      message: [`未发布:${outcome.message}`, ...why, '请在考核窗格中点「发布结果」,填写原因后重新发布。'].join('\n'),
      openPane: true,
    };
  }
  const written = await renderPlans(app, [outcome.plan]);
  return { message: [outcome.message, ...written.warnings].join('\n'), openPane: false };
}
