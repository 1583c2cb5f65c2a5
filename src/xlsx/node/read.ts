// Reading an .xlsx file for the command: the file checks (src/xlsx/node/files.ts), then the bytes
// through the browser-safe reader (src/xlsx/reader). Node's part is the path and the file system.
import * as fs from 'fs';
import * as zlib from 'zlib';
import type { Snapshot } from '../../engine';
import { checkInputPath, describeReadError, identityOf, type InputIdentity } from './files';
import { readWorkbookSteps } from '../reader';
import { UnpackAhead } from './unpack-ahead';

/**
 * Formula cells with no cached result (a file written by a program and never opened in a
 * spreadsheet): they read as empty, and messages about them should say why. Keys from cellKey().
 */
export type UncalculatedCells = Set<string>;

export function cellKey(sheet: string, row: number, column: number): string {
  return `${sheet}\u0000${row}\u0000${column}`;
}

/** The Snapshot's per-sheet `uncalculated` lists as one set of cellKey()s. */
export function uncalculatedCells(snapshot: Snapshot): UncalculatedCells {
  const out: UncalculatedCells = new Set();
  for (const s of snapshot.sheets) for (const [r, c] of s.uncalculated ?? []) out.add(cellKey(s.name, r, c));
  return out;
}

/** Node's zlib unpacks a part about four times faster than fflate (bench/readers.ts). */
export const nodeInflate = (stored: Uint8Array, maxBytes: number): Uint8Array => zlib.inflateRawSync(stored, { maxOutputLength: maxBytes });

/** Node's zlib.crc32 (native), continuing from `previous`. */
export const nodeCrc32 = (data: Uint8Array, previous: number): number => zlib.crc32(data, previous);

/** A workbook as one run read it: its bytes (scored and merged from, never read twice) and identity. */
export interface WorkbookFile {
  file: string;
  bytes: Uint8Array;
  identity: InputIdentity;
  snapshot: Snapshot;
  uncalculated: UncalculatedCells;
  date1904: boolean;
}

/**
 * Checks and reads an .xlsx file into its Snapshot — once: the same bytes are what a summary is
 * merged into, so a save between scoring and writing can never give a summary of other data.
 */
export async function readWorkbookFile(file: string): Promise<WorkbookFile> {
  checkInputPath(file);
  let bytes: Buffer;
  let st: fs.Stats;
  try {
    // Stat from the open handle, so size and time belong to the bytes read.
    const handle = await fs.promises.open(file, 'r');
    try {
      st = await handle.stat();
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (e) {
    throw describeReadError(e as NodeJS.ErrnoException, file);
  }
  // Large parts are unpacked on the thread pool while the part before them is scanned (unpack-ahead.ts).
  const ahead = new UnpackAhead(nodeInflate);
  const steps = readWorkbookSteps(bytes, { file, inflateWhole: ahead.inflateWhole, crc32: nodeCrc32 });
  let step = steps.next();
  while (!step.done) {
    await ahead.step(step.value);
    step = steps.next();
  }
  const { snapshot, date1904 } = step.value;
  return { file, bytes, identity: identityOf(bytes, st), snapshot, uncalculated: uncalculatedCells(snapshot), date1904 };
}
