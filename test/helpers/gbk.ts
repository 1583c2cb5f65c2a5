// A GBK encoder for tests and the bench, built from the platform's own GB18030 decoder (Node and
// browsers only decode GBK), so a GBK file is made without any package: every two-byte code is
// decoded once and the map reversed. ASCII stays one byte.
let table: Map<string, [number, number]> | null = null;

function gbkTable(): Map<string, [number, number]> {
  if (table) return table;
  table = new Map();
  const d = new TextDecoder('gb18030');
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = d.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  return table;
}

/** `text` in GBK bytes; throws on a character GBK has no two-byte code for. */
export function encodeGbk(text: string): Uint8Array {
  const t = gbkTable();
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else {
      const b = t.get(ch);
      if (!b) throw new Error(`not in GBK: ${ch}`);
      out.push(b[0], b[1]);
    }
  }
  return Uint8Array.from(out);
}
