// Writing a zip in memory: the user's entries copied as they are stored (no inflate, no deflate,
// so every byte of their parts stays as it was), ours deflated with fflate. Browser-safe.
import { deflateSync } from 'fflate';
import type { ZipArchive, ZipEntry } from './zip';
import { concat, storedBytes } from './zip';
import type { FileLabel } from './problem';
import { crc32 } from './crc32';

interface OutEntry {
  name: Uint8Array;
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  data: Uint8Array;
  offset: number;
}

export { crc32 };

const encoder = new TextEncoder();

/** Raw deflate of a whole part. fflate's by default; the Node layer passes zlib's (native, faster). */
export type Deflate = (raw: Uint8Array) => Uint8Array;

/** Level 1: the fastest, for the parts we write; people wait for the command. */
export const deflateLevel1: Deflate = (raw) => deflateSync(raw, { level: 1 });

/** How a part is packed: deflate and CRC-32, both replaceable by a host's native ones. */
export interface Packer {
  deflate?: Deflate;
  /** CRC-32 of `data`, continuing from `previous` (0 to start). */
  crc32?: (data: Uint8Array, previous: number) => number;
}

export class ZipWriter {
  private entries: OutEntry[] = [];
  private names = new Set<string>();

  private readonly deflate: Deflate;
  private readonly crc: (data: Uint8Array) => number;

  constructor(packer: Packer = {}) {
    this.deflate = packer.deflate ?? deflateLevel1;
    this.crc = packer.crc32 ? (data) => packer.crc32!(data, 0) : (data) => crc32(data);
  }

  /** Adds a part from text or bytes, deflated (or stored, when deflating would not make it smaller). */
  add(name: string, content: string | Uint8Array | Uint8Array[]): void {
    const raw = typeof content === 'string' ? encoder.encode(content) : Array.isArray(content) ? concat(content) : content;
    this.addDeflated(name, raw, this.deflate(raw));
  }

  /**
   * Adds a part whose raw deflate (at this writer's level) was made elsewhere, e.g. in the
   * background while the next part was drawn: entered exactly as add() would enter it.
   */
  addDeflated(name: string, raw: Uint8Array, packed: Uint8Array): void {
    const stored = packed.length < raw.length;
    this.push(name, {
      method: stored ? 8 : 0,
      crc32: this.crc(raw),
      compressedSize: stored ? packed.length : raw.length,
      uncompressedSize: raw.length,
      data: stored ? packed : raw,
    });
  }

  /** Adds a part already deflated (raw deflate), with its unpacked size and CRC. */
  addPacked(name: string, packed: Uint8Array, uncompressedSize: number, crc: number): void {
    this.push(name, { method: 8, crc32: crc, compressedSize: packed.length, uncompressedSize, data: packed });
  }

  /** Copies an entry of another zip as it is stored. */
  copy(from: ZipArchive, entry: ZipEntry, file: FileLabel, name = entry.name): void {
    const data = storedBytes(from, entry, file);
    this.push(name, {
      method: entry.method,
      crc32: entry.crc32,
      compressedSize: entry.compressedSize,
      uncompressedSize: entry.uncompressedSize,
      data,
    });
  }

  has(name: string): boolean {
    return this.names.has(name.toLowerCase());
  }

  private push(name: string, e: Omit<OutEntry, 'name' | 'offset'>): void {
    if (this.has(name)) throw new Error(`duplicate zip entry ${name}`);
    this.names.add(name.toLowerCase());
    this.entries.push({ ...e, name: encoder.encode(name), offset: 0 });
  }

  /** The finished archive. Sizes beyond 4 GiB would need zip64, which an .xlsx we write never does. */
  finish(): Uint8Array {
    let size = 22;
    for (const e of this.entries) size += 30 + e.name.length + e.data.length + 46 + e.name.length;
    if (size > 0xffffffff || this.entries.length > 0xffff) throw new Error('zip too large');
    const out = new Uint8Array(size);
    const dv = new DataView(out.buffer);
    let at = 0;
    for (const e of this.entries) {
      e.offset = at;
      dv.setUint32(at, 0x04034b50, true);
      header(dv, at + 4, e);
      out.set(e.name, at + 30);
      out.set(e.data, at + 30 + e.name.length);
      at += 30 + e.name.length + e.data.length;
    }
    const cdStart = at;
    for (const e of this.entries) {
      dv.setUint32(at, 0x02014b50, true);
      dv.setUint16(at + 4, 20, true); // made by: version 2.0
      header(dv, at + 6, e);
      dv.setUint32(at + 42, e.offset, true);
      out.set(e.name, at + 46);
      at += 46 + e.name.length;
    }
    dv.setUint32(at, 0x06054b50, true);
    dv.setUint16(at + 8, this.entries.length, true);
    dv.setUint16(at + 10, this.entries.length, true);
    dv.setUint32(at + 12, at - cdStart, true);
    dv.setUint32(at + 16, cdStart, true);
    return out;
  }
}

/** The fields local and central headers share, from "version needed" on. */
function header(dv: DataView, at: number, e: OutEntry): void {
  dv.setUint16(at, 20, true); // version needed: 2.0 (deflate)
  dv.setUint16(at + 2, 0x0800, true); // UTF-8 names; sizes in the header, no data descriptor
  dv.setUint16(at + 4, e.method, true);
  dv.setUint16(at + 6, 0, true); // time
  dv.setUint16(at + 8, 0x21, true); // date: 1980-01-01
  dv.setUint32(at + 10, e.crc32, true);
  dv.setUint32(at + 14, e.compressedSize, true);
  dv.setUint32(at + 18, e.uncompressedSize, true);
  dv.setUint16(at + 22, e.name.length, true);
  dv.setUint16(at + 24, 0, true); // extra; in the central header the comment, disk and attributes stay 0
}
