// One measured job, run by bench/measure.ts in a fresh process: `node -r tsx/cjs bench/job.ts <job> …`.
//   read <candidate> <file>    read an .xlsx into rows of values (ours | ours-fflate | sheetjs | exceljs)
//   peer <events>              the formula workbook staff build by hand, computed by HyperFormula
// Prints one JSON line; the figures that matter come from /usr/bin/time around the process.
/* eslint-disable @typescript-eslint/no-require-imports -- loaded on demand: a job loads only its candidate */
import * as fs from 'fs';

async function read(candidate: string, file: string): Promise<Record<string, unknown>> {
  const bytes = fs.readFileSync(file);
  const t0 = process.hrtime.bigint();
  let rows = 0;
  if (candidate === 'ours' || candidate === 'ours-fflate') {
    // ours: as the command reads (Node's zlib for whole parts); ours-fflate: as the browser page does.
    const { readWorkbookBytes } = require('../src/xlsx/reader') as typeof import('../src/xlsx/reader');
    const { nodeInflate } = require('../src/xlsx/node/read') as typeof import('../src/xlsx/node/read');
    const inflateWhole = candidate === 'ours' ? nodeInflate : undefined;
    for (const s of readWorkbookBytes(bytes, { inflateWhole }).snapshot.sheets) rows += s.values.length;
  } else if (candidate === 'sheetjs') {
    // SheetJS in dense mode, values only (no formatted text, no HTML, no formulas): its fastest setting.
    const XLSX = require('@e965/xlsx') as typeof import('@e965/xlsx');
    const wb = XLSX.read(bytes, {
      type: 'buffer',
      dense: true,
      cellText: false,
      cellHTML: false,
      cellFormula: false,
      cellStyles: false,
      cellNF: false,
    });
    for (const name of wb.SheetNames) rows += (wb.Sheets[name]['!data'] ?? []).length;
  } else if (candidate === 'exceljs') {
    const ExcelJS = require('exceljs') as typeof import('exceljs');
    const { snapshotOfWorkbook } = require('../test/helpers/exceljs-snapshot') as typeof import('../test/helpers/exceljs-snapshot');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    for (const s of snapshotOfWorkbook(wb).sheets) rows += s.values.length;
  } else throw new Error(`unknown reader ${candidate}`);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return { rows, readMs: ms };
}

async function main(): Promise<void> {
  const [job, ...args] = process.argv.slice(2);
  let out: Record<string, unknown>;
  if (job === 'read') out = await read(args[0], args[1]);
  else if (job === 'peer') out = (require('./peer') as typeof import('./peer')).runPeer(Number(args[0]));
  else throw new Error(`unknown job ${job}`);
  const u = process.resourceUsage();
  console.log(JSON.stringify({ ...out, cpu: (u.userCPUTime + u.systemCPUTime) / 1e6, maxRssMb: u.maxRSS / 1024 }));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
