// Writing summaries to a file for the command: the Node layer over the browser-safe merge. Paths,
// the atomic write (src/xlsx/node/files.ts) and the wording of what went wrong are Node's part.
import * as fs from 'fs';
import * as zlib from 'zlib';
import type { SheetPlan } from '../../engine';
import { checkUnchanged, FileProblem, sameFile, writeAtomically } from './files';
import { SheetNameClashError } from '../marker';
import { mergePlansAsync, writePlansWorkbook, type MergeOptions } from '../merge';
import { SheetDeflater } from './sheet-deflate';
import { stampPackage } from './fingerprint';
import { nodeInflate, readWorkbookFile, type WorkbookFile } from './read';

/** Level 1: the fastest; people wait for the command. */
const DEFLATE_LEVEL = 1;

/**
 * Our sheets of 1 MiB and more deflated while drawn, on a worker thread (sheet-deflate.ts), with
 * the options of the in-line deflate: the command draws on, the other core packs.
 */
const BACKGROUND = new SheetDeflater({ level: DEFLATE_LEVEL, chunkSize: 1024 * 1024 }, 1024 * 1024);

/** Node's zlib packs our parts several times faster than fflate and a JS CRC, at the same level. */
export const NODE_MERGE: MergeOptions = {
  deflate: (raw) => zlib.deflateRawSync(raw, { level: DEFLATE_LEVEL }),
  crc32: (data, previous) => zlib.crc32(data, previous),
  inflateWhole: nodeInflate,
  background: BACKGROUND,
};

/**
 * Writes `out`: the workbook `book` with the plans merged in, atomically. `book` is a path (read
 * here) or, better, the WorkbookFile the run scored, so that the summary and the data it sums come
 * from the same bytes. When `out` is the book itself (--in-place), the book must still hold those
 * bytes at the moment of the rename (checkUnchanged): a save made meanwhile is never overwritten.
 * For a copy, `beforeReplace` (guardOutput) refuses at that moment an `out` changed since the run began.
 */
export async function writeSummariesFile(
  book: string | WorkbookFile,
  out: string,
  plans: SheetPlan[],
  beforeReplace?: () => void,
): Promise<void> {
  const input = typeof book === 'string' ? await readWorkbookFile(book) : book;
  let merged: Uint8Array;
  try {
    merged = await mergePlansAsync(input.bytes, plans, input.file, NODE_MERGE);
  } catch (e) {
    if (e instanceof SheetNameClashError || e instanceof FileProblem) throw e;
    // Malformed package XML the reader tolerated: a file problem, reported, nothing written.
    throw new FileProblem(`无法把汇总表写入「${out}」:工作簿「${input.file}」的结构无法合并。请在 Excel 中打开并另存为 .xlsx 后再试。`);
  }
  const inPlace = sameFile(out, input.file);
  // A copy (--out) carries the fingerprint that lets a later run replace it while nobody has
  // changed it; the book itself (--in-place) stays the user's, never replaceable by an --out.
  const bytes = inPlace ? merged : stampPackage(merged, 'summary');
  await writeAtomically(out, (temp) => fs.promises.writeFile(temp, bytes), {
    beforeRename: inPlace ? () => checkUnchanged(input.file, input.identity) : beforeReplace,
  });
}

/** Writes a workbook of our sheets alone to `file` (for printing), atomically. */
export async function writePlansFile(plans: SheetPlan[], file: string): Promise<void> {
  const bytes = writePlansWorkbook(plans, NODE_MERGE);
  await writeAtomically(file, (temp) => fs.promises.writeFile(temp, bytes));
}
