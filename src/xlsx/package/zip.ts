// Reading a zip held in memory: the central directory, and one entry's bytes, unpacked whole (small
// parts) or in chunks (sheets, shared strings) so that a large part never sits in memory as XML.
// Every byte unpacked is counted against a budget, so a zip bomb stops at the limit whatever the
// directory claims. Every entry unpacked is checked against the directory's CRC-32 and size, so a
// damaged part is refused instead of read as other numbers; names that repeat or that would point
// outside the package (`../`, absolute, backslash, drive letters) refuse the whole zip.
// Browser-safe: Uint8Array and DataView only; fflate for inflating.
import { Inflate } from 'fflate';
import { damagedPart, FileProblem, type FileLabel } from './problem';
import { crc32 } from './crc32';

export interface ZipEntry {
  /** As stored, without a leading slash. */
  name: string;
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export interface ZipArchive {
  bytes: Uint8Array;
  /** In directory order. */
  entries: ZipEntry[];
  /** Finds a part by name, case-insensitively (OPC part names are). */
  find(part: string): ZipEntry | null;
  /**
   * Entries already unpacked whole and found to match their CRC-32 and size, by entryKey(). Shared
   * by every archive opened over the same bytes (the reader's, then the merge's), so the merge does
   * not unpack the sheets a second time only to check them.
   */
  verified: Set<string>;
}

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CDH = 0x02014b50;
const LFH = 0x04034b50;

/** Entries checked, per buffer of zip bytes (see ZipArchive.verified); gone with the buffer. */
const VERIFIED = new WeakMap<Uint8Array, Set<string>>();

/** An entry as checked: where its data is and what it must match. */
function entryKey(e: ZipEntry): string {
  return `${e.localHeaderOffset}\u0000${e.name}\u0000${e.crc32}\u0000${e.compressedSize}\u0000${e.uncompressedSize}\u0000${e.method}`;
}

/**
 * Why a buffer is not a zip we accept: not a zip, cut short, an unreadable directory, or an entry
 * name given twice (`duplicate:<name>`) or pointing outside the package (`unsafe:<name>`).
 */
export type ZipFault = 'not-zip' | 'truncated' | 'directory' | `duplicate:${string}` | `unsafe:${string}`;

/**
 * A name a zip tool would write outside the folder it unpacks into, or one no part name can be
 * (OPC part names are relative, forward-slashed, without `.`/`..` segments or NUL).
 */
export function unsafeEntryName(raw: string): boolean {
  if (raw.startsWith('/') || raw.includes('\\') || raw.includes('\0') || /^[A-Za-z]:/.test(raw)) return true;
  return raw.split('/').some((seg) => seg === '..' || seg === '.');
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

const utf8 = new TextDecoder('utf-8');

/** The end-of-central-directory record's offset, searching the last 64 KiB + 22 bytes; -1 when absent. */
function findEocd(bytes: Uint8Array, dv: DataView): number {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65535); at--) {
    if (bytes[at] === 0x50 && dv.getUint32(at, true) === EOCD) return at;
  }
  return -1;
}

