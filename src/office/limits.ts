// Excel's limits on one request, and how we split work to stay under them.
// Excel on the web refuses a request or a response over 5 MB; every host refuses to read a
// range of more than 5,000,000 cells. Desktop Excel has no payload limit, so there the number
// of round trips does not grow with the workbook: that is what keeps a big workbook fast.
import { isWeb, type OfficeHost } from './host';

export const WEB_PAYLOAD_BYTES = 5 * 1024 * 1024;
/** What we aim for per request: a margin under the limit for the envelope we cannot see. */
export const WEB_BUDGET_BYTES = 4 * 1024 * 1024;
export const READ_CELL_LIMIT = 5_000_000;
/**
 * Before reading we know only how many cells a sheet has, not how long its text is. An event
 * row of a dozen columns averages well under 40 bytes a cell in JSON; if a workbook is wordier,
 * read.ts halves the budget and retries when Excel on the web says the response was too big.
 */
export const WEB_READ_CELLS = 100_000;

export interface Budget {
  /** Bytes per request we may send (writes). */
  writeBytes: number;
  /** Cells per request we may ask for (reads). */
  readCells: number;
}

export function budgetFor(host: OfficeHost): Budget {
  return isWeb(host) ? { writeBytes: WEB_BUDGET_BYTES, readCells: WEB_READ_CELLS } : { writeBytes: Infinity, readCells: Infinity };
}

/** Approximate size in bytes of a value as Office.js sends it (JSON, UTF-8). */
export function jsonBytes(v: unknown): number {
  if (v === null || v === undefined) return 4;
  if (typeof v === 'string') {
    let n = 2;
    for (let i = 0; i < v.length; i++) {
      const c = v.charCodeAt(i);
      n += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
    return n;
  }
  if (typeof v === 'number' || typeof v === 'boolean') return String(v).length;
  if (Array.isArray(v)) {
    let n = 2;
    for (const x of v) n += jsonBytes(x) + 1;
    return n;
  }
  if (typeof v === 'object') {
    let n = 2;
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) n += k.length + 3 + jsonBytes(x) + 1;
    return n;
  }
  return 0;
}

/** Groups sized items into consecutive batches of at most `budget` each (an oversized item goes alone). */
export function packBatches<T>(items: T[], size: (t: T) => number, budget: number): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const s = size(item);
    if (current.length > 0 && used + s > budget) {
      batches.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += s;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
