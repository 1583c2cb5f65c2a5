// Which cell styles show a date: a number in such a cell is a date serial. Only the number
// formats matter to the reader (xl/styles.xml, cellXfs → numFmtId → format code).
import { attributes, elements, prefixOf, section } from '../package/xml';

/** Built-in number formats that show dates or times (14–22, 45–47; 27–36 and 50–58 in Chinese Excel). */
const BUILTIN_DATE_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/** A format code shows a date when, outside quotes and brackets, it has a date or time letter. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]/.test(bare);
}

/** For each cellXfs index, whether it formats numbers as dates. */
export function dateStyles(stylesXml: string | null): boolean[] {
  if (!stylesXml) return [];
  const p = prefixOf(stylesXml, 'styleSheet');
  const custom = new Map<number, string>();
  const fmts = section(stylesXml, p, 'numFmts');
  for (const el of fmts ? elements(fmts.inner, p, 'numFmt') : []) {
    const a = attributes(el);
    custom.set(Number(a.get('numFmtId')), a.get('formatCode') ?? '');
  }
  const xfs = section(stylesXml, p, 'cellXfs');
  return (xfs ? elements(xfs.inner, p, 'xf') : []).map((el) => {
    const id = Number(attributes(/^<[^>]*>/.exec(el)![0]).get('numFmtId') ?? 0);
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : BUILTIN_DATE_IDS.has(id);
  });
}
