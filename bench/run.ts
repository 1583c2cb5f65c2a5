// `npm run bench [-- part …]`: runs the benchmark parts (all by default) and prints their figures.
// Each part is a module in this folder exporting `run(): Promise<void>`; it prints its figures and
// reports each of its targets (bench/targets.ts), and the run ends with one table of every target,
// measured value, ✓/✗ and load average. Figures go into docs/BENCHMARKS.md by hand, with the
// machine and date.
import * as os from 'os';
import * as fs from 'fs';
import * as path from 'path';
import { loadNow, targetTable } from './targets';

const PARTS = ['engine', 'readers', 'file', 'million', 'functions', 'pane', 'web', 'import'];

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const parts = wanted.length ? wanted : PARTS;
  console.log(
    `QS Assess bench — ${new Date().toISOString()} — ${os.cpus()[0]?.model ?? 'cpu?'} ×${os.cpus().length}, ` +
      `${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
  );
  for (const part of parts) {
    const file = path.join(__dirname, `${part}.ts`);
    if (!fs.existsSync(file)) {
      console.log(`\n[${part}] not present, skipped`);
      continue;
    }
    console.log(`\n[${part}]`);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(file) as { run: () => Promise<void> };
    await mod.run();
  }
  console.log(`\nTargets (load at the end ${loadNow()}):\n\n${targetTable()}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
