// Damaging real .xlsx packages on purpose, byte by byte, for the zip layer's tests and the catalogue:
// every part stored (so its text can be edited in place), names swapped, directory fields changed.
import * as zlib from 'zlib';
import { openZip, type ZipArchive } from '../../src/xlsx/package/zip';
import { ZipWriter } from '../../src/xlsx/package/zip-write';

export function archive(bytes: Uint8Array): ZipArchive {
  const zip = openZip(bytes);
  if (typeof zip === 'string') throw new Error(`not a zip: ${zip}`);
  return zip;
}

/** The package's parts, unpacked, in order. */
export function parts(bytes: Uint8Array): [string, Uint8Array][] {
  const zip = archive(bytes);
  return zip.entries.map((e) => {
    const dv = new DataView(zip.bytes.buffer, zip.bytes.byteOffset);
    const start = e.localHeaderOffset + 30 + dv.getUint16(e.localHeaderOffset + 26, true) + dv.getUint16(e.localHeaderOffset + 28, true);
    const stored = zip.bytes.subarray(start, start + e.compressedSize);
    return [e.name, e.method === 8 ? new Uint8Array(zlib.inflateRawSync(stored)) : stored];
  });
}

/** The same parts zipped again, every one stored (not deflated), so their bytes can be edited in place. */
export function storedCopy(bytes: Uint8Array, edit: (name: string, data: Uint8Array) => Uint8Array = (_, d) => d): Uint8Array {
  const zip = new ZipWriter({ deflate: (raw) => new Uint8Array(raw.length + 1) });
  for (const [name, data] of parts(bytes)) zip.add(name, edit(name, data));
  return zip.finish();
}

/** Every occurrence of the ASCII `from` replaced by `to` of the same length (names in headers, text in stored parts). */
export function replaceBytes(bytes: Uint8Array, from: string, to: string, first = false): Uint8Array {
  if (Buffer.byteLength(from) !== Buffer.byteLength(to)) throw new Error('same length only');
  const out = Buffer.from(bytes);
  const f = Buffer.from(from);
  const t = Buffer.from(to);
  let n = 0;
  for (let at = out.indexOf(f); at >= 0; at = out.indexOf(f, at + f.length)) {
    t.copy(out, at);
    n++;
    if (first) break;
  }
  if (n === 0) throw new Error(`"${from}" not found`);
  return new Uint8Array(out);
}

/** Changes a field of one entry's central directory record (offsets as in the zip spec, from the record's start). */
export function patchDirectory(
  bytes: Uint8Array,
  name: string,
  field: 'crc32' | 'compressedSize' | 'uncompressedSize',
  value: number,
): Uint8Array {
  const out = Buffer.from(bytes);
  const offset = { crc32: 16, compressedSize: 20, uncompressedSize: 24 }[field];
  const want = Buffer.from(name);
  for (
    let at = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    at >= 0;
    at = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at - 1)
  ) {
    const len = out.readUInt16LE(at + 28);
    if (out.subarray(at + 46, at + 46 + len).equals(want)) {
      out.writeUInt32LE(value >>> 0, at + offset);
      return new Uint8Array(out);
    }
  }
  throw new Error(`no entry ${name}`);
}

/** A zip of the given parts as they are (for names the writer would refuse: duplicates are made by renaming after). */
export function zipOf(entries: [string, string | Uint8Array][]): Uint8Array {
  const zip = new ZipWriter();
  for (const [name, data] of entries) zip.add(name, data);
  return zip.finish();
}
