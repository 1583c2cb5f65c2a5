// Reading an .xlsx file for the command: the file checks (src/xlsx/node/files.ts), then the bytes
// through the browser-safe reader (src/xlsx/reader). Node's part is the path and the file system.
import * as fs from 'fs';
import * as zlib from 'zlib';
import type { Snapshot } from '../../engine';
import { checkInputFile, describeReadError } from './files';
import { readWorkbookBytes } from '../reader';

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

/** Checks and reads an .xlsx file into its Snapshot. */
export async function readWorkbookFile(file: string): Promise<{ snapshot: Snapshot; uncalculated: UncalculatedCells; date1904: boolean }> {
  checkInputFile(file);
  let bytes: Buffer;
  try {
    bytes = await fs.promises.readFile(file);
  } catch (e) {
    throw describeReadError(e as NodeJS.ErrnoException, file);
  }
  const { snapshot, date1904 } = readWorkbookBytes(bytes, { file, inflateWhole: nodeInflate });
  return { snapshot, uncalculated: uncalculatedCells(snapshot), date1904 };
}
