// The command's body: arguments → command → exit code. Every problem becomes a message and an exit
// code (0 ok, 1 validation errors, 2 usage or file problems); nothing escapes as a stack trace.
import { parseArgs, UsageError } from './args';
import { HELP } from './help';
import { initCommand } from './init';
import type { Io } from './io';
import { summarizeCommand } from './summarize';
import { validateCommand } from './validate';
import { importCommand } from './import';
import { publishCommand } from './publish';
import { describeFileError, describeReadError, FileProblem, isErrno } from '../xlsx/node/files';
import { SheetNameClashError } from '../xlsx/marker';

export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

export async function main(argv: string[], io: Io): Promise<number> {
  try {
    const cmd = parseArgs(argv);
    switch (cmd.name) {
      case 'help':
        io.out(HELP);
        return EXIT.ok;
      case 'version':
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        io.out(String((require('../../package.json') as { version: string }).version));
        return EXIT.ok;
      case 'init':
        return await initCommand(cmd, io);
      case 'validate':
        return await validateCommand(cmd, io);
      case 'summarize':
        return await summarizeCommand(cmd, io);
      case 'notice':
        // Loaded when asked for: the .docx writer (the `docx` package) costs ~20 ms at every start.
        return await (await import('./notice')).noticeCommand(cmd, io);
      case 'import':
        return await importCommand(cmd, io);
      case 'publish':
        return await publishCommand(cmd, io);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`用法错误:${e.message}`);
      return EXIT.usage;
    }
    if (e instanceof FileProblem || e instanceof SheetNameClashError) {
      io.err(`错误:${e.message}`);
      return EXIT.usage;
    }
    if (isErrno(e)) {
      io.err(`文件错误:${describeNodeError(e)}`);
      return EXIT.usage;
    }
    io.err(`程序内部错误(请把以下信息报告给维护者):${(e as Error)?.stack ?? String(e)}`);
    return EXIT.usage;
  }
}

/** A Node file error that escaped the commands' own checks, in the file layer's Chinese words. */
function describeNodeError(e: NodeJS.ErrnoException): string {
  const file = e.path ?? '文件';
  const reading = ['read', 'stat', 'lstat', 'fstat', 'scandir', 'readlink', 'access'].includes(e.syscall ?? '');
  return (reading ? describeReadError(e, file) : describeFileError(e, file)).message;
}
