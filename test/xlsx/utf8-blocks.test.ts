// The sheet writer's byte sink (src/xlsx/writer/utf8-blocks.ts) against TextEncoder and
// escapeText: the same bytes for any text — CJK, astral characters, lone surrogates (U+FFFD, as
// TextEncoder writes them), `&<>` — and across block boundaries.
import { escapeText } from '../../src/xlsx/package/xml';
import { Utf8Blocks } from '../../src/xlsx/writer/utf8-blocks';

const joined = (blocks: Uint8Array[]) => Buffer.concat(blocks.map((b) => Buffer.from(b)));
const encoded = (s: string) => Buffer.from(new TextEncoder().encode(s));

const SAMPLES = [
  '',
  'plain ascii',
  '部门考核记录:扣 2 分(<重复> & 加倍)',
  'é ß ж ‰ € 𠀋 😀 end',
  'lone \ud800 high, lone \udc00 low, last \ud83d',
  '"quotes" \'stay\' \t tab \n newline',
  '&amp; already &lt;escaped&gt;',
];

describe('Utf8Blocks', () => {
  it.each(SAMPLES)('writes %j as TextEncoder does, and escaped as escapeText does', (s) => {
    const raw = new Utf8Blocks();
    raw.utf8(s);
    expect(joined(raw.finish())).toEqual(encoded(s));
    const esc = new Utf8Blocks();
    esc.escaped(s);
    expect(joined(esc.finish())).toEqual(encoded(escapeText(s)));
  });

  it('keeps the order of many writes across blocks', () => {
    const out = new Utf8Blocks();
    let expected = '';
    for (let i = 0; i < 60_000; i++) {
      const tag = `<c r="A${i}">`;
      const text = i % 7 === 0 ? '考核 & <记录> 😀' : `value ${i}`;
      out.ascii(tag);
      out.escaped(text);
      expected += tag + escapeText(text);
    }
    const blocks = out.finish();
    expect(blocks.length).toBeGreaterThan(1);
    expect(joined(blocks)).toEqual(encoded(expected));
  });
});
