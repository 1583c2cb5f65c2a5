// Candidate .xlsx readers side by side on the same 100,000-event workbook, each in a fresh process
// (wall, CPU, peak RSS measured from outside): ours (src/xlsx/reader: a chunked scanner of our own;
// parts unpacked by Node's zlib as the command does, or by fflate as the browser page does), SheetJS in dense mode (@e965/xlsx, values only), and ExcelJS's document reader (the
// reader the command used before). `npm run bench -- readers`; QS_BENCH_EVENTS changes the size.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { benchBook } from './file';
import { measure, row } from './measure';

const EVENTS = Number(process.env.QS_BENCH_EVENTS ?? 100_000);
const CANDIDATES = ['ours', 'ours-fflate', 'sheetjs', 'exceljs'];

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qs-bench-readers-'));
  try {
    const book = await benchBook(dir, EVENTS);
    console.log(`  ${EVENTS.toLocaleString('en-US')} events: input ${(fs.statSync(book).size / 1e6).toFixed(1)} MB`);
    for (const c of CANDIDATES) {
      const runs = [0, 1].map(() => measure(['-r', 'tsx/cjs', 'bench/job.ts', 'read', c, book]));
      const best = runs.reduce((a, b) => (b.wall < a.wall ? b : a));
      console.log(
        row(
          `read with ${c} (best of 2; process total)`,
          best,
          `read alone ${((best.out.readMs as number) / 1000).toFixed(2)} s, ${best.out.rows} rows`,
        ),
      );
    }
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
