// Custom functions: 60 QS.SCORE cells (one per unit) over one ledger of 10,000 and 100,000 rows,
// called through the entry points of src/functions/functions.ts, each call given a fresh deep
// copy of its ranges as Excel does. The copy is made outside the timed section (Excel makes it,
// not us); the timed section is exactly the function call.
//   npm run bench -- functions
import '../test/setup/custom-functions-shim';
import { generateWorkbook } from './generate';
import { SCORE } from '../src/functions/functions';
import { cacheStats, clearWorkbookCache } from '../src/functions/workbook';
import { parseWorkbook, score, type CellValue } from '../src/engine';
import { target } from './targets';

const CELLS = 60;
const PERIOD = '2026Q3';

/** Both generated ledgers as one range of exactly `rows` event rows (plus the header). */
function ledgerOf(rows: number): { ledger: CellValue[][]; params: CellValue[][]; units: string[] } {
  const snapshot = generateWorkbook({ events: rows });
  const sheet = (name: string) => snapshot.sheets.find((s) => s.name === name)!.values;
  const dept = sheet('部门考核记录');
  const sub = sheet('二级单位考核记录');
  const ledger = [dept[0], ...dept.slice(1), ...sub.slice(1)];
  const units = sheet('单位')
    .slice(1)
    .map((r) => String(r[1]));
  return { ledger, params: sheet('考核参数'), units };
}

const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

async function measure(rows: number): Promise<void> {
  const { ledger, params, units } = ledgerOf(rows);
  // The reference: one parse + score of the same ranges, as the summary would do it.
  const t0 = performance.now();
  const { model, errors } = parseWorkbook(
    {
      sheets: [
        { name: '二级单位考核记录', values: ledger },
        { name: '考核参数', values: params },
      ],
    },
    { implicitUnits: true },
  );
  const result = score(model, { kind: 'quarter', year: 2026, quarter: 3 });
  const once = performance.now() - t0;
  if (errors.length) throw new Error(`generated ledger has errors: ${errors[0].message}`);

  clearWorkbookCache();
  cacheStats.hits = cacheStats.misses = 0;
  const times: number[] = [];
  for (let i = 0; i < CELLS; i++) {
    const unit = units[i % units.length];
    const events = copy(ledger); // Excel's fresh copy: not timed
    const p = copy(params);
    const t = performance.now();
    const value = SCORE(unit, PERIOD, events, undefined, p);
    times.push(performance.now() - t);
    const expected = result.units.find((u) => u.name === unit)?.score ?? model.rules.params.base;
    if (value !== expected) throw new Error(`${unit}: QS.SCORE ${value} ≠ score() ${expected}`);
  }
  const total = times.reduce((a, b) => a + b, 0);
  const rest = times.slice(1);
  const median = [...rest].sort((a, b) => a - b)[Math.floor(rest.length / 2)];
  console.log(
    `${rows.toLocaleString('en')} rows × ${CELLS} cells: total ${total.toFixed(0)} ms ` +
      `(first call, parse + score: ${times[0].toFixed(0)} ms; each later call, fingerprint + lookup: ` +
      `median ${median.toFixed(1)} ms, max ${Math.max(...rest).toFixed(1)} ms); ` +
      `cache ${cacheStats.misses} miss / ${cacheStats.hits} hits; ` +
      `without the cache ≈ ${((once * CELLS) / 1000).toFixed(1)} s (one parse + score = ${once.toFixed(0)} ms)`,
  );
  if (rows === 10_000) target(`custom functions: ${CELLS} QS.SCORE cells over 10k rows < 0.5 s`, `${total.toFixed(0)} ms`, total < 500);
}

export async function run(): Promise<void> {
  for (const rows of [10_000, 100_000]) await measure(rows);
}
