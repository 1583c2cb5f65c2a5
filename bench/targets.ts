// The one table `npm run bench` ends with: every speed target of the parts that ran, the value
// measured, ✓ or ✗, and the load average when it was measured (the machine is often shared, so a
// wall time means little without it). Parts call `target()`; bench/run.ts prints `targetTable()`.
import * as os from 'os';

export interface Target {
  /** What is promised, e.g. "engine 1M, quarter parse + score + plan ≤ 1.2 s". */
  name: string;
  /** What was measured, in words and units, e.g. "0.98 s wall (1.10 s CPU)". */
  measured: string;
  /** Met or not (null: not judged, e.g. a figure reported beside a target). */
  met: boolean | null;
  load: string;
}

const targets: Target[] = [];

/** The 1-minute load average and the number of cores, e.g. "3.2/2". */
export function loadNow(): string {
  return `${os.loadavg()[0].toFixed(1)}/${os.cpus().length}`;
}

export function target(name: string, measured: string, met: boolean | null): void {
  targets.push({ name, measured, met, load: loadNow() });
}

/** Markdown, so it can go into docs/BENCHMARKS.md as it is. */
export function targetTable(): string {
  if (!targets.length) return '';
  const lines = ['| target | measured | met | load (1 min / cores) |', '| --- | --- | :-: | --: |'];
  for (const t of targets) lines.push(`| ${t.name} | ${t.measured} | ${t.met === null ? '—' : t.met ? '✓' : '✗'} | ${t.load} |`);
  return lines.join('\n');
}

export const seconds = (s: number) => `${s.toFixed(2)} s`;
