// File path bench: a 100k-event workbook (60 units, a year) read from .xlsx, parsed and scored,
// planned, and written back with the quarter's and the year's summaries — each stage timed, and
// the process's peak memory (max RSS) reported. `npm run bench -- file`.
// Writing is the package merge (src/xlsx/merge.ts): our sheets rendered into a fresh workbook,
// spliced into the user's zip. QS_BENCH_WRITE=rewrite times the old ExcelJS round trip instead.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parsePeriod, parseWorkbook, planSummaries, score } from '../src/engine';
import { readWorkbookFile } from '../src/xlsx/read';
import { renderPlans } from '../src/xlsx/render';
import { loadWorkbook, writeWorkbookAtomically } from '../src/xlsx/files';
import { writeSummariesFile } from '../src/xlsx/write';
import { writeSnapshotFile } from '../src/xlsx/write-snapshot';
import { generateWorkbook } from './generate';

const EVENTS = Number(process.env.QS_BENCH_EVENTS ?? 100_000);

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

/** Wall time and this process's CPU time: on a busy machine the CPU figure is the steadier one. */
async function time<T>(label: string, f: () => Promise<T> | T): Promise<T> {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  const r = await f();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const c = process.cpuUsage(c0);
  const cpu = (c.user + c.system) / 1e6;
  console.log(
    `  ${label.padEnd(40)} ${(ms / 1000).toFixed(2).padStart(7)} s wall  ${cpu.toFixed(2).padStart(6)} s cpu   rss ${mb(process.memoryUsage().rss)}`,
  );
  return r;
}

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qs-bench-file-'));
  const input = path.join(dir, 'book.xlsx');
  const output = path.join(dir, 'book.summary.xlsx');
  try {
    const snapshot = generateWorkbook({ events: EVENTS });
    await time(`setup: write ${EVENTS.toLocaleString('en-US')}-event .xlsx (stream)`, () => writeSnapshotFile(snapshot, input));
    console.log(`  input file ${mb(fs.statSync(input).size)}`);
    if (global.gc) global.gc();

    const start = process.hrtime.bigint();
    const cpuStart = process.cpuUsage();
    const { snapshot: read } = await time('read .xlsx → Snapshot', () => readWorkbookFile(input));
    const { model, errors } = await time('parse (validate every row)', () => parseWorkbook(read));
    if (errors.length) throw new Error(`generated workbook has ${errors.length} errors`);
    const results = await time('score 2026Q3 + 2026', () => [score(model, parsePeriod('2026Q3')!), score(model, parsePeriod('2026')!)]);
    const plans = await time('plan the three summaries', () => results.flatMap((r) => planSummaries(model, r)));
    if (process.env.QS_BENCH_WRITE === 'rewrite') {
      const workbook = await time('load with ExcelJS (for the rewrite)', () => loadWorkbook(input));
      await time('render into the workbook', () => renderPlans(workbook, plans));
      await time('write .xlsx (ExcelJS rewrite, atomic)', () => writeWorkbookAtomically(workbook, output));
    } else {
      await time("draw our sheets, merge into the user's package (atomic)", () => writeSummariesFile(input, output, plans));
    }
    const total = Number(process.hrtime.bigint() - start) / 1e9;
    const cpu = process.cpuUsage(cpuStart);
    const detailRows = plans.find((p) => p.kind === 'quarter-detail')?.values.length ?? 0;
    console.log(
      `  total read → written: ${total.toFixed(2)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s cpu; output ${mb(fs.statSync(output).size)}; Q3 detail ${detailRows} rows`,
    );
    // maxRSS is in kilobytes: the peak of the whole process, setup included.
    console.log(`  peak memory (max RSS): ${mb(process.resourceUsage().maxRSS * 1024)}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  run().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
