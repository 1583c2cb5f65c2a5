// The workbook part: which sheets, in tab order, at which parts; the date system; the defined
// names that mark our generated sheets.
import { MARKER_PREFIX, sheetOfRange } from '../marker';
import { attributes, elements, innerOf, prefixOf, reEscape, section, unescapeXml } from '../package/xml';

export interface WorkbookSheet {
  name: string;
  /** The relationship id of its part. */
  rid: string;
  state: 'visible' | 'hidden' | 'veryHidden';
}

export interface WorkbookInfo {
  sheets: WorkbookSheet[];
  date1904: boolean;
  /** Names of the sheets a `QSAssess.*` defined name points at (ours, never read as input). */
  marked: Set<string>;
}

/** The relationship-id attribute (`r:id`), whatever prefix the document binds to that namespace. */
function relationshipId(a: Map<string, string>): string {
  for (const [k, v] of a) if (/^[\w.-]+:id$/.test(k)) return v;
  return '';
}

export function readWorkbookPart(xml: string): WorkbookInfo {
  const p = prefixOf(xml, 'workbook');
  const sheetsSec = section(xml, p, 'sheets');
  const sheets = (sheetsSec ? elements(sheetsSec.inner, p, 'sheet') : []).map((el) => {
    const a = attributes(el);
    const state = a.get('state');
    return {
      name: a.get('name') ?? '',
      rid: relationshipId(a),
      state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
    } satisfies WorkbookSheet;
  });
  const pr = new RegExp(`<${reEscape(p)}workbookPr\\b[^>]*>`).exec(xml)?.[0];
  const date1904 = pr ? /\bdate1904\s*=\s*["'](1|true)["']/i.test(pr) : false;
  const marked = new Set<string>();
  const names = section(xml, p, 'definedNames');
  for (const el of names ? elements(names.inner, p, 'definedName') : []) {
    const name = attributes(/^<[^>]*>/.exec(el)![0]).get('name') ?? '';
    if (!name.startsWith(MARKER_PREFIX)) continue;
    const sheet = sheetOfRange(unescapeXml(innerOf(el)).trim());
    if (sheet !== null) marked.add(sheet);
  }
  return { sheets, date1904, marked };
}
