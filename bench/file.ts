// The command as a user runs it: `qs-assess summarize` on a 100,000-event workbook (60 units, a
// year; read + validate + score + write the quarter's two sheets into a copy), in a fresh process,
// measured from outside (wall, CPU, peak RSS) — against the peer, the formula workbook staff build
// by hand (bench/peer.ts: VLOOKUP points + one SUMIFS per unit, computed by HyperFormula), in the
// same run. `npm run bench -- file`; QS_BENCH_EVENTS changes the size, QS_BENCH_PEER=0 skips the peer.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { writeSnapshotFile } from '../test/helpers/write-snapshot';
import { generateWorkbook } from './generate';
import { measure, row } from './measure';
import { seconds, target } from './targets';

const EVENTS = Number(process.env.QS_BENCH_EVENTS ?? 100_000);

/** A generated workbook of `events` events in `dir` (ExcelJS streaming writer, shared strings, as Excel saves). */
export async function benchBook(dir: string, events: number): Promise<string> {
  const file = path.join(dir, `book-${events}.xlsx`);
  await writeSnapshotFile(generateWorkbook({ events }), file);
  return file;
}

/** The command as installed: bin/qs-assess.js runs the prebuilt build/ when it is there (npm ci makes it). */
export function summarize(book: string, out: string): ReturnType<typeof measure> {
  return measure(['bin/qs-assess.js', 'summarize', book, '--period', '2026Q3', '--out', out, '--force']);
}

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qs-bench-file-'));
  try {
    const book = await benchBook(dir, EVENTS);
    console.log(`  ${EVENTS.toLocaleString('en-US')} events: input ${(fs.statSync(book).size / 1e6).toFixed(1)} MB (setup, not timed)`);
    const out = path.join(dir, 'out.xlsx');
    const runs = [0, 1, 2].map(() => summarize(book, out));
    runs.forEach((m, i) => console.log(row(`qs-assess summarize 2026Q3, run ${i + 1}`, m)));
    const best = runs.reduce((a, b) => (b.wall < a.wall ? b : a));
    console.log(`  output ${(fs.statSync(out).size / 1e6).toFixed(1)} MB`);
    target(
      `summarize ${EVENTS.toLocaleString('en-US')} events (read + score + write) ≤ 2.5 s wall`,
      `${seconds(best.wall)} best of 3 (${runs.map((m) => m.wall.toFixed(2)).join(' / ')} s; CPU ${seconds(best.cpu)})`,
      best.wall <= 2.5,
    );
    target(`… ≤ 0.8 GB peak`, `${(best.maxRssMb / 1024).toFixed(2)} GB`, best.maxRssMb <= 0.8 * 1024);
    if (process.env.QS_BENCH_PEER !== '0') {
      const peer = measure(['-r', 'tsx/cjs', 'bench/job.ts', 'peer', String(EVENTS)]);
      console.log(row('peer: formula workbook in HyperFormula', peer, `(compute ${((peer.out.computeMs as number) / 1000).toFixed(2)} s)`));
      console.log(
        `  summarize (best of 3) is ${(peer.wall / best.wall).toFixed(1)}× faster than the peer in wall time, ${(peer.cpu / best.cpu).toFixed(1)}× in CPU time`,
      );
      target(
        `… ≥ 20× faster than the formula workbook (HyperFormula peer, same run)`,
        `peer ${seconds(peer.wall)} → ${(peer.wall / best.wall).toFixed(1)}× wall (${(peer.cpu / best.cpu).toFixed(1)}× CPU)`,
        peer.wall / best.wall >= 20,
      );
    }
    console.log(
      `  target: ≤ 2.5 s wall, ≤ 0.8 GB peak, ≥ 20× the peer — best run ${best.wall.toFixed(2)} s, ${(best.maxRssMb / 1024).toFixed(2)} GB`,
    );
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
