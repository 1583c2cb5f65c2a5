// Command-line arguments → a command, or a usage problem (exit code 2) said in plain Chinese.
import { parsePeriod } from '../engine';
import type { SummarizeOptions } from './summarize';
import type { NoticeCommandOptions } from './notice';
import type { ImportCommandOptions } from './import';
import type { PublishCommandOptions } from './publish';

export type Command =
  | { name: 'help' }
  | { name: 'version' }
  | { name: 'init'; book: string; sample: boolean; force: boolean }
  | { name: 'validate'; book: string }
  | ({ name: 'summarize' } & SummarizeOptions)
  | ({ name: 'notice' } & NoticeCommandOptions)
  | ({ name: 'import' } & ImportCommandOptions)
  | ({ name: 'publish' } & PublishCommandOptions);

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Flags each command takes; `true` means the flag takes a value. */
const FLAGS: Record<string, Record<string, boolean>> = {
  init: { '--sample': false, '--force': false },
  validate: {},
  summarize: {
    '--period': true,
    '--out': true,
    '--pdf': true,
    '--json': false,
    '--in-place': false,
    '--force': false,
    '--republish': false,
    '--reason': true,
  },
  notice: { '--period': true, '--out': true, '--pdf': true, '--force': false, '--republish': false, '--reason': true },
  publish: { '--period': true, '--out': true, '--in-place': false, '--force': false, '--republish': false, '--reason': true },
  import: { '--sheet': true, '--map': true, '--dry-run': false, '--strict': false, '--out': true, '--in-place': false, '--force': false },
};

/** Flags that may be given more than once (each --map names one column). */
const REPEATABLE = new Set(['--map']);

export function parseArgs(argv: string[]): Command {
  if (argv.length === 0 || argv.some((a) => a === '--help' || a === '-h' || a === 'help')) return { name: 'help' };
  if (argv[0] === '--version' || argv[0] === '-v') return { name: 'version' };
  const [name, ...rest] = argv;
  const known = FLAGS[name];
  if (!known)
    throw new UsageError(
      `未知命令「${name}」。可用命令:init、validate、summarize、notice、import、publish(运行 qs-assess --help 查看用法)。`,
    );

  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  const repeated = new Map<string, string[]>();
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const flag = eq > 0 ? a.slice(0, eq) : a;
    if (!(flag in known)) throw new UsageError(`命令 ${name} 不认识选项「${flag}」(运行 qs-assess --help 查看用法)。`);
    if (flags.has(flag) && !REPEATABLE.has(flag)) throw new UsageError(`选项 ${flag} 重复出现。`);
    if (known[flag]) {
      const value = eq > 0 ? a.slice(eq + 1) : rest[++i];
      if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) throw new UsageError(`选项 ${flag} 需要一个值。`);
      flags.set(flag, value);
      repeated.set(flag, [...(repeated.get(flag) ?? []), value]);
    } else {
      if (eq > 0) throw new UsageError(`选项 ${flag} 不带值。`);
      flags.set(flag, true);
    }
  }
  if (name === 'import') return importCommand(positional, flags, repeated.get('--map') ?? []);
  if (positional.length === 0) throw new UsageError(`请指定工作簿文件,例如:qs-assess ${name} 考核.xlsx`);
  if (positional.length > 1) throw new UsageError(`只能指定一个工作簿文件,却收到 ${positional.length} 个:${positional.join('、')}。`);
  const book = positional[0];
  const text = (f: string) => (flags.has(f) ? String(flags.get(f)) : null);

  switch (name) {
    case 'init':
      return { name, book, sample: flags.has('--sample'), force: flags.has('--force') };
    case 'validate':
      return { name, book };
    default: {
      const periodText = text('--period');
      if (periodText === null) throw new UsageError('请用 --period 指定考核期间,例如 --period 2026Q3(季度)或 --period 2026(年度)。');
      const period = parsePeriod(periodText);
      if (!period) throw new UsageError(`无法识别的考核期间「${periodText}」:季度写作 2026Q3,年度写作 2026。`);
      // Excel's dates start in 1900 and a four-digit year ends at 9999: outside, no date can fall.
      if (period.year < 1900 || period.year > 9999) {
        throw new UsageError(`考核期间「${periodText}」的年份 ${period.year} 超出范围:年份应在 1900 到 9999 之间,如 --period 2026Q3。`);
      }
      // SPEC §10: regenerating a changed published period is a republish, and a republish says why.
      const republish = flags.has('--republish');
      const reason = text('--reason') ?? '';
      if (republish && reason.trim() === '')
        throw new UsageError('--republish 须同时用 --reason 说明重新发布的原因,例如 --reason "更正城区供电所第45行条款"。');
      const record = { republish, reason };
      if (name === 'notice') return { name, book, period, out: text('--out'), pdf: text('--pdf'), force: flags.has('--force'), ...record };
      const inPlace = flags.has('--in-place');
      const out = text('--out');
      if (inPlace && out !== null) throw new UsageError('--in-place 与 --out 不能同时使用:前者改写原工作簿,后者写到另一个文件。');
      if (name === 'publish') return { name, book, period, out, inPlace, force: flags.has('--force'), ...record };
      return {
        name: 'summarize',
        book,
        period,
        out,
        pdf: text('--pdf'),
        json: flags.has('--json'),
        inPlace,
        force: flags.has('--force'),
        ...record,
      };
    }
  }
}

/** `import <book.xlsx> <source> [--sheet NAME] [--map 源列=字段 …] [--dry-run] [--strict] [--out F | --in-place] [--force]`. */
function importCommand(positional: string[], flags: Map<string, string | true>, maps: string[]): Command {
  if (positional.length !== 2) {
    throw new UsageError(
      `import 需要两个文件:要导入到的工作簿和源文件,例如 qs-assess import 考核2026.xlsx 95598工单.csv${positional.length > 2 ? `(却收到 ${positional.length} 个:${positional.join('、')})` : ''}。`,
    );
  }
  const map = maps.map((m) => {
    const eq = m.indexOf('=');
    if (eq <= 0 || eq === m.length - 1) throw new UsageError(`--map 的值应写作 源列=字段,如 --map 问题=事项描述,却收到「${m}」。`);
    return { from: m.slice(0, eq).trim(), to: m.slice(eq + 1).trim() };
  });
  const text = (f: string) => (flags.has(f) ? String(flags.get(f)) : null);
  const inPlace = flags.has('--in-place');
  const out = text('--out');
  if (inPlace && out !== null) throw new UsageError('--in-place 与 --out 不能同时使用:前者改写原工作簿,后者写到另一个文件。');
  return {
    name: 'import',
    book: positional[0],
    source: positional[1],
    sheet: text('--sheet'),
    map,
    dryRun: flags.has('--dry-run'),
    strict: flags.has('--strict'),
    out,
    inPlace,
    force: flags.has('--force'),
  };
}
