// A large part (a worksheet, the shared strings) read as text in chunks: each chunk is decoded and
// handed, with whatever the previous chunk left unfinished, to `consume`, which says how much it
// used. Only one chunk of XML is ever held, so memory follows the data the caller keeps.
import { concat, inflateChunks, type UnpackBudget, type ZipArchive, type ZipEntry } from '../package/zip';
import type { FileLabel } from '../package/problem';
import { unescapeXml } from '../package/xml';

/** Returns how many characters of `text` were used; the rest comes back with the next chunk. */
export type Consume = (text: string, final: boolean) => number;

export function scanPart(zip: ZipArchive, entry: ZipEntry, file: FileLabel, budget: UnpackBudget, consume: Consume): void {
  // What is left over is carried as bytes and decoded with the next chunk, so that every text
  // handed to `consume` is one flat string: `carry + text` would be a rope, and the scanner's
  // indexOf/charCodeAt run about 1.6 times slower over a rope (measured) than over a flat string.
  // A byte-order mark is dropped at the start of the part only, as a streaming decoder does. (A
  // reader that stopped between the halves of a surrogate pair would get U+FFFD for the second
  // half; ours stop at markup, or keep a tail of text they skip before the root element.)
  const first = new TextDecoder('utf-8');
  const rest = new TextDecoder('utf-8', { ignoreBOM: true });
  let carry: Uint8Array | null = null;
  let started = false;
  const decode = (bytes: Uint8Array) => {
    if (bytes.length === 0) return '';
    const decoder = started ? rest : first;
    started = true;
    return decoder.decode(bytes);
  };
  inflateChunks(zip, entry, file, budget, (chunk) => {
    const bytes = carry ? concat([carry, chunk]) : chunk;
    // The end of a character cut off by the chunk waits for the next one.
    const whole = completeUtf8(bytes);
    const text = decode(bytes.subarray(0, whole));
    const used = consume(text, false);
    const left = used < text.length ? encoder.encode(text.slice(used)) : null;
    carry = whole < bytes.length ? concat(left ? [left, bytes.subarray(whole)] : [bytes.subarray(whole)]) : left;
  });
  consume(carry ? decode(carry) : '', true);
}

const encoder = new TextEncoder();

/**
 * How many bytes of `bytes` end on a whole UTF-8 character: all of them, unless the last lead byte
 * (within the last 3) starts a sequence longer than what follows it.
 */
export function completeUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let i = n - 1; i >= 0 && i >= n - 3; i--) {
    const b = bytes[i];
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return i + length > n ? i : n;
  }
  return n;
}

/** Text of `<t>` elements: XML entities, CDATA and OOXML's `_xHHHH_` escapes undone. */
export function decodeT(raw: string): string {
  let s = raw;
  if (s.indexOf('<![CDATA[') >= 0)
    s = s.replace(/<!\[CDATA\[([\s\S]*?)\]\]>|([^<]+)/g, (_, cdata: string, text: string) => cdata ?? unescapeXml(text));
  else s = unescapeXml(s);
  return s.indexOf('_x') >= 0 ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : s;
}

/** The package module's one XML unescape, under the name the reader has always used. */
export { unescapeXml as unescape };

/**
 * A copy of `s` that does not point into the chunk it was cut from. V8 keeps a cut of a long string
 * as a view of the whole, so a value kept from a 1 MB chunk would keep the chunk alive; the copy
 * lets each chunk go once it is read, so memory follows the values, not the XML.
 */
export function own(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/**
 * The visible text of a string item (`<si>` or `<is>`): its `<t>` runs joined, phonetic guides
 * (`<rPh>`, the furigana of Japanese files) left out, as Excel shows it.
 */
export function richText(inner: string, p: string): string {
  const tOpen = `<${p}t`;
  let body = inner;
  if (body.indexOf(`<${p}rPh`) >= 0) body = body.replace(new RegExp(`<${p}rPh\\b[\\s\\S]*?</${p}rPh>`, 'g'), '');
  let out = '';
  let at = 0;
  for (;;) {
    const open = body.indexOf(tOpen, at);
    if (open < 0) break;
    const nameEnd = open + tOpen.length;
    const ch = body.charCodeAt(nameEnd);
    // `<t>`, `<t xml:space="preserve">` or `<t/>` — not `<tab…>` or other names beginning with t.
    if (ch !== 62 && ch !== 32 && ch !== 47 && ch !== 9 && ch !== 10 && ch !== 13) {
      at = nameEnd;
      continue;
    }
    const tagEnd = body.indexOf('>', nameEnd);
    if (tagEnd < 0) break;
    if (body.charCodeAt(tagEnd - 1) === 47) {
      at = tagEnd + 1;
      continue;
    }
    const close = body.indexOf(`</${p}t>`, tagEnd);
    if (close < 0) break;
    out += decodeT(body.slice(tagEnd + 1, close));
    at = close;
  }
  return own(out);
}
