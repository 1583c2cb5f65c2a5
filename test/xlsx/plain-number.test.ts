// The reader's in-place number read (plainNumber, src/xlsx/reader/sheet.ts) gives the very double
// Number() gives, and refuses (NaN: the reader then falls back to Number) whatever is not plain.
import { plainNumber } from '../../src/xlsx/reader/sheet';

const read = (s: string) => plainNumber(`<v>${s}</v>`, 3, 3 + s.length);

describe('plainNumber', () => {
  it('reads plain decimals exactly as Number does', () => {
    const fixed = [
      '0',
      '-0',
      '7',
      '46024',
      '5.4',
      '0.1',
      '0.3',
      '-12.75',
      '123456789012345',
      '9007199254740991',
      '0.0000000000000000000001',
      '3.141592653589793',
    ];
    for (const s of fixed) expect(Object.is(read(s), Number(s))).toBe(true);
    let seed = 21;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 100_000; i++) {
      const digits = String(Math.floor(rand() * 10 ** (1 + Math.floor(rand() * 15))));
      const cut = Math.floor(rand() * digits.length);
      const s = (rand() < 0.2 ? '-' : '') + (cut ? `${digits.slice(0, cut)}.${digits.slice(cut)}` : digits);
      const n = read(s);
      if (!Number.isNaN(n)) expect(Object.is(n, Number(s))).toBe(true);
    }
  });

  it('leaves anything else to Number', () => {
    for (const s of ['', ' 1', '1 ', '1.', '.5', '+1', '1e5', '0x10', '-', 'abc', '9007199254740993', '1.00000000000000000000001'])
      expect(read(s)).toBeNaN();
  });
});
