// What a run must not leave behind if it is interrupted: temporary files and folders, the lock on
// a workbook, and child processes (LibreOffice). While anything is registered, SIGINT (Ctrl-C),
// SIGTERM and SIGHUP (a closed terminal) remove it all, stop the children, say so in Chinese and
// exit with the shell's code for the signal (130, 143, 129) — never a silent death by signal that
// leaves `.qs-*.tmp`, `qs-assess-*` folders or a running soffice behind.
import * as fs from 'fs';
import type { ChildProcess } from 'child_process';

type Signal = 'SIGINT' | 'SIGTERM' | 'SIGHUP';
export const SIGNAL_EXIT: Record<Signal, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
const SIGNALS = Object.keys(SIGNAL_EXIT) as Signal[];

const paths = new Set<string>();
const children = new Set<ChildProcess>();

const handlers = Object.fromEntries(SIGNALS.map((s) => [s, () => interrupted(s)])) as Record<Signal, () => void>;
let installed = false;

function update(): void {
  const want = paths.size + children.size > 0;
  if (want === installed) return;
  for (const s of SIGNALS) (want ? process.on : process.off).call(process, s, handlers[s]);
  installed = want;
}

/** Removes, on interruption, a file or a folder (with what it holds). */
export function trackPath(p: string): void {
  paths.add(p);
  update();
}

export function untrackPath(p: string): void {
  paths.delete(p);
  update();
}

/**
 * Stops, on interruption, a child process and its whole process group (soffice starts further
 * processes; the child is spawned `detached` so that it leads a group of its own).
 */
export function trackChild(child: ChildProcess): void {
  children.add(child);
  update();
  child.once('exit', () => untrackChild(child));
}

export function untrackChild(child: ChildProcess): void {
  children.delete(child);
  update();
}

/** Stops a child and its group, quietly (it may be gone already). */
export function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      // Gone already.
    }
  }
}

/** Everything registered removed now (also used by tests). */
export function cleanUpNow(): void {
  for (const child of children) stopChild(child);
  children.clear();
  for (const p of paths) {
    try {
      fs.rmSync(p, { recursive: true, force: true });
    } catch {
      // Nothing more can be done while exiting.
    }
  }
  paths.clear();
  update();
}

function interrupted(signal: Signal): void {
  cleanUpNow();
  try {
    process.stderr.write('\n已中断:未写完的临时文件已删除,原文件未改动。\n');
  } catch {
    // A closed terminal (SIGHUP): nowhere to say it.
  }
  process.exit(SIGNAL_EXIT[signal]);
}
