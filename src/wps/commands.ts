// What the ribbon's 校验 / 生成季度汇总 / 生成年度汇总 buttons do, without the pane: read the
// workbook, parse and score with the engine, write the summaries, and say what happened in one
// message. The period is the pane's default: the quarter (or year) of the latest event.
import {
  describeError,
  describeWarning,
  formatPeriod,
  parseWorkbook,
  planSummaries,
  score,
  serialToYmd,
  type Model,
  type Period,
  type ValidationError,
} from '../engine';
import type { EtApplication } from './et';
import { readSnapshot } from './read';
import { renderPlans } from './render';

export type Command = 'validate' | 'quarter' | 'year';

/** Errors shown in one message; the pane lists them all and jumps to each cell. */
const ERRORS_IN_MESSAGE = 10;

export interface CommandOutcome {
  /** The message for the user, plain Chinese. */
  message: string;
  /** True when the user should look at the pane (errors to go through). */
  openPane: boolean;
}

/** The quarter of the latest event, or of today when there is none (the pane's default). */
export function latestPeriod(model: Model, kind: 'quarter' | 'year', today = new Date()): Period {
  let latest: number | null = null;
  for (const e of model.events) if (latest === null || e.date > latest) latest = e.date;
  const { year, month } = latest !== null ? serialToYmd(latest) : { year: today.getFullYear(), month: today.getMonth() + 1 };
  if (kind === 'year') return { kind: 'year', year };
  return { kind: 'quarter', year, quarter: (Math.floor((month - 1) / 3) + 1) as 1 | 2 | 3 | 4 };
}

function errorMessage(errors: ValidationError[]): string {
  const shown = errors.slice(0, ERRORS_IN_MESSAGE).map(describeError);
  const more = errors.length > shown.length ? `\n……另有 ${errors.length - shown.length} 处。` : '';
  return `发现 ${errors.length} 处错误,未生成汇总:\n${shown.join('\n')}${more}\n请在考核窗格中点「校验」逐条查看并定位。`;
}

export async function runCommand(app: EtApplication, command: Command): Promise<CommandOutcome> {
  const { model, errors, warnings } = parseWorkbook(await readSnapshot(app));
  const notes = warnings.map(describeWarning);
  if (errors.length > 0) return { message: errorMessage(errors), openPane: true };
  if (command === 'validate') {
    const message = `校验通过:${model.units.length} 个单位,${model.events.length} 条考核记录,没有错误。`;
    return { message: [message, ...notes].join('\n'), openPane: false };
  }
  const period = latestPeriod(model, command);
  const outcome = await renderPlans(app, planSummaries(model, score(model, period)));
  const message = `已生成 ${formatPeriod(period)} 的汇总:${outcome.written.map((s) => `「${s}」`).join('')}。其他期间请在考核窗格中选择。`;
  return { message: [message, ...outcome.warnings, ...notes].join('\n'), openPane: false };
}
