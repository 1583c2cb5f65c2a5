// A large part (a worksheet, the shared strings) read as text in chunks: each chunk is decoded and
// handed, with whatever the previous chunk left unfinished, to `consume`, which says how much it
// used. Only one chunk of XML is ever held, so memory follows the data the caller keeps.
import { inflateChunks, type UnpackBudget, type ZipArchive, type ZipEntry } from '../package/zip';
import type { FileLabel } from '../package/problem';
import { unescapeXml } from '../package/xml';

/** Returns how many characters of `text` were used; the rest comes back with the next chunk. */
export type Consume = (text: string, final: boolean) => number;

export function scanPart(zip: ZipArchive, entry: ZipEntry, file: FileLabel, budget: UnpackBudget, consume: Consume): void {
  const decoder = new TextDecoder('utf-8');
  let carry = '';
  inflateChunks(zip, entry, file, budget, (chunk) => {
    const text = carry + decoder.decode(chunk, { stream: true });
    carry = text.slice(consume(text, false));
  });
  consume(carry + decoder.decode(), true);
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
