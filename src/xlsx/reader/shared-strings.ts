// The shared-string table (xl/sharedStrings.xml), read in chunks: one JS string per item.
import type { FileLabel } from '../package/problem';
import type { UnpackBudget, ZipArchive, ZipEntry } from '../package/zip';
import { richText, scanPart } from './chunks';

export function readSharedStrings(zip: ZipArchive, entry: ZipEntry, file: FileLabel, budget: UnpackBudget): string[] {
  const strings: string[] = [];
  let p: string | null = null;
  let open = '';
  let close = '';
  scanPart(zip, entry, file, budget, (text) => {
    if (p === null) {
      const m = /<([\w.-]+:)?sst(?=[\s/>])/.exec(text);
      if (!m) return Math.max(0, text.length - 256);
      p = m[1] ?? '';
      open = `<${p}si`;
      close = `</${p}si>`;
    }
    let at = 0;
    for (;;) {
      const start = text.indexOf(open, at);
      if (start < 0) return at;
      const after = text.charCodeAt(start + open.length);
      if (after === 47) {
        // <si/>: an empty item.
        strings.push('');
        at = start + open.length + 2;
        continue;
      }
      const end = text.indexOf(close, start);
      if (end < 0) return start;
      strings.push(richText(text.slice(start, end), p));
      at = end + close.length;
    }
  });
  return strings;
}
