// Our styles appended to the user's styles part: number formats, fonts, fills, borders and cell
// formats (cellXfs), each reusing an identical entry the user's file already has (so regenerating
// does not grow the file). Four short steps over the styles text; the sheet XML is remapped by the
// index map the last one returns.
import {
  attributes,
  elements,
  escapeXml,
  insertSection,
  prefixOf,
  removeAttribute,
  section,
  setAttribute,
  withPrefix,
  writeSection,
} from './package/xml';

const STYLE_ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
];

/** The styles text being built, and the prefix its elements use. */
interface Styles {
  xml: string;
  p: string;
}

function entries(doc: string, pre: string, local: string, item: string): string[] {
  const s = section(doc, pre, local);
  return s ? elements(s.inner, pre, item) : [];
}

/**
 * Appends our numFmts, fonts, fills, borders and cellXfs to the user's styles.xml; our custom
 * number formats get ids ≥ 164 that the file does not use. Returns the new styles.xml and, for
 * each of our cellXfs indexes, the index in the merged file.
 */
export function mergeStyles(theirs: string, ours: string): { xml: string; xfMap: number[] } {
  const s: Styles = { xml: theirs, p: prefixOf(theirs, 'styleSheet') };
  const fmtMap = mergeNumberFormats(s, ours);
  const fontMap = mergeList(s, ours, 'fonts', 'font');
  const fillMap = mergeList(s, ours, 'fills', 'fill');
  const borderMap = mergeList(s, ours, 'borders', 'border');
  const xfMap = mergeCellFormats(s, ours, { fmtMap, fontMap, fillMap, borderMap });
  return { xml: s.xml, xfMap };
}

/** numFmts, matched by format code; built-in ids (< 164) map to themselves. */
function mergeNumberFormats(s: Styles, ours: string): Map<number, number> {
  const codeToId = new Map<string, number>();
  let nextFmt = 164;
  for (const a of entries(s.xml, s.p, 'numFmts', 'numFmt').map((el) => attributes(el))) {
    const id = Number(a.get('numFmtId'));
    if (!codeToId.has(a.get('formatCode') ?? '')) codeToId.set(a.get('formatCode') ?? '', id);
    nextFmt = Math.max(nextFmt, id + 1);
  }
  const fmtMap = new Map<number, number>();
  const added: string[] = [];
  for (const a of entries(ours, '', 'numFmts', 'numFmt').map((el) => attributes(el))) {
    const id = Number(a.get('numFmtId'));
    const code = a.get('formatCode') ?? '';
    if (id < 164) {
      fmtMap.set(id, id);
      continue;
    }
    let to = codeToId.get(code);
    if (to === undefined) {
      to = nextFmt++;
      codeToId.set(code, to);
      added.push(`<${s.p}numFmt numFmtId="${to}" formatCode="${escapeXml(code)}"/>`);
    }
    fmtMap.set(id, to);
  }
  s.xml = appendEntries(s.xml, s.p, 'numFmts', 'numFmt', added);
  return fmtMap;
}

/** fonts, fills or borders: our entries appended, reusing identical ones. Our index → merged index. */
function mergeList(s: Styles, ours: string, local: string, item: string): number[] {
  const theirList = entries(s.xml, s.p, local, item);
  const index = new Map<string, number>();
  theirList.forEach((el, i) => index.has(el) || index.set(el, i));
  const added: string[] = [];
  const map = entries(ours, '', local, item).map((el) => {
    const mine = withPrefix(el, s.p);
    let i = index.get(mine);
    if (i === undefined) {
      i = theirList.length + added.length;
      index.set(mine, i);
      added.push(mine);
    }
    return i;
  });
  s.xml = appendEntries(s.xml, s.p, local, item, added);
  return map;
}

/** cellXfs with their references remapped; xfId 0 is the user's Normal cell style, when the file has one. */
function mergeCellFormats(
  s: Styles,
  ours: string,
  maps: { fmtMap: Map<number, number>; fontMap: number[]; fillMap: number[]; borderMap: number[] },
): number[] {
  const hasStyleXfs = entries(s.xml, s.p, 'cellStyleXfs', 'xf').length > 0;
  const theirXfs = entries(s.xml, s.p, 'cellXfs', 'xf');
  const xfIndex = new Map<string, number>();
  theirXfs.forEach((el, i) => xfIndex.has(el) || xfIndex.set(el, i));
  const added: string[] = [];
  const xfMap = entries(ours, '', 'cellXfs', 'xf').map((el) => {
    const open = /^<xf\b[^>]*>/.exec(el)![0];
    const a = attributes(open);
    let tag = open;
    const remap = (attr: string, map: (n: number) => number | undefined) => {
      const v = a.get(attr);
      if (v !== undefined) tag = setAttribute(tag, attr, String(map(Number(v)) ?? 0));
    };
    remap('numFmtId', (n) => maps.fmtMap.get(n) ?? n);
    remap('fontId', (n) => maps.fontMap[n]);
    remap('fillId', (n) => maps.fillMap[n]);
    remap('borderId', (n) => maps.borderMap[n]);
    if (!hasStyleXfs) tag = removeAttribute(tag, 'xfId');
    else if (a.has('xfId')) tag = setAttribute(tag, 'xfId', '0');
    const mine = withPrefix(tag + el.slice(open.length), s.p);
    let i = xfIndex.get(mine);
    if (i === undefined) {
      i = theirXfs.length + added.length;
      xfIndex.set(mine, i);
      added.push(mine);
    }
    return i;
  });
  s.xml = appendEntries(s.xml, s.p, 'cellXfs', 'xf', added);
  return xfMap;
}

function appendEntries(xml: string, p: string, local: string, item: string, added: string[]): string {
  const s = section(xml, p, local);
  if (!s) {
    if (added.length === 0) return xml;
    const before = STYLE_ORDER.slice(0, STYLE_ORDER.indexOf(local));
    return insertSection(xml, p, 'styleSheet', before, `<${p}${local} count="${added.length}">${added.join('')}</${p}${local}>`);
  }
  if (added.length === 0) return xml;
  const count = elements(s.inner, p, item).length + added.length;
  return writeSection(xml, s, p, local, s.inner + added.join(''), count);
}
