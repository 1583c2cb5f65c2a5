// What the browser-bundle test loads in Chromium: the .xlsx layer's browser API and the engine,
// built by webpack for `target: 'web'` with no Node fallbacks. Bytes go in and out as base64.
import { parsePeriod, parseWorkbook, planSummaries, score } from '../../src/engine';
import { mergePlans, readWorkbookBytes } from '../../src/xlsx';

function fromBase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

(globalThis as unknown as { qsSummarize: unknown }).qsSummarize = (book: string, period: string) => {
  const bytes = fromBase64(book);
  const { snapshot } = readWorkbookBytes(bytes, { file: 'sample.xlsx' });
  const { model, errors } = parseWorkbook(snapshot);
  if (errors.length) return { snapshot, errors };
  const plans = planSummaries(model, score(model, parsePeriod(period)!));
  return { snapshot, errors, plans: plans.map((p) => p.name), merged: toBase64(mergePlans(bytes, plans, 'sample.xlsx')) };
};

/** The reader alone: the Snapshot, or the refusal's message (issue 22: the page answers as the command does). */
(globalThis as unknown as { qsRead: unknown }).qsRead = (book: string) => {
  try {
    return { snapshot: readWorkbookBytes(fromBase64(book), { file: 'book.xlsx' }).snapshot };
  } catch (e) {
    return { error: (e as Error).message };
  }
};
