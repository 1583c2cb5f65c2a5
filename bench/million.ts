// A 1,000,000-event workbook (about 50 MB) summarized by the command in a fresh process: read, not
// refused, within the stated bounds. Building the workbook takes a few minutes (not timed).
// `npm run bench -- million`.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { benchBook, summarize } from './file';
import { row } from './measure';
import { seconds, target } from './targets';

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qs-bench-million-'));
  try {
    const book = await benchBook(dir, 1_000_000);
    console.log(`  1,000,000 events: input ${(fs.statSync(book).size / 1e6).toFixed(1)} MB (setup, not timed)`);
    const m = summarize(book, path.join(dir, 'out.xlsx'));
    console.log(row('qs-assess summarize 2026Q3', m));
    console.log(`  target: ≤ 15 s wall, ≤ 1.5 GB peak — ${m.wall.toFixed(2)} s, ${(m.maxRssMb / 1024).toFixed(2)} GB`);
    target('summarize a 1,000,000-event workbook ≤ 15 s wall', `${seconds(m.wall)} (CPU ${seconds(m.cpu)})`, m.wall <= 15);
    target('… ≤ 1.5 GB peak', `${(m.maxRssMb / 1024).toFixed(2)} GB`, m.maxRssMb <= 1.5 * 1024);
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
