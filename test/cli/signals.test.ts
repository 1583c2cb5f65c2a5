// Interrupting the command while LibreOffice converts (issue 22): SIGTERM, Ctrl-C or a closed
// terminal removes both temporary folders, stops soffice and everything it started, and exits
// 143 / 130 / 129 — never a death by signal that leaves folders and a running soffice behind.
// A stand-in soffice (a script that starts a child, as soffice starts soffice.bin, and waits)
// makes the moment of the signal certain.
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { BIN, tempDir } from './helpers';
import { soundBook, writeBook } from '../catalogue/books';

let root: string;
beforeAll(() => (root = tempDir('qs-signals-')));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** Running (a zombie awaiting a reaper that a container may not have counts as stopped). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

test.each([
  ['SIGTERM', 143],
  ['SIGINT', 130],
  ['SIGHUP', 129],
] as const)(
  '%s while LibreOffice converts: temp folders removed, soffice stopped, exit %i',
  async (signal, exitCode) => {
    const dir = fs.mkdtempSync(path.join(root, 'case-'));
    const tmp = fs.mkdtempSync(path.join(root, 'tmp-'));
    const pids = path.join(dir, 'pids');
    const fake = path.join(dir, 'soffice');
    fs.writeFileSync(fake, `#!/bin/sh\nsleep 120 &\necho $$ $! > ${JSON.stringify(pids)}\nwait\n`, { mode: 0o755 });
    const book = path.join(dir, 'book.xlsx');
    await writeBook(book, soundBook());
    const child = spawn(process.execPath, [BIN, 'summarize', book, '--period', '2026Q3', '--pdf', path.join(dir, 'out.pdf')], {
      env: { ...process.env, QS_SOFFICE: fake, TMPDIR: tmp },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    for (let i = 0; i < 300 && !(fs.existsSync(pids) && fs.readFileSync(pids, 'utf8').trim().split(' ').length === 2); i++)
      await new Promise((r) => setTimeout(r, 50));
    const [shell, sleeper] = fs.readFileSync(pids, 'utf8').trim().split(' ').map(Number);
    expect(fs.readdirSync(tmp).filter((n) => n.startsWith('qs-assess')).length).toBeGreaterThan(0); // mid-conversion: its folder exists
    child.kill(signal);
    expect(await exited).toBe(exitCode);
    expect(stderr).toContain('已中断');
    await new Promise((r) => setTimeout(r, 200));
    expect(fs.readdirSync(tmp).filter((n) => n.startsWith('qs-'))).toEqual([]);
    expect([alive(shell), alive(sleeper)]).toEqual([false, false]);
    expect(fs.readdirSync(dir).sort()).toEqual(['book.summary.xlsx', 'book.xlsx', 'pids', 'soffice']);
  },
  60_000,
);
