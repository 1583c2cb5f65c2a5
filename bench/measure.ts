// Running one measured job in a fresh Node process, so that each gets its own peak memory: the
// child runs `bench/job.ts <job> <args…>` and prints one JSON line; its wall time, CPU time and
// peak RSS come from /usr/bin/time when present (else from the child's own account).
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export interface Measured {
  wall: number; // s
  cpu: number; // s, user + system
  maxRssMb: number;
  out: Record<string, unknown>;
}

const ROOT = path.resolve(__dirname, '..');
const TIME = '/usr/bin/time';

/** Runs `argv` (a node command line) under /usr/bin/time; the child's last stdout line is JSON. */
export function measure(argv: string[]): Measured {
  const haveTime = fs.existsSync(TIME);
  const cmd = haveTime ? TIME : process.execPath;
  const args = haveTime ? ['-f', 'QSTIME %e %U %S %M', process.execPath, ...argv] : argv;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${argv.join(' ')} failed (${r.status}): ${r.stderr.slice(-2000)}`);
  const lines = r.stdout.trim().split('\n');
  let out: Record<string, unknown> = {};
  try {
    out = JSON.parse(lines[lines.length - 1]);
  } catch {
    out = {};
  }
  const t = /QSTIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr);
  if (t) return { wall: Number(t[1]), cpu: Number(t[2]) + Number(t[3]), maxRssMb: Number(t[4]) / 1024, out };
  return { wall, cpu: Number(out.cpu ?? NaN), maxRssMb: Number(out.maxRssMb ?? NaN), out };
}

export function row(label: string, m: Measured, extra = ''): string {
  return `  ${label.padEnd(44)} ${m.wall.toFixed(2).padStart(7)} s wall ${m.cpu.toFixed(2).padStart(7)} s cpu ${m.maxRssMb.toFixed(0).padStart(6)} MB peak${extra ? '  ' + extra : ''}`;
}
