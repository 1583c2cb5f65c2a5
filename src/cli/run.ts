// The command's body: arguments → command → exit code. Every problem becomes a message and an exit
// code (0 ok, 1 validation errors, 2 usage or file problems); nothing escapes as a stack trace.
import { parseArgs, UsageError } from './args';
import { HELP } from './help';
import { initCommand } from './init';
import type { Io } from './io';
import { summarizeCommand } from './summarize';
import { noticeCommand } from './notice';
import { validateCommand } from './validate';
import { publishCommand } from './publish';
import { FileProblem } from '../xlsx/node/files';
import { SheetNameClashError } from '../xlsx/exceljs/render';

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
        return await noticeCommand(cmd, io);
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
    if (isNodeFileError(e)) {
      io.err(`文件错误:${describeNodeError(e)}`);
      return EXIT.usage;
    }
    io.err(`程序内部错误(请把以下信息报告给维护者):${(e as Error)?.stack ?? String(e)}`);
    return EXIT.usage;
  }
}

function isNodeFileError(e: unknown): e is NodeJS.ErrnoException {
  return (
    e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && /^E[A-Z]+$/.test((e as NodeJS.ErrnoException).code!)
  );
}

/** A Node file error that escaped the commands' own checks, said in Chinese with what to do. */
function describeNodeError(e: NodeJS.ErrnoException): string {
  const where = e.path ? `「${e.path}」` : '文件';
  const hint: Record<string, string> = {
    ENOENT: '不存在。请检查路径和文件名',
    EACCES: '没有访问权限。请检查文件和文件夹的权限',
    EPERM: '不允许访问,或正被其他程序占用。如文件正在 Excel 中打开,请先关闭',
    EBUSY: '正被其他程序占用。如文件正在 Excel 中打开,请先关闭',
    ENOSPC: '无法写入:磁盘空间不足。请清理磁盘或换一个文件夹',
    ENAMETOOLONG: '的文件名或路径太长。请换一个短一些的名字',
    EISDIR: '是一个文件夹,不是文件',
    EROFS: '所在的磁盘是只读的。请换一个可写的文件夹',
  };
  return `${where}${hint[e.code!] ?? '无法读写。请检查路径、权限和磁盘空间'}(${e.code})。`;
}
