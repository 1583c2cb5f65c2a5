// Entry point of `qs-assess` (bin/qs-assess.js requires this file): run, then exit with the code.
import { processIo } from './io';
import { main } from './run';

main(process.argv.slice(2), processIo).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`程序内部错误:${(e as Error)?.stack ?? String(e)}\n`);
    process.exitCode = 2;
  },
);
