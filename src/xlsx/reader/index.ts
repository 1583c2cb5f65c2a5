// The .xlsx reader: bytes → the engine's Snapshot, with no Node APIs (the command and the browser
// page both use it). Every sheet is read, hidden ones too, values from A1; sheets marked as ours
// are flagged `generated`; formula cells with no stored result are listed in `uncalculated`.
// Sheets and shared strings are unpacked and scanned in chunks, so memory follows the values kept,
// not the XML; everything unpacked counts against LIMITS (src/xlsx/package/limits.ts).
import type { SheetSnapshot, Snapshot } from '../../engine';
import { LIMITS, type Limits } from '../package/limits';
import type { InflateWhole, ZipArchive, ZipEntry } from '../package/zip';
import { openPackage, readSmallPart, workbookRels } from '../package/open';
import { relIs } from '../package/opc';
import { damagedPart, FileProblem, notWorkbook, type FileLabel } from '../package/problem';
import { readSharedStrings } from './shared-strings';
import { readSheet } from './sheet';
import { dateStyles } from './styles';
import { readWorkbookPart } from './workbook';

export interface ReadOptions {
  /** What messages call the file (a path, a file name). */
  file?: FileLabel;
  limits?: Limits;
  /** Packed bytes unpacked at a time; tests set it tiny so that chunks split every tag. */
  sliceBytes?: number;
  /** A native inflater for parts up to 64 MiB (Node's zlib: src/xlsx/node/read.ts); fflate otherwise. */
  inflateWhole?: InflateWhole;
  /** A native CRC-32 (Node's zlib.crc32) for checking every part unpacked; ours otherwise. */
  crc32?: (data: Uint8Array, previous: number) => number;
}

export interface ReadResult {
  snapshot: Snapshot;
  /** The book counts dates from 1904 (old Mac files); the snapshot's serials are 1900-system all the same. */
  date1904: boolean;
}

export function readSnapshot(bytes: Uint8Array, options: ReadOptions = {}): Snapshot {
  return readWorkbookBytes(bytes, options).snapshot;
}

export function readWorkbookBytes(bytes: Uint8Array, options: ReadOptions = {}): ReadResult {
  const steps = readWorkbookSteps(bytes, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Where a read has got to, for a host that unpacks large parts elsewhere while this thread scans
 * (the command: Node's zlib on its thread pool, src/xlsx/node/read.ts): first every part the read
 * will scan, in order, then each one as the read is about to scan it.
 */
export type ReadStep = { kind: 'parts'; zip: ZipArchive; parts: ZipEntry[] } | { kind: 'part'; entry: ZipEntry };

/** readWorkbookBytes as steps (ReadStep); a host that does nothing between them reads as it does. */
export function* readWorkbookSteps(bytes: Uint8Array, options: ReadOptions = {}): Generator<ReadStep, ReadResult, void> {
  const file = options.file ?? '工作簿';
  const pkg = openPackage(bytes, file, options.limits ?? LIMITS);
  pkg.budget.sliceBytes = options.sliceBytes;
  pkg.budget.inflateWhole = options.inflateWhole;
  pkg.budget.crc32 = options.crc32;
  const wbXml = readSmallPart(pkg, pkg.workbookPart)!;
  const info = guarded(file, pkg.workbookPart, () => readWorkbookPart(wbXml));
  if (info.sheets.length === 0 && !/<([\w.-]+:)?sheets(?=[\s/>])/.test(wbXml))
    throw notWorkbook(file, `${pkg.workbookPart} 中没有工作表列表`);
  const rels = workbookRels(pkg);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheetEntry = (rid: string) => {
    const rel = byId.get(rid);
    // Chart sheets and dialog sheets hold no cells.
    if (!rel || rel.external || !relIs(rel.type, 'worksheet')) return null;
    return { rel, entry: pkg.zip.find(rel.part) };
  };

  const stylesRel = rels.find((r) => relIs(r.type, 'styles') && !r.external);
  const dateStyle = dateStyles(stylesRel ? readSmallPart(pkg, stylesRel.part) : null);
  const ssRel = rels.find((r) => relIs(r.type, 'sharedStrings') && !r.external);
  const ssEntry = ssRel ? pkg.zip.find(ssRel.part) : null;
  const parts = [ssEntry, ...info.sheets.map((s) => sheetEntry(s.rid)?.entry)].filter((e): e is ZipEntry => !!e);
  yield { kind: 'parts', zip: pkg.zip, parts };
  let shared: string[] = [];
  if (ssEntry) {
    yield { kind: 'part', entry: ssEntry };
    shared = guarded(file, ssEntry.name, () => readSharedStrings(pkg.zip, ssEntry, file, pkg.budget));
  }

  const sheets: SheetSnapshot[] = [];
  for (const s of info.sheets) {
    const found = sheetEntry(s.rid);
    if (!found) continue;
    const { rel, entry } = found;
    if (!entry) throw damagedPart(file, rel.part, `工作表「${s.name}」的数据部件不存在`);
    yield { kind: 'part', entry };
    const { values, uncalculated } = guarded(file, rel.part, () =>
      readSheet(pkg.zip, entry, file, pkg.budget, { shared, dateStyle, date1904: info.date1904 }),
    );
    const sheet: SheetSnapshot = { name: s.name, values, top: 1, left: 1 };
    if (info.marked.has(s.name)) sheet.generated = true;
    if (uncalculated.length) sheet.uncalculated = uncalculated;
    sheets.push(sheet);
  }
  return { snapshot: { sheets }, date1904: info.date1904 };
}

/** Runs a part's reader; anything but our own FileProblem becomes one naming the part. */
function guarded<T>(file: FileLabel, part: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof FileProblem) throw e;
    throw damagedPart(file, part, '内容无法解析');
  }
}
