// The sheet writer's byte sink (src/xlsx/writer/utf8-blocks.ts) against TextEncoder and
// escapeText: the same bytes for any text — CJK, astral characters, lone surrogates (U+FFFD, as
// TextEncoder writes them), `&<>` — and across block boundaries; text needing cellText refused
// and left unwritten; isSpace against JavaScript's \s.
import { escapeText } from '../../src/xlsx/package/xml';
import { Utf8Blocks } from '../../src/xlsx/writer/utf8-blocks';
import { isSpace } from '../../src/xlsx/writer/sheet';

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
    expect(esc.plainText(s)).toBe(true);
    expect(joined(esc.finish())).toEqual(encoded(escapeText(s)));
  });

  it('keeps the order of many writes across blocks', () => {
    const out = new Utf8Blocks();
    let expected = '';
    for (let i = 0; i < 60_000; i++) {
      const tag = `<c r="A${i}">`;
      const text = i % 7 === 0 ? '考核 & <记录> 😀' : `value ${i}`;
      out.ascii(tag);
      out.plainText(text);
      expected += tag + escapeText(text);
    }
    const blocks = out.finish();
    expect(blocks.length).toBeGreaterThan(1);
    expect(joined(blocks)).toEqual(encoded(expected));
  });

  it.each(['a_x0041_b', 'tail _x', 'bell \u0007', 'vt \u000b', 'nul \u0000', 'nonchar \ufffe', '\uffff'])(
    'refuses %j (it needs cellText) and writes nothing of it',
    (s) => {
      const out = new Utf8Blocks();
      out.ascii('<t>');
      expect(out.plainText(s)).toBe(false);
      out.ascii('</t>');
      expect(joined(out.finish()).toString()).toBe('<t></t>');
    },
  );

  it('refuses at a block boundary without losing what came before', () => {
    const out = new Utf8Blocks();
    const filler = 'x'.repeat(1000);
    let expected = '';
    for (let i = 0; i < 2000; i++) {
      out.ascii(filler);
      expected += filler;
      expect(out.plainText(`${'考'.repeat(300)}_x`)).toBe(false);
    }
    expect(joined(out.finish())).toEqual(encoded(expected));
  });
});

test("isSpace is JavaScript's \\s", () => {
  for (let c = 0; c <= 0xffff; c++) expect([c, isSpace(c)]).toEqual([c, /\s/.test(String.fromCharCode(c))]);
});
