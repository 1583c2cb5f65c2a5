// fullWidth runs over every line the tool prints (70k follow-up lines in a 1M-event quarter), so it
// rebuilds the text from the positions it replaces. This checks it against the plain character-array
// statement of the same rules (brackets first, on the text as written; then , : ; ! ? left to right,
// each seeing what was already replaced), on random mixes of the characters that matter.
import fc from 'fast-check';
import { fullWidth } from '../../src/engine/text';

const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '!': '！', '?': '？' };
const chinese = (ch: string | undefined) => {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return (
    (c >= 0x3400 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x3001 && c <= 0x303f) ||
    (c >= 0xff01 && c <= 0xff0f) ||
    (c >= 0xff1a && c <= 0xff20) ||
    [0x201c, 0x201d, 0x2014, 0x2026].includes(c)
  );
};
const near = (s: ArrayLike<string>, i: number, step: 1 | -1) => {
  for (let j = i; j >= 0 && j < s.length; j += step) if (s[j] !== ' ') return s[j];
  return undefined;
};

function reference(s: string): string {
  const out = s.split('');
  const open: number[] = [];
  for (let i = 0; i < out.length; i++) {
    if (out[i] === '(') open.push(i);
    else if (out[i] === ')') {
      const j = open.pop();
      if (j === undefined) {
        if (chinese(near(s, i - 1, -1)) || chinese(near(s, i + 1, 1))) out[i] = '）';
        continue;
      }
      if ([...s.slice(j + 1, i)].some(chinese) || chinese(near(s, j - 1, -1))) [out[j], out[i]] = ['（', '）'];
    }
  }
  for (const j of open) if (chinese(near(s, j - 1, -1)) || chinese(near(s, j + 1, 1))) out[j] = '（';
  for (let i = 0; i < out.length; i++)
    if (out[i] in FULL && (chinese(near(out, i - 1, -1)) || chinese(near(out, i + 1, 1)))) out[i] = FULL[out[i]];
  return out.join('');
}

const piece = fc.constantFrom(...'中文,:;!?() 1a「」，（）、—…'.split(''), '𠀀', '\u201c');

test('fullWidth agrees with the character-array statement of the rules on 20,000 random texts', () => {
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 24 }), (chars) => {
      const s = chars.join('');
      expect(fullWidth(s)).toBe(reference(s));
    }),
    { numRuns: 20_000, seed: 15834 },
  );
});

test('a follow-up line as the detail sheet prints it', () => {
  expect(fullWidth('1. 城区供电所,2026年5月3日,直接责任人 张三,整改期限 2026年6月1日(已逾期 30 天),「二级单位考核记录」第 45 行')).toBe(
    '1. 城区供电所，2026年5月3日，直接责任人 张三，整改期限 2026年6月1日（已逾期 30 天），「二级单位考核记录」第 45 行',
  );
});

test('a text longer than the rebuild takes at once (8,192 code units), then short ones: nothing carried over', () => {
  // Marks on both sides of the 8,192nd unit, a lone surrogate, then short texts after the long one
  // (fullWidth reuses its working space from call to call).
  const long = '中,文(一)'.repeat(3000) + '\ud800,中;' + 'a,b'.repeat(100);
  expect(long.length).toBeGreaterThan(2 * 8192);
  expect(fullWidth(long)).toBe(reference(long));
  for (const s of ['a,b', '中,', 'x(y)', ',(中)', '']) expect(fullWidth(s)).toBe(reference(s));
});
