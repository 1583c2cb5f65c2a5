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

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A cell of a hand-written sheet: a number, an inline string, or raw `<c>` XML. */
export type RawCell = number | string | { xml: string };

/** `<sheetData>` rows of inline strings and numbers (A1 references), or raw cell XML. */
export function sheetXml(rows: RawCell[][]): string {
  const col = (c: number) => (c < 26 ? String.fromCharCode(65 + c) : String.fromCharCode(64 + Math.floor(c / 26), 65 + (c % 26)));
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = rows
    .map(
      (row, r) =>
        `<row r="${r + 1}">` +
        row
          .map((v, c) => {
            const ref = `${col(c)}${r + 1}`;
            if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
            if (typeof v === 'string') return `<c r="${ref}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`;
            return v.xml.replace('$REF', ref);
          })
          .join('') +
        '</row>',
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${NS_MAIN}"><sheetData>${body}</sheetData></worksheet>`;
}

/**
 * A workbook written by hand, as another producer would: each sheet's XML given, at
 * `xl/worksheets/sheetN.xml`, with an optional shared-strings part; `workbookPart` moves the
 * workbook part (e.g. `xl/book.xml`); `workbookType` changes its content type.
 */
export function handBook(
  sheets: { name: string; xml: string }[],
  options: { sharedStrings?: string; workbookPart?: string; workbookType?: string; extra?: [string, string][] } = {},
): Uint8Array {
  const wbPart = options.workbookPart ?? 'xl/workbook.xml';
  const wbDir = wbPart.slice(0, wbPart.lastIndexOf('/'));
  const wbName = wbPart.slice(wbPart.lastIndexOf('/') + 1);
  const type = options.workbookType ?? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';
  const overrides =
    `<Override PartName="/${wbPart}" ContentType="${type}"/>` +
    sheets
      .map(
        (_, i) =>
          `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      )
      .join('') +
    (options.sharedStrings
      ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
      : '');
  const entries: [string, string][] = [
    [
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides}</Types>`,
    ],
    [
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="${wbPart}"/></Relationships>`,
    ],
    [
      wbPart,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><sheets>${sheets
        .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join('')}</sheets></workbook>`,
    ],
    [
      `${wbDir}/_rels/${wbName}.rels`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${NS_REL}/worksheet" Target="/xl/worksheets/sheet${i + 1}.xml"/>`)
        .join('')}${
        options.sharedStrings
          ? `<Relationship Id="rId${sheets.length + 1}" Type="${NS_REL}/sharedStrings" Target="/xl/sharedStrings.xml"/>`
          : ''
      }</Relationships>`,
    ],
    ...sheets.map((s, i): [string, string] => [`xl/worksheets/sheet${i + 1}.xml`, s.xml]),
    ...(options.sharedStrings ? [['xl/sharedStrings.xml', options.sharedStrings] as [string, string]] : []),
    ...(options.extra ?? []),
  ];
  return zipOf(entries);
}
