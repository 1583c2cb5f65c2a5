// Engine bench: parse + score (2026Q3 and 2026) + plan at 10k, 100k and 1M events over 60 units,
// through the use case every door calls (readWorkbook → assess → sheets(), src/engine/assess.ts),
// in two shapes of data: the generator's default (most events name a one-off 直接责任人: 123k
// personal-fine lines a quarter at 1M, the worst case) and a staff of 400 (people: 400, what a
// real company has). `npm run bench -- engine` (node runs with --expose-gc, so each size starts
// from a collected heap). Prints time per stage, events per second and memory, and reports the
// 1M targets (bench/targets.ts); figures go into docs/BENCHMARKS.md.
import { generateWorkbook } from './generate';
import { target } from './targets';
import { assess, planRows, readWorkbook, type WorkbookReading } from '../src/engine';
import type { Period } from '../src/engine';

/** [events, staff size or undefined for the default shape]. */
const RUNS: [number, number | undefined][] = [
  [10_000, undefined],
  [100_000, 400],
  [100_000, undefined],
  [1_000_000, 400],
  [1_000_000, undefined], // last: peak RSS is the process's high-water mark so far
];
const QUARTER_TARGET_MS = 1200;
const YEAR_TARGET_MS = 2500;
const QUARTER: Period = { kind: 'quarter', year: 2026, quarter: 3 };
const YEAR: Period = { kind: 'year', year: 2026 };

const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;
const collect = () => (global as { gc?: () => void }).gc?.();

/**
 * Runs fn, returning its value, wall time and CPU time (user + system, all threads, so GC helpers
 * count) in ms; tracks the heap high-water mark. CPU time is the steadier figure on a shared box.
 */
function timed<T>(fn: () => T, peak: { heap: number }): { value: T; ms: number; cpu: number } {
  const cpu0 = process.cpuUsage();
  const t = process.hrtime.bigint();
  const value = fn();
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const c = process.cpuUsage(cpu0);
  peak.heap = Math.max(peak.heap, process.memoryUsage().heapUsed);
  return { value, ms, cpu: (c.user + c.system) / 1000 };
}

export async function run(): Promise<void> {
  if (!(global as { gc?: unknown }).gc) console.log('(no global.gc: run through `npm run bench` for comparable memory figures)');
  const table: string[] = [];
  // Warm-up (not reported): lets the JIT compile the hot loops before the first timed size.
  const warm = readWorkbook(generateWorkbook({ events: 10_000, seed: 1 }));
  sheetsOf(warm, QUARTER);
  sheetsOf(warm, YEAR);
  for (const [n, people] of RUNS) table.push(measureSize(n, people));
  console.log('\nMarkdown for docs/BENCHMARKS.md:\n');
  console.log(
    '| events | people | parse | score Q3 | plan Q3 | parse+score+plan Q3 (CPU) | events/s | score year | plan year | parse+score+plan year (CPU) | heap with snapshot | heap after stages (max) | peak RSS |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const row of table) console.log(row);
  collect();
}

/**
 * One size and shape, start to end in its own function, so nothing of it outlives the call (a
 * loop body in the async run() kept the previous size's model alive: 0.8 GB at 1M).
 */
function measureSize(n: number, people: number | undefined): string {
  {
    collect();
    const snapshot = generateWorkbook({ events: n, people });
    const shape = people ? `${people} people` : 'one-off people';
    collect();
    const before = process.memoryUsage();
    const peak = { heap: before.heapUsed };

    const parse = timed(() => readWorkbook(snapshot), peak);
    if (parse.value.errors.length) throw new Error(`generated workbook has ${parse.value.errors.length} errors`);
    const model = parse.value;
    // A run produces one period: the quarter's result and plans are gone before the year's.
    const { scoreQ, planQ, reported, detailRows } = quarterStages(model, peak);
    const quarter = { ms: parse.ms + scoreQ.ms + planQ.ms, cpu: parse.cpu + scoreQ.cpu + planQ.cpu };
    collect();
    const y = timed(() => assessed(model, YEAR), peak);
    const yPlan = timed(() => y.value.sheets(), peak);
    const year = { ms: parse.ms + y.ms + yPlan.ms, cpu: parse.cpu + y.cpu + yPlan.cpu };
    const rss = process.resourceUsage().maxRSS * 1024;
    console.log(
      `${n.toLocaleString('en')} events, ${shape}: parse ${fmt(parse.ms)}, score Q3 ${fmt(scoreQ.ms)} (${reported.toLocaleString('en')} events), ` +
        `plan Q3 ${fmt(planQ.ms)} (${detailRows.toLocaleString('en')} detail rows), score year ${fmt(y.ms)}, plan year ${fmt(yPlan.ms)}; ` +
        `quarter pipeline ${fmt(quarter.ms)} (CPU ${fmt(quarter.cpu)}) = ${perSecond(n, quarter.ms)} events/s, ` +
        `year pipeline ${fmt(year.ms)} (CPU ${fmt(year.cpu)}); ` +
        `heap ${mb(before.heapUsed)} with the snapshot, at most ${mb(peak.heap)} after a stage; peak RSS so far ${mb(rss)}`,
    );
    if (n === 1_000_000) {
      const figure = (t: { ms: number; cpu: number }) => `${(t.ms / 1000).toFixed(2)} s wall (${(t.cpu / 1000).toFixed(2)} s CPU)`;
      target(`engine 1M events, ${shape}: quarter parse + score + plan ≤ 1.2 s`, figure(quarter), quarter.ms <= QUARTER_TARGET_MS);
      target(`engine 1M events, ${shape}: year parse + score + plan ≤ 2.5 s`, figure(year), year.ms <= YEAR_TARGET_MS);
      target(`engine 1M events, ${shape}: JS heap after a stage, at most`, mb(peak.heap), null);
    }
    return (
      `| ${n.toLocaleString('en')} | ${people ?? 'one-off'} | ${ms(parse.ms)} | ${ms(scoreQ.ms)} | ${ms(planQ.ms)} | ${ms(quarter.ms)} (${ms(quarter.cpu)}) | ${perSecond(n, quarter.ms)} | ` +
      `${ms(y.ms)} | ${ms(yPlan.ms)} | ${ms(year.ms)} (${ms(year.cpu)}) | ${mb(before.heapUsed)} | ${mb(peak.heap)} | ${mb(rss)} |`
    );
  }
}

/** Score and plan the quarter; only the figures leave, so the result can be collected. */
function quarterStages(model: WorkbookReading, peak: { heap: number }) {
  const q = timed(() => assessed(model, QUARTER), peak);
  const plan = timed(() => q.value.sheets(), peak);
  return {
    scoreQ: { ms: q.ms, cpu: q.cpu },
    planQ: { ms: plan.ms, cpu: plan.cpu },
    reported: q.value.result.events.length,
    detailRows: planRows(plan.value[1]).length, // counted without drawing the rows
  };
}

/** The use case every door calls: score (+ the period's warnings); its sheets are drawn on sheets(). */
function assessed(reading: WorkbookReading, period: Period) {
  const a = assess(reading, { period, today: { year: 2026, month: 12, day: 4 } });
  if (!a.ok) throw new Error('generated workbook has errors');
  return a;
}

function sheetsOf(reading: WorkbookReading, period: Period) {
  return assessed(reading, period).sheets();
}

const fmt = (t: number) => `${t.toFixed(0)} ms`;
const ms = (t: number) => `${t.toFixed(0)} ms`;
const perSecond = (n: number, t: number) => Math.round(n / (t / 1000)).toLocaleString('en');