/** Opens a zip, or says what is wrong with it. */
export function openZip(bytes: Uint8Array): ZipArchive | ZipFault {
  if (bytes.length < 4 || view(bytes).getUint32(0, true) !== LFH) {
    // An empty zip starts with its end record; an .xlsx never does.
    return 'not-zip';
  }
  const dv = view(bytes);
  const eocd = findEocd(bytes, dv);
  if (eocd < 0) return 'truncated';
  let count = dv.getUint16(eocd + 10, true);
  let cdSize = dv.getUint32(eocd + 12, true);
  let cdOffset = dv.getUint32(eocd + 16, true);
  if ((cdOffset === 0xffffffff || count === 0xffff) && eocd >= 20 && dv.getUint32(eocd - 20, true) === EOCD64_LOCATOR) {
    const at = Number(dv.getBigUint64(eocd - 12, true));
    if (at + 56 > bytes.length || dv.getUint32(at, true) !== EOCD64) return 'directory';
    count = Number(dv.getBigUint64(at + 32, true));
    cdSize = Number(dv.getBigUint64(at + 40, true));
    cdOffset = Number(dv.getBigUint64(at + 48, true));
  }
  if (cdOffset + cdSize > bytes.length) return 'truncated';
  const entries: ZipEntry[] = [];
  let at = cdOffset;
  const end = cdOffset + cdSize;
  while (at + 46 <= end) {
    if (dv.getUint32(at, true) !== CDH) return 'directory';
    const nameLength = dv.getUint16(at + 28, true);
    const extraLength = dv.getUint16(at + 30, true);
    const commentLength = dv.getUint16(at + 32, true);
    if (at + 46 + nameLength + extraLength + commentLength > end) return 'directory';
    const raw = utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (unsafeEntryName(raw)) return `unsafe:${raw}`;
    const entry: ZipEntry = {
      name: raw,
      flags: dv.getUint16(at + 8, true),
      method: dv.getUint16(at + 10, true),
      crc32: dv.getUint32(at + 16, true),
      compressedSize: dv.getUint32(at + 20, true),
      uncompressedSize: dv.getUint32(at + 24, true),
      localHeaderOffset: dv.getUint32(at + 42, true),
    };
    readZip64Extra(dv, at + 46 + nameLength, extraLength, entry);
    // The local header must be there and name the same entry: a directory pointing elsewhere
    // would read another part's bytes under this name.
    if (!localHeaderMatches(bytes, dv, entry.localHeaderOffset, at + 46, nameLength)) return 'directory';
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  if (entries.length !== count && count !== 0xffff) return 'directory';
  // Two entries of one name (case-insensitively, as OPC compares part names): readers disagree on
  // which one counts, so neither is taken.
  const byName = new Map<string, ZipEntry>();
  for (const e of entries) {
    const key = e.name.toLowerCase();
    if (byName.has(key)) return `duplicate:${e.name}`;
    byName.set(key, e);
  }
  let verified = VERIFIED.get(bytes);
  if (!verified) VERIFIED.set(bytes, (verified = new Set()));
  return { bytes, entries, find: (part) => byName.get(part.replace(/^\/+/, '').toLowerCase()) ?? null, verified };
}

function localHeaderMatches(bytes: Uint8Array, dv: DataView, at: number, nameAt: number, nameLength: number): boolean {
  if (at + 30 + nameLength > bytes.length || dv.getUint32(at, true) !== LFH || dv.getUint16(at + 26, true) !== nameLength) return false;
  for (let i = 0; i < nameLength; i++) if (bytes[at + 30 + i] !== bytes[nameAt + i]) return false;
  return true;
}

/** Zip64 sizes live in the extra field (id 1), in the order of the fields that overflowed. */
function readZip64Extra(dv: DataView, start: number, length: number, entry: ZipEntry): void {
  for (let e = start; e + 4 <= start + length;) {
    const id = dv.getUint16(e, true);
    const size = dv.getUint16(e + 2, true);
    if (id === 1) {
      let f = e + 4;
      for (const key of ['uncompressedSize', 'compressedSize', 'localHeaderOffset'] as const) {
        if (entry[key] !== 0xffffffff) continue;
        if (f + 8 > e + 4 + size) break;
        entry[key] = Number(dv.getBigUint64(f, true));
        f += 8;
      }
    }
    e += 4 + size;
  }
}

/** Where an entry's stored bytes start, after its local header; -1 when the header is not there. */
export function dataOffset(zip: ZipArchive, entry: ZipEntry): number {
  const at = entry.localHeaderOffset;
  if (at + 30 > zip.bytes.length) return -1;
  const dv = view(zip.bytes);
  if (dv.getUint32(at, true) !== LFH) return -1;
  const start = at + 30 + dv.getUint16(at + 26, true) + dv.getUint16(at + 28, true);
  return start + entry.compressedSize <= zip.bytes.length ? start : -1;
}

/** The entry's stored (compressed) bytes, a view into the archive. */
export function storedBytes(zip: ZipArchive, entry: ZipEntry, file: FileLabel): Uint8Array {
  if (entry.flags & 1) throw damagedPart(file, entry.name, '该部件已加密');
  const start = dataOffset(zip, entry);
  if (start < 0) throw damagedPart(file, entry.name, '压缩包中找不到它的数据');
  return zip.bytes.subarray(start, start + entry.compressedSize);
}

/**
 * How many bytes a read may unpack, over all the parts it reads. `used` grows as bytes come out,
 * counted for real (a directory can lie about sizes).
 */
export interface UnpackBudget {
  limit: number;
  used: number;
  /** Says, in Chinese, why the limit was reached with this part. */
  exceeded(part: string, bytes: number): FileProblem;
  /** Packed bytes fed to the inflater at a time (default 64 KiB); tests make it tiny to split every tag. */
  sliceBytes?: number;
  /** A host's native inflater for whole parts (Node's zlib), used for parts up to WHOLE_PART_BYTES. */
  inflateWhole?: InflateWhole;
  /** A host's native CRC-32 (Node's zlib.crc32), continuing from `previous`; ours otherwise. */
  crc32?: (data: Uint8Array, previous: number) => number;
}

/**
 * Inflates a raw-deflate part whole, producing at most `maxBytes` (throwing beyond). Node's zlib
 * does this several times faster than fflate; the browser uses fflate in chunks.
 */
export type InflateWhole = (stored: Uint8Array, maxBytes: number) => Uint8Array;

/**
 * Parts up to this size may be unpacked whole by a native inflater; larger ones always go in
 * chunks, so memory never holds more than this much XML at once.
 */
export const WHOLE_PART_BYTES = 64 * 1024 * 1024;

/** Input is fed to the inflater in slices of this size, so each output chunk stays small. */
const SLICE = 64 * 1024;

/**
 * Unpacks an entry in chunks, each handed to `onChunk` as it comes; counts every byte against
 * `budget` and stops with its FileProblem the moment the limit is passed.
 */
export function inflateChunks(
  zip: ZipArchive,
  entry: ZipEntry,
  file: FileLabel,
  budget: UnpackBudget,
  onChunk: (chunk: Uint8Array) => void,
): void {
  const stored = storedBytes(zip, entry, file);
  const slice = budget.sliceBytes ?? SLICE;
  const crcOf = budget.crc32 ?? crc32;
  // Every byte handed on is counted against the budget and run through the CRC; the part is
  // compared with the directory at its end, so a damaged part throws before its reader finishes.
  let crc = 0;
  let size = 0;
  const count = (chunk: Uint8Array) => {
    budget.used += chunk.length;
    if (budget.used > budget.limit) throw budget.exceeded(entry.name, budget.used);
    size += chunk.length;
    if (size > entry.uncompressedSize) throw damagedPart(file, entry.name, '解压后的大小与压缩包目录记载的不符');
    crc = crcOf(chunk, crc);
  };
  const check = () => {
    if (size !== entry.uncompressedSize) throw damagedPart(file, entry.name, '解压后的大小与压缩包目录记载的不符');
    if (crc !== entry.crc32) throw damagedPart(file, entry.name, 'CRC-32 校验不符,数据已损坏');
    zip.verified.add(entryKey(entry));
  };
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.uncompressedSize) throw damagedPart(file, entry.name, '未压缩部件的大小与压缩包目录记载的不符');
    for (let at = 0; at < stored.length; at += slice * 16) {
      const chunk = stored.subarray(at, Math.min(stored.length, at + slice * 16));
      count(chunk);
      onChunk(chunk);
    }
    check();
    return;
  }
  if (entry.method !== 8) throw damagedPart(file, entry.name, `不支持的压缩方式 ${entry.method}`);
  if (budget.inflateWhole && entry.uncompressedSize <= WHOLE_PART_BYTES) {
    // The directory's size is only a hint: the inflater stops at the budget or at the whole-part
    // bound, whichever is lower, and a part that runs past the bound is then read in chunks.
    const max = Math.min(WHOLE_PART_BYTES, budget.limit - budget.used);
    let whole: Uint8Array | null = null;
    try {
      whole = budget.inflateWhole(stored, max);
    } catch (e) {
      if (
        !/ERR_BUFFER_TOO_LARGE|RangeError|larger than/i.test(
          `${(e as Error).name} ${(e as { code?: string }).code} ${(e as Error).message}`,
        )
      )
        throw damagedPart(file, entry.name, '解压失败');
      if (max < WHOLE_PART_BYTES) throw budget.exceeded(entry.name, budget.limit + 1);
    }
    if (whole) {
      count(whole);
      check();
      for (let at = 0; at < whole.length; at += 1024 * 1024) onChunk(whole.subarray(at, Math.min(whole.length, at + 1024 * 1024)));
      return;
    }
  }
  const inflater = new Inflate((chunk) => {
    count(chunk);
    onChunk(chunk);
  });
  try {
    for (let at = 0; at < stored.length; at += slice) {
      inflater.push(stored.subarray(at, Math.min(stored.length, at + slice)), at + slice >= stored.length);
    }
    if (stored.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (e) {
    if (e instanceof FileProblem) throw e;
    throw damagedPart(file, entry.name, '解压失败');
  }
  check();
}

/**
 * Unpacks an entry only to check it against its CRC-32 and size (a part copied into our output as
 * stored, which would otherwise carry the damage on). Once per entry per archive.
 */
export function verifyEntry(zip: ZipArchive, entry: ZipEntry, file: FileLabel, budget: UnpackBudget): void {
  if (zip.verified.has(entryKey(entry))) return;
  inflateChunks(zip, entry, file, budget, () => {});
}

/** A small part, unpacked whole (workbook, rels, content types, styles). */
export function inflateWhole(zip: ZipArchive, entry: ZipEntry, file: FileLabel, budget: UnpackBudget): Uint8Array {
  if (entry.method !== 0 && entry.method !== 8) throw damagedPart(file, entry.name, `不支持的压缩方式 ${entry.method}`);
  if (entry.uncompressedSize > budget.limit - budget.used) throw budget.exceeded(entry.name, budget.used + entry.uncompressedSize);
  const chunks: Uint8Array[] = [];
  inflateChunks(zip, entry, file, budget, (c) => chunks.push(c));
  return concat(chunks);
}

export function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  let n = 0;
  for (const c of chunks) n += c.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** A part as text (UTF-8; a UTF-16 part, which some producers write, is decoded by its BOM). */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return utf8.decode(bytes);
}
