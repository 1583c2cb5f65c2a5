// Writing summaries to a file for the command: the Node layer over the browser-safe merge. Paths,
// the atomic write (src/xlsx/node/files.ts) and the wording of what went wrong are Node's part.
import * as fs from 'fs';
import * as zlib from 'zlib';
import type { SheetPlan } from '../../engine';
import { describeReadError, FileProblem, writeAtomically } from './files';
import { SheetNameClashError } from '../marker';
import { mergePlans, writePlansWorkbook, type MergeOptions } from '../merge';
import { nodeInflate } from './read';

/** Node's zlib packs our parts several times faster than fflate and a JS CRC, at the same level. */
export const NODE_MERGE: MergeOptions = {
  deflate: (raw) => zlib.deflateRawSync(raw, { level: 1 }),
  crc32: (data, previous) => zlib.crc32(data, previous),
  inflateWhole: nodeInflate,
};

/**
 * Writes `out`: the workbook `book` with the plans merged in, atomically. `book` and `out` may be
 * the same file (--in-place): it is read whole before the rename.
 */
export async function writeSummariesFile(book: string, out: string, plans: SheetPlan[]): Promise<void> {
  let original: Buffer;
  try {
    original = fs.readFileSync(book);
  } catch (e) {
    throw describeReadError(e as NodeJS.ErrnoException, book);
  }
  let merged: Uint8Array;
  try {
    merged = mergePlans(original, plans, book, NODE_MERGE);
  } catch (e) {
    if (e instanceof SheetNameClashError || e instanceof FileProblem) throw e;
    // Malformed package XML the reader tolerated: a file problem, reported, nothing written.
    throw new FileProblem(`无法把汇总表写入「${out}」:工作簿「${book}」的结构无法合并。请在 Excel 中打开并另存为 .xlsx 后再试。`);
  }
  await writeAtomically(out, (temp) => fs.promises.writeFile(temp, merged));
}

/** Writes a workbook of our sheets alone to `file` (for printing), atomically. */
export async function writePlansFile(plans: SheetPlan[], file: string): Promise<void> {
  const bytes = writePlansWorkbook(plans, NODE_MERGE);
  await writeAtomically(file, (temp) => fs.promises.writeFile(temp, bytes));
}
