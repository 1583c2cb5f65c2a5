// `qs-assess import` of a 10,000-row GBK CSV (a quarter of 95598 work orders, as the service
// system exports them: title-less, BOM-less GBK, every row a ticket) into the bundled sample, in a
// fresh process measured from outside; then the same CSV again into the result, which must add 0
// rows (SPEC §9 idempotence). `npm run bench -- import`; QS_BENCH_IMPORT_ROWS changes the size.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SAMPLE_UNITS } from '../src/engine/template/sample-data';
import { encodeGbk } from '../test/helpers/gbk';
import { measure, row } from './measure';

const ROWS = Number(process.env.QS_BENCH_IMPORT_ROWS ?? 10_000);
const ROOT = path.resolve(__dirname, '..');

/** The export: 工单编号, 受理时间 (with a time of day), 供电单位 (names and 别名), 工单类型, 诉求内容 with commas in quotes. */
function exportCsv(rows: number): string {
  const types = ['投诉', '意见', '举报', '表扬', '来信'];
  const units = SAMPLE_UNITS.flatMap((u) => [u.name, ...(u.aliases ? u.aliases.split('、') : [])]);
  const lines = ['工单编号,受理时间,供电单位,工单类型,诉求内容'];
  for (let i = 0; i < rows; i++) {
    const day = 1 + (i % 92);
    const d = new Date(Date.UTC(2026, 6, day));
    const date = `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')} ${String(8 + (i % 10)).padStart(2, '0')}:30`;
    lines.push(
      `2026Q3${String(i).padStart(6, '0')},${date},${units[i % units.length]},${types[i % types.length]},"客户反映第${i}号问题,要求尽快处理"`,
    );
  }
  return lines.join('\r\n') + '\r\n';
}

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qs-bench-import-'));
  try {
    const book = path.join(dir, 'book.xlsx');
    const init = spawnSync(process.execPath, ['bin/qs-assess.js', 'init', book, '--sample'], { cwd: ROOT, encoding: 'utf8' });
    if (init.status !== 0) throw new Error(init.stderr);
    const csv = path.join(dir, 'export.csv');
    fs.writeFileSync(csv, encodeGbk(exportCsv(ROWS)));
    console.log(
      `  ${ROWS.toLocaleString('en-US')} rows, GBK CSV ${(fs.statSync(csv).size / 1e6).toFixed(1)} MB, into the sample (setup, not timed)`,
    );
    const out = path.join(dir, 'out.xlsx');
    const runs = [0, 1, 2].map(() => measure(['bin/qs-assess.js', 'import', book, csv, '--out', out, '--force']));
    runs.forEach((m, i) => console.log(row(`qs-assess import (GBK CSV), run ${i + 1}`, m)));
    const best = runs.reduce((a, b) => (b.wall < a.wall ? b : a));
    const again = spawnSync(process.execPath, ['bin/qs-assess.js', 'import', out, csv, '--dry-run'], { cwd: ROOT, encoding: 'utf8' });
    const counts = /新增 (\d+) 行,已存在 (\d+) 行,拒绝 (\d+) 行/.exec(again.stdout);
    console.log(
      `  second import of the same CSV: ${counts ? `${counts[1]} new, ${counts[2]} present, ${counts[3]} refused` : again.stdout + again.stderr}`,
    );
    console.log(
      `  target: < 2 s wall, second import adds 0 — best run ${best.wall.toFixed(2)} s, ${counts?.[1] === '0' ? 'adds 0' : 'ADDS ROWS'}`,
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
