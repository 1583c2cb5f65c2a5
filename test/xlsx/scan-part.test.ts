// scanPart (src/xlsx/reader/chunks.ts) hands its reader flat strings, carrying what is left over
// as bytes: whatever the chunk size and however much the reader takes each time, the text it sees
// is what a streaming TextDecoder makes of the part — a BOM dropped at the start only, characters
// cut by a chunk put back together, broken bytes turned into U+FFFD the same way.
import fc from 'fast-check';
import { scanPart, completeUtf8 } from '../../src/xlsx/reader/chunks';
import { unpackBudget } from '../../src/xlsx/package/open';
import { LIMITS } from '../../src/xlsx/package/limits';
import { archive, zipOf } from '../helpers/zip-surgery';

function scanned(part: Uint8Array, sliceBytes: number, takeShare: number): string {
  const zip = archive(zipOf([['part.xml', part]]));
  const budget = { ...unpackBudget('t', LIMITS), sliceBytes };
  let seen = '';
  scanPart(zip, zip.entries[0], 't', budget, (text, final) => {
    let used = final ? text.length : Math.floor(text.length * takeShare);
    // Readers stop at markup (`<`) or keep a tail of text they skip: never between the two
    // halves of a surrogate pair that matters to them.
    const c = text.charCodeAt(used - 1);
    if (c >= 0xd800 && c <= 0xdbff) used--;
    seen += text.slice(0, used);
    return used;
  });
  return seen;
}

const pieces = ['<c r="A1">', '考核', '𠀋', 'é', '&amp;', '\ufeff', 'x'];
const BROKEN = [0xff, 0xc3, 0xe4, 0xb8, 0xf0, 0x9f, 0x80];

test('the text seen is the streaming decoder’s, for any chunk size and any share taken', () => {
  fc.assert(
    fc.property(
      fc.boolean(),
      fc.array(fc.oneof(fc.constantFrom(...pieces), fc.integer({ min: 0, max: BROKEN.length - 1 })), { maxLength: 200 }),
      fc.integer({ min: 1, max: 40 }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      (bom, parts, slice, share) => {
        const bytes = Buffer.concat([
          Buffer.from(bom ? '\ufeff' : ''),
          ...parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from([BROKEN[p]]))),
        ]);
        const expected = new TextDecoder('utf-8').decode(bytes);
        expect(scanned(new Uint8Array(bytes), slice, share)).toBe(expected);
      },
    ),
    { numRuns: 300 },
  );
});

test('completeUtf8 keeps a character cut at the end for later', () => {
  const b = new Uint8Array(Buffer.from('ab考'));
  expect(completeUtf8(b)).toBe(5);
  expect(completeUtf8(b.subarray(0, 4))).toBe(2);
  expect(completeUtf8(b.subarray(0, 3))).toBe(2);
  expect(completeUtf8(b.subarray(0, 2))).toBe(2);
});
