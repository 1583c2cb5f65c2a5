// One catalogue case: a folder of its own, the real command in-process, and the four promises of
// issue 13 item 7 — the exit code, a located Chinese message, the inputs' bytes unchanged, and
// nothing left behind but the outputs the case expects.
import * as fs from 'fs';
import * as path from 'path';
import { cli, sha256 } from '../cli/helpers';

export interface Case {
  name: string;
  /** Builds the case's files in `dir` and returns the command's arguments. */
  setup: (dir: string) => Promise<string[]> | string[];
  code: 0 | 1 | 2;
  /** The located message: names the sheet, row and column, the file, or the argument. */
  message: RegExp;
  /** Files the command is expected to add to the folder (exit 0 only). */
  outputs?: string[];
  /** Further checks once the command has run. */
  after?: (dir: string, out: { stdout: string; stderr: string }) => Promise<void> | void;
}

/** Library messages in English (a stack, "Error:", "ENOENT", a sentence of Latin words) never reach users. */
const RAW = /程序内部错误|\bat \w+ \(|Error:|\bE[A-Z]{3,}\b(?!\))|[A-Za-z]+ [a-z]+ [a-z]+ [a-z]+/;

/** Every line that reports a problem in a sheet names the sheet and, past the sheet level, row and column. */
const SHEET_LINE = /^(警告:)?「[^」]+」(第 \d+ 行( [A-Z]+ 列)?)?(\([^)]*\))?:\S/;

function snapshotFolder(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of fs.readdirSync(dir)) {
    const p = path.join(dir, f);
    out.set(f, fs.lstatSync(p).isFile() ? sha256(p) : 'dir');
  }
  return out;
}

export async function runCase(c: Case, root: string): Promise<void> {
  const dir = fs.mkdtempSync(path.join(root, 'case-'));
  const args = await c.setup(dir);
  const before = snapshotFolder(dir);
  const r = await cli(...args);
  const all = `${r.stdout}\n${r.stderr}`;
  expect({ case: c.name, code: r.code }).toEqual({ case: c.name, code: c.code });
  expect(all).toMatch(c.message);
  expect(all).not.toMatch(RAW);
  for (const line of all.split('\n')) {
    if (line.startsWith('「') || line.startsWith('警告:「')) expect(line).toMatch(SHEET_LINE);
  }
  // Inputs byte for byte; nothing new but the expected outputs; no temp file anywhere.
  const after = snapshotFolder(dir);
  for (const [f, hash] of before) expect([f, after.get(f)]).toEqual([f, hash]);
  const added = [...after.keys()].filter((f) => !before.has(f)).sort();
  expect(added).toEqual([...(c.outputs ?? [])].sort());
  if (c.after) await c.after(dir, r);
}
