// Running the real `qs-assess` (node bin/qs-assess.js) in a temporary folder, and file fingerprints.
import { spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { bufferIo } from '../../src/cli/io';
import { main } from '../../src/cli/run';

export const ROOT = path.resolve(__dirname, '../..');
export const BIN = path.join(ROOT, 'bin', 'qs-assess.js');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command from its TypeScript sources (the prebuilt bundle is tested in prebuilt.test.ts). */
export function runBin(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    env: { QS_ASSESS_FROM_SOURCE: '1', ...env },
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Files in a folder other than `keep` (to prove nothing, not even a temp file, was left behind). */
export function filesIn(dir: string): string[] {
  return fs.readdirSync(dir).sort();
}

/** Runs the command in-process through main(), for speed; output as text. */
export async function cli(...args: string[]): Promise<Run> {
  const io = bufferIo();
  const code = await main(args, io);
  return { code, stdout: io.stdout.join('\n'), stderr: io.stderr.join('\n') };
}

/** A copy of `source` in a fresh folder under `dir`, for a test that changes files. */
export function copyInto(dir: string, source: string, name = 'book.xlsx'): string {
  const d = fs.mkdtempSync(path.join(dir, 'case-'));
  const file = path.join(d, name);
  fs.copyFileSync(source, file);
  return file;
}
