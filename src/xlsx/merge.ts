// Writing the summaries by package merge: our sheets are rendered into a fresh ExcelJS workbook
// that holds only them, and their parts are spliced into the user's original .xlsx zip. The user's
// parts (sheets, charts, pivots, slicers, custom parts…) are never parsed or re-serialised: their
// zip entries are copied as they are (JSZip reuses the compressed bytes). Only the package's
// bookkeeping is edited: the workbook part (<sheets>, <definedNames>), its rels,
// [Content_Types].xml and styles.xml (ours appended). Our previously generated sheets of the same
// names (found by their `QSAssess.*` markers) are removed with everything only they referenced,
// and the new ones take their tab positions.
//
// The XML is edited as text with namespace-prefix-aware patterns, never re-serialised, so every
// byte we do not mean to change stays as the producer wrote it.
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { SheetPlan } from '../engine';
import { FileProblem, writeAtomically } from './files';
import { MARKER_PREFIX, quoteSheet, sheetOfRange } from './marker';
import { renderPlans, SheetNameClashError } from './render';

const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_OFFICE_DOCUMENT = `${NS_R}/officeDocument`;
const REL_WORKSHEET = `${NS_R}/worksheet`;
const REL_STYLES = `${NS_R}/styles`;
const REL_SHARED_STRINGS = `${NS_R}/sharedStrings`;
const REL_CALC_CHAIN = `${NS_R}/calcChain`;
const CT_WORKSHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const CT_STYLES = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

/** Deflate level 1: the fastest, for the few parts we write; the user's parts keep their bytes. */
const ZIP_OPTIONS = { type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 1 } } as const;
/** No directory entries for the folders of parts we add: the package holds parts only. */
const NO_FOLDERS = { createFolders: false };

// ───────────────────────────── XML text helpers ─────────────────────────────

/** An element's attributes, allowing `>` inside quoted values. */
const ATTRS = `(?:[^>"']|"[^"]*"|'[^']*')*?`;

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    switch (e) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default:
        return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    }
  });
}

function reEscape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Attributes of an open tag, by qualified name, unescaped. */
function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  // Skip the element name itself.
  const body = tag.replace(/^<[\w:.-]+/, '');
  for (let m = re.exec(body); m; m = re.exec(body)) out.set(m[1], unescapeXml(m[2] ?? m[3]));
  return out;
}

/** Replaces (or adds) one attribute in an element's open tag, leaving the rest as written. */
function setAttribute(element: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${reEscape(name)}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  if (re.test(element)) return element.replace(re, `$1"${escapeXml(value)}"`);
  return element.replace(/^(<[\w:.-]+)/, `$1 ${name}="${escapeXml(value)}"`);
}

function removeAttribute(element: string, name: string): string {
  return element.replace(new RegExp(`\\s${reEscape(name)}\\s*=\\s*(?:"[^"]*"|'[^']*')`), '');
}

/** The prefix (`x:` or ``) a document uses for the element named `local`, from its first occurrence. */
function prefixOf(xml: string, local: string): string {
  const m = new RegExp(`<([\\w.-]+:)?${local}(?=[\\s/>])`).exec(xml);
  return m?.[1] ?? '';
}

/** Every `<p:local …/>` or `<p:local …>…</p:local>` in `xml` (no nesting of the same name). */
function elements(xml: string, p: string, local: string): string[] {
  const q = reEscape(p + local);
  return xml.match(new RegExp(`<${q}(?=[\\s/>])${ATTRS}(?:/>|>[\\s\\S]*?</${q}\\s*>)`, 'g')) ?? [];
}

interface Section {
  start: number;
  end: number;
  open: string; // the open tag, `<p:fonts count="3">` (self-closing tags are normalised to open ones)
  inner: string;
}

function section(xml: string, p: string, local: string): Section | null {
  const q = reEscape(p + local);
  const m = new RegExp(`<${q}(?=[\\s/>])(${ATTRS})(/?)>`).exec(xml);
  if (!m) return null;
  const start = m.index;
  if (m[2] === '/') return { start, end: start + m[0].length, open: `<${p}${local}${m[1]}>`, inner: '' };
  const close = new RegExp(`</${q}\\s*>`, 'g');
  close.lastIndex = start + m[0].length;
  const c = close.exec(xml);
  if (!c) throw new Error(`unclosed <${p}${local}>`);
  return { start, end: c.index + c[0].length, open: m[0], inner: xml.slice(start + m[0].length, c.index) };
}

function writeSection(xml: string, s: Section, p: string, local: string, inner: string, count?: number): string {
  const open = count === undefined ? s.open : setAttribute(s.open, 'count', String(count));
  return xml.slice(0, s.start) + `${open}${inner}</${p}${local}>` + xml.slice(s.end);
}

/**
 * Inserts a new section after the last of `before` present (schema order), or just inside the root.
 */
function insertSection(xml: string, p: string, root: string, before: string[], text: string): string {
  for (let i = before.length - 1; i >= 0; i--) {
    const s = section(xml, p, before[i]);
    if (s) return xml.slice(0, s.end) + text + xml.slice(s.end);
  }
  const r = section(xml, p, root);
  if (!r) throw new Error(`no <${p}${root}>`);
  const at = r.start + r.open.length;
  if (r.inner === '' && !xml.slice(r.start, r.end).endsWith(`</${p}${root}>`)) {
    // A self-closing root: open it.
    return xml.slice(0, r.start) + r.open + text + `</${p}${root}>` + xml.slice(r.end);
  }
  return xml.slice(0, at) + text + xml.slice(at);
}

/** Gives our (unprefixed) markup the element prefix of the document it goes into. */
function withPrefix(fragment: string, p: string): string {
  if (!p) return fragment;
  return fragment.replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, (all, slash: string, name: string) =>
    name.includes(':') ? all : `<${slash}${p}${name}`,
  );
}

/** The prefix bound to `uri` in a document, declaring one on the root element if there is none. */
function ensureNamespace(xml: string, root: string, uri: string, preferred: string): { xml: string; prefix: string } {
  const m = new RegExp(`xmlns:([\\w.-]+)\\s*=\\s*["']${reEscape(uri)}["']`).exec(xml);
  if (m) return { xml, prefix: m[1] };
  let prefix = preferred;
  for (let i = 1; new RegExp(`xmlns:${prefix}\\s*=`).test(xml); i++) prefix = `${preferred}${i}`;
  const p = prefixOf(xml, root);
  return { xml: xml.replace(new RegExp(`<${reEscape(p + root)}(?=[\\s/>])`), `$& xmlns:${prefix}="${uri}"`), prefix };
}

// ───────────────────────────── package helpers ─────────────────────────────

interface Rel {
  element: string;
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** Zip path of the target (internal targets only). */
  part: string;
}

function relsPathOf(part: string): string {
  const dir = path.posix.dirname(part);
  return `${dir === '.' ? '' : dir + '/'}_rels/${path.posix.basename(part)}.rels`;
}

function resolveTarget(fromPart: string, target: string): string {
  const clean = decodeURI(target.split('#')[0]);
  if (clean.startsWith('/')) return clean.slice(1);
  const dir = path.posix.dirname(fromPart);
  return path.posix.normalize(path.posix.join(dir === '.' ? '' : dir, clean)).replace(/^\/+/, '');
}

function parseRels(xml: string, sourcePart: string): Rel[] {
  const p = prefixOf(xml, 'Relationships');
  return elements(xml, p, 'Relationship').map((element) => {
    const a = attributes(element);
    const external = (a.get('TargetMode') ?? '') === 'External';
    const target = a.get('Target') ?? '';
    return {
      element,
      id: a.get('Id') ?? '',
      type: a.get('Type') ?? '',
      target,
      external,
      part: external ? '' : resolveTarget(sourcePart, target),
    };
  });
}

/** Zip entries are matched case-insensitively (OPC part names are). */
function findEntry(zip: JSZip, part: string): string | null {
  if (zip.files[part]) return part;
  const lower = part.toLowerCase();
  return Object.keys(zip.files).find((n) => n.toLowerCase() === lower) ?? null;
}

async function readText(zip: JSZip, part: string): Promise<string | null> {
  const name = findEntry(zip, part);
  return name ? zip.file(name)!.async('string') : null;
}

function relativeTarget(fromPart: string, toPart: string): string {
  const dir = path.posix.dirname(fromPart);
  return path.posix.relative(dir === '.' ? '' : dir, toPart);
}

/** True when the workbook part's <workbookPr> says date1904="1" (or "true"). */
function uses1904DateSystem(wb: string, prefix: string): boolean {
  const pr = new RegExp(`<${reEscape(prefix)}workbookPr\\b[^>]*>`).exec(wb)?.[0];
  return pr ? /\bdate1904\s*=\s*["'](1|true)["']/i.test(pr) : false;
}

// ───────────────────────────── our sheets ─────────────────────────────

/**
 * The plans drawn into a fresh workbook holding only them (no user data), as .xlsx bytes; with
 * `date1904`, its date cells are counted in the 1904 date system of the book they will join.
 */
export async function renderPlansToBuffer(plans: SheetPlan[], date1904 = false): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.properties.date1904 = date1904;
  renderPlans(workbook, plans);
  // ExcelJS 4.4's document writer ignores `useSharedStrings: false` (only its streaming writer
  // honours it); the merge below turns any shared-string cells of ours into inline strings.
  // Stored, not deflated: the merge unpacks it at once; only the final file is compressed.
  const options = { useSharedStrings: false, zip: { compression: 'STORE' } };
  const data = await workbook.xlsx.writeBuffer(options as unknown as Partial<ExcelJS.XlsxWriteOptions>);
  return Buffer.from(data as ArrayBuffer);
}

interface OurPackage {
  sheets: { name: string; xml: string }[];
  names: { name: string; localSheetId: number | null; text: string }[]; // text as escaped XML
  styles: string | null;
}

async function readOurPackage(buf: Buffer): Promise<OurPackage> {
  const zip = await JSZip.loadAsync(buf);
  const wbPart = 'xl/workbook.xml';
  const wb = (await readText(zip, wbPart))!;
  const rels = parseRels((await readText(zip, relsPathOf(wbPart)))!, wbPart);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const ssRel = rels.find((r) => r.type === REL_SHARED_STRINGS);
  const shared = ssRel
    ? elements((await readText(zip, ssRel.part)) ?? '', '', 'si').map((si) => si.replace(/^<si[^>]*>|<\/si>$/g, ''))
    : [];
  const stylesRel = rels.find((r) => r.type === REL_STYLES);
  const sheets: OurPackage['sheets'] = [];
  for (const el of elements(section(wb, '', 'sheets')!.inner, '', 'sheet')) {
    const a = attributes(el);
    const part = byId.get(a.get('r:id') ?? '')!.part;
    if (zip.file(relsPathOf(part))) throw new Error(`generated sheet ${part} has relationships; the merge does not carry them`);
    sheets.push({ name: a.get('name')!, xml: inlineStrings((await readText(zip, part))!, shared) });
  }
  const dn = section(wb, '', 'definedNames');
  const names = (dn ? elements(dn.inner, '', 'definedName') : []).map((el) => {
    const a = attributes(el);
    const local = a.get('localSheetId');
    return {
      name: a.get('name')!,
      localSheetId: local === undefined ? null : Number(local),
      text: el.replace(/^<definedName[^>]*>|<\/definedName>$/g, ''),
    };
  });
  return { sheets, names, styles: stylesRel ? await readText(zip, stylesRel.part) : null };
}

/** Shared-string and `str` cells → inline strings, so our sheets need no sharedStrings part. */
function inlineStrings(sheetXml: string, shared: string[]): string {
  return sheetXml
    .replace(
      /<c(\s[^>]*?)\st="s"([^>]*)>\s*<v>(\d+)<\/v>\s*<\/c>/g,
      (_, a: string, b: string, i: string) => `<c${a}${b} t="inlineStr"><is>${shared[Number(i)] ?? '<t></t>'}</is></c>`,
    )
    .replace(
      /<c(\s[^>]*?)\st="str"([^>]*)>\s*<v>([^<]*)<\/v>\s*<\/c>/g,
      (_, a: string, b: string, v: string) => `<c${a}${b} t="inlineStr"><is><t xml:space="preserve">${v}</t></is></c>`,
    );
}

// ───────────────────────────── styles ─────────────────────────────

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

/**
 * Appends our numFmts, fonts, fills, borders and cellXfs to the user's styles.xml. Entries equal to
 * one the user's file already has are reused (so regenerating does not grow the file); our custom
 * number formats get ids ≥ 164 that the file does not use. Returns the new styles.xml and, for
 * each of our cellXfs indexes, the index in the merged file.
 */
export function mergeStyles(theirs: string, ours: string): { xml: string; xfMap: number[] } {
  const p = prefixOf(theirs, 'styleSheet');
  let xml = theirs;

  const entries = (local: string, item: string, doc: string, pre: string) => {
    const s = section(doc, pre, local);
    return s ? elements(s.inner, pre, item) : [];
  };

  // numFmts: by format code.
  const theirFmts = entries('numFmts', 'numFmt', xml, p).map((el) => attributes(el));
  const codeToId = new Map<string, number>();
  let nextFmt = 164;
  for (const a of theirFmts) {
    const id = Number(a.get('numFmtId'));
    if (!codeToId.has(a.get('formatCode') ?? '')) codeToId.set(a.get('formatCode') ?? '', id);
    nextFmt = Math.max(nextFmt, id + 1);
  }
  const fmtMap = new Map<number, number>();
  const newFmts: string[] = [];
  for (const a of entries('numFmts', 'numFmt', ours, '').map((el) => attributes(el))) {
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
      newFmts.push(`<${p}numFmt numFmtId="${to}" formatCode="${escapeXml(code)}"/>`);
    }
    fmtMap.set(id, to);
  }
  xml = appendEntries(xml, p, 'numFmts', 'numFmt', newFmts);

  // fonts, fills, borders: appended, reusing identical entries.
  const merged = (local: string, item: string): number[] => {
    const theirList = entries(local, item, xml, p);
    const index = new Map<string, number>();
    theirList.forEach((el, i) => index.has(el) || index.set(el, i));
    const added: string[] = [];
    const map = entries(local, item, ours, '').map((el) => {
      const mine = withPrefix(el, p);
      let i = index.get(mine);
      if (i === undefined) {
        i = theirList.length + added.length;
        index.set(mine, i);
        added.push(mine);
      }
      return i;
    });
    xml = appendEntries(xml, p, local, item, added);
    return map;
  };
  const fontMap = merged('fonts', 'font');
  const fillMap = merged('fills', 'fill');
  const borderMap = merged('borders', 'border');

  // cellXfs: references remapped; xfId 0 is the user's Normal cell style, when the file has one.
  const hasStyleXfs = entries('cellStyleXfs', 'xf', xml, p).length > 0;
  const theirXfs = entries('cellXfs', 'xf', xml, p);
  const xfIndex = new Map<string, number>();
  theirXfs.forEach((el, i) => xfIndex.has(el) || xfIndex.set(el, i));
  const addedXfs: string[] = [];
  const xfMap = entries('cellXfs', 'xf', ours, '').map((el) => {
    const open = /^<xf\b[^>]*>/.exec(el)![0];
    const a = attributes(open);
    let tag = open;
    const remap = (attr: string, map: (n: number) => number | undefined) => {
      const v = a.get(attr);
      if (v !== undefined) tag = setAttribute(tag, attr, String(map(Number(v)) ?? 0));
    };
    remap('numFmtId', (n) => fmtMap.get(n) ?? n);
    remap('fontId', (n) => fontMap[n]);
    remap('fillId', (n) => fillMap[n]);
    remap('borderId', (n) => borderMap[n]);
    if (!hasStyleXfs) tag = removeAttribute(tag, 'xfId');
    else if (a.has('xfId')) tag = setAttribute(tag, 'xfId', '0');
    const mine = withPrefix(tag + el.slice(open.length), p);
    let i = xfIndex.get(mine);
    if (i === undefined) {
      i = theirXfs.length + addedXfs.length;
      xfIndex.set(mine, i);
      addedXfs.push(mine);
    }
    return i;
  });
  xml = appendEntries(xml, p, 'cellXfs', 'xf', addedXfs);
  return { xml, xfMap };
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

/** Our style indexes in a sheet's XML (`<c s>`, `<row s>`, `<col style>`) → the merged file's. */
function remapSheetStyles(sheetXml: string, xfMap: number[]): string {
  const to = xfMap.map(String);
  const map = (v: string) => to[Number(v)] ?? '0';
  return sheetXml
    .replace(/(<(?:c|row)\s[^>]*?\ss=")(\d+)"/g, (_, head: string, v: string) => `${head}${map(v)}"`)
    .replace(/(<col\s[^>]*?\sstyle=")(\d+)"/g, (_, head: string, v: string) => `${head}${map(v)}"`);
}

// ───────────────────────────── the merge ─────────────────────────────

/** Does a defined name's formula (unescaped) refer to `sheet`? */
function refersTo(formula: string, sheet: string): boolean {
  if (formula.includes(`${quoteSheet(sheet)}!`)) return true;
  return new RegExp(`(^|[^\\w.'\\u0080-\\uffff])${reEscape(sheet)}!`).test(formula);
}

/**
 * The user's .xlsx bytes with `plans` merged in (see the top of this file). Throws
 * SheetNameClashError, before anything is built, when a user's own sheet has the name of a plan.
 */
export async function mergePlansIntoPackage(
  original: Buffer | Uint8Array,
  plans: SheetPlan[],
  file = '工作簿',
  rendered?: Buffer, // renderPlansToBuffer(plans), when the caller already has it
): Promise<Buffer> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(original);
  } catch (e) {
    throw new FileProblem(`无法读取文件「${file}」:文件已损坏或不是 .xlsx 工作簿(${(e as Error).message})。`);
  }
  const rootRels = parseRels((await readText(zip, '_rels/.rels')) ?? '', '');
  const wbPart = rootRels.find((r) => r.type === REL_OFFICE_DOCUMENT)?.part ?? 'xl/workbook.xml';
  const wbEntry = findEntry(zip, wbPart);
  if (!wbEntry) throw new FileProblem(`文件「${file}」中没有工作簿部件(${wbPart}),不是有效的 .xlsx 工作簿。`);
  const wbRelsPart = findEntry(zip, relsPathOf(wbEntry)) ?? relsPathOf(wbEntry);
  let wb = await zip.file(wbEntry)!.async('string');
  let wbRelsXml =
    (await readText(zip, wbRelsPart)) ??
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const wbRels = parseRels(wbRelsXml, wbEntry);
  const relById = new Map(wbRels.map((r) => [r.id, r]));

  const wp = prefixOf(wb, 'workbook');
  const ns = ensureNamespace(wb, 'workbook', NS_R, 'r');
  wb = ns.xml;
  const rAttr = `${ns.prefix}:id`;

  // The user's sheets and defined names, as written.
  const sheetsSec = section(wb, wp, 'sheets');
  if (!sheetsSec) throw new FileProblem(`文件「${file}」的工作簿部件没有工作表列表,不是有效的 .xlsx 工作簿。`);
  const sheets = elements(sheetsSec.inner, wp, 'sheet').map((element, index) => {
    const a = attributes(element);
    return { element, index, name: a.get('name') ?? '', sheetId: Number(a.get('sheetId') ?? 0), rid: a.get(rAttr) ?? '' };
  });
  const namesSec = section(wb, wp, 'definedNames');
  const names = (namesSec ? elements(namesSec.inner, wp, 'definedName') : []).map((element) => {
    const open = /^<[^>]*>/.exec(element)![0];
    const a = attributes(open);
    const local = a.get('localSheetId');
    const formula = element.endsWith('/>')
      ? ''
      : unescapeXml(element.slice(open.length).replace(new RegExp(`</${reEscape(wp)}definedName\\s*>$`), ''));
    return { element, name: a.get('name') ?? '', localSheetId: local === undefined ? null : Number(local), formula };
  });

  // Which sheets are ours; refuse before changing anything when a user's sheet has a plan's name.
  const marked = new Set<string>();
  for (const n of names) {
    if (!n.name.startsWith(MARKER_PREFIX)) continue;
    const s = sheetOfRange(n.formula.trim());
    if (s !== null) marked.add(s.toLowerCase());
  }
  const byName = new Map(sheets.map((s) => [s.name.toLowerCase(), s]));
  const clashes = plans.map((p) => p.name).filter((n) => byName.has(n.toLowerCase()) && !marked.has(n.toLowerCase()));
  if (clashes.length) throw new SheetNameClashError(clashes);
  const replaced = new Map<number, number>(); // old sheet index → plan index
  plans.forEach((p, i) => {
    const old = byName.get(p.name.toLowerCase());
    if (old) replaced.set(old.index, i);
  });
  const removed = sheets.filter((s) => replaced.has(s.index));

  // A 1904-system book keeps its workbookPr, so our date cells must be drawn in its system; the
  // caller's rendering (1900 system, also used for the PDF) only serves a 1900-system book.
  const date1904 = uses1904DateSystem(wb, wp);
  const ours = await readOurPackage(rendered && !date1904 ? rendered : await renderPlansToBuffer(plans, date1904));
  if (ours.sheets.map((s) => s.name).join('\n') !== plans.map((p) => p.name).join('\n'))
    throw new Error('generated sheets out of plan order');

  // Styles.
  const stylesRel = wbRels.find((r) => r.type === REL_STYLES);
  const stylesEntry = stylesRel ? findEntry(zip, stylesRel.part) : null;
  let xfMap: number[] = [];
  const newRels: string[] = [];
  const newOverrides: string[] = [];
  let nextRid = Math.max(0, ...wbRels.map((r) => Number(/^rId(\d+)$/.exec(r.id)?.[1] ?? 0))) + 1;
  const takeRid = () => `rId${nextRid++}`;
  const wbDir = path.posix.dirname(wbEntry) === '.' ? '' : path.posix.dirname(wbEntry) + '/';
  const unusedPart = (base: string, ext: string, from = 1): string => {
    for (let n = from; ; n++) {
      const candidate = `${base}${n}${ext}`;
      if (!findEntry(zip, candidate)) return candidate;
    }
  };
  if (ours.styles) {
    if (stylesEntry) {
      const merged = mergeStyles(await zip.file(stylesEntry)!.async('string'), ours.styles);
      zip.file(stylesEntry, merged.xml, NO_FOLDERS);
      xfMap = merged.xfMap;
    } else {
      // A producer that wrote no styles part: ours becomes the workbook's, indexes unchanged.
      const part = findEntry(zip, `${wbDir}styles.xml`) ? unusedPart(`${wbDir}styles`, '.xml') : `${wbDir}styles.xml`;
      zip.file(part, ours.styles, NO_FOLDERS);
      newRels.push(`<Relationship Id="${takeRid()}" Type="${REL_STYLES}" Target="${escapeXml(relativeTarget(wbEntry, part))}"/>`);
      newOverrides.push(`<Override PartName="/${escapeXml(part)}" ContentType="${CT_STYLES}"/>`);
      xfMap = [...Array(elements(section(ours.styles, '', 'cellXfs')?.inner ?? '', '', 'xf').length).keys()];
    }
  }

  // Remove the old generated sheets and whatever only they referenced.
  const removedParts = new Set<string>();
  const removedRids = new Set(removed.map((s) => s.rid));
  for (const s of removed) {
    const rel = relById.get(s.rid);
    if (rel && !rel.external) await removePartTree(zip, rel.part, removedParts);
  }
  // calcChain lists formula cells by sheet; after removing sheets it may point into them, so it is
  // dropped (Excel rebuilds it on the next calculation). Untouched when no sheet was removed.
  const calcRel = wbRels.find((r) => r.type === REL_CALC_CHAIN);
  if (removed.length && calcRel) {
    removedRids.add(calcRel.id);
    const e = findEntry(zip, calcRel.part);
    if (e) {
      zip.remove(e);
      removedParts.add(e);
    }
  }

  // Add our sheets.
  let nextSheetId = Math.max(0, ...sheets.map((s) => s.sheetId)) + 1;
  const ourElements = ours.sheets.map((s) => {
    const part = unusedPart(`${wbDir}worksheets/sheet`, '.xml', sheets.length + 1);
    zip.file(part, remapSheetStyles(s.xml, xfMap), NO_FOLDERS);
    const rid = takeRid();
    newRels.push(`<Relationship Id="${rid}" Type="${REL_WORKSHEET}" Target="${escapeXml(relativeTarget(wbEntry, part))}"/>`);
    newOverrides.push(`<Override PartName="/${escapeXml(part)}" ContentType="${CT_WORKSHEET}"/>`);
    return withPrefix(`<sheet name="${escapeXml(s.name)}" sheetId="${nextSheetId++}" ${rAttr}="${rid}"/>`, wp);
  });

  // The new tab order: old generated sheets replaced in place, the rest of ours at the end.
  const order: string[] = [];
  const oldToNew = new Map<number, number>();
  const ourToNew = new Map<number, number>();
  for (const s of sheets) {
    const planIndex = replaced.get(s.index);
    if (planIndex === undefined) {
      oldToNew.set(s.index, order.length);
      order.push(s.element);
    } else {
      ourToNew.set(planIndex, order.length);
      order.push(ourElements[planIndex]);
    }
  }
  ourElements.forEach((el, i) => {
    if (!ourToNew.has(i)) {
      ourToNew.set(i, order.length);
      order.push(el);
    }
  });
  wb = writeSection(wb, section(wb, wp, 'sheets')!, wp, 'sheets', order.join(''));

  // Defined names: drop those of or into removed sheets and stale copies of our markers; renumber
  // localSheetId; add ours.
  const planMarkers = new Set(plans.map((p) => p.marker.toLowerCase()));
  const removedIndexes = new Set(removed.map((s) => s.index));
  const kept = names
    .filter((n) => !(n.localSheetId !== null && removedIndexes.has(n.localSheetId)))
    .filter((n) => !removed.some((s) => refersTo(n.formula, s.name)))
    .filter((n) => !planMarkers.has(n.name.toLowerCase()))
    .map((n) => {
      if (n.localSheetId === null) return n.element;
      const to = oldToNew.get(n.localSheetId);
      return to === undefined || to === n.localSheetId
        ? n.element
        : n.element.replace(/(\slocalSheetId\s*=\s*)(?:"[^"]*"|'[^']*')/, `$1"${to}"`);
    });
  for (const n of ours.names) {
    const local = n.localSheetId === null ? '' : ` localSheetId="${ourToNew.get(n.localSheetId)}"`;
    kept.push(withPrefix(`<definedName name="${escapeXml(n.name)}"${local}>${n.text}</definedName>`, wp));
  }
  const namesNow = section(wb, wp, 'definedNames');
  if (namesNow) wb = writeSection(wb, namesNow, wp, 'definedNames', kept.join(''));
  else if (kept.length) {
    wb = insertSection(
      wb,
      wp,
      'workbook',
      ['sheets', 'functionGroups', 'externalReferences'],
      `<${wp}definedNames>${kept.join('')}</${wp}definedNames>`,
    );
  }
  zip.file(wbEntry, wb, NO_FOLDERS);

  // Workbook rels.
  const rp = prefixOf(wbRelsXml, 'Relationships');
  for (const r of wbRels) if (removedRids.has(r.id)) wbRelsXml = wbRelsXml.replace(r.element, '');
  wbRelsXml = appendToRoot(wbRelsXml, rp, 'Relationships', withPrefix(newRels.join(''), rp));
  zip.file(wbRelsPart, wbRelsXml, NO_FOLDERS);

  // Content types.
  const ctEntry = findEntry(zip, '[Content_Types].xml');
  if (!ctEntry) throw new FileProblem(`文件「${file}」缺少 [Content_Types].xml,不是有效的 .xlsx 工作簿。`);
  let ct = await zip.file(ctEntry)!.async('string');
  const cp = prefixOf(ct, 'Types');
  const gone = new Set([...removedParts].map((p) => '/' + p.toLowerCase()));
  for (const o of elements(ct, cp, 'Override')) {
    if (gone.has((attributes(o).get('PartName') ?? '').toLowerCase())) ct = ct.replace(o, '');
  }
  ct = appendToRoot(ct, cp, 'Types', withPrefix(newOverrides.join(''), cp));
  zip.file(ctEntry, ct, NO_FOLDERS);

  return (await zip.generateAsync(ZIP_OPTIONS)) as Buffer;
}

function appendToRoot(xml: string, p: string, root: string, fragment: string): string {
  if (!fragment) return xml;
  const close = `</${p}${root}>`;
  const at = xml.lastIndexOf(close);
  if (at >= 0) return xml.slice(0, at) + fragment + xml.slice(at);
  // A self-closing root (an empty rels part).
  return xml.replace(new RegExp(`<${reEscape(p + root)}(${ATTRS})/>`), `<${p}${root}$1>${fragment}${close}`);
}

/**
 * Removes a part, its rels and, recursively, the internal parts it referenced that nothing left
 * in the package still references (a removed sheet's drawing, its charts, printer settings…).
 */
async function removePartTree(zip: JSZip, part: string, removed: Set<string>): Promise<void> {
  const entry = findEntry(zip, part);
  if (!entry || removed.has(entry)) return;
  zip.remove(entry);
  removed.add(entry);
  const relsEntry = findEntry(zip, relsPathOf(entry));
  if (!relsEntry) return;
  const targets = parseRels(await zip.file(relsEntry)!.async('string'), entry).filter((r) => !r.external);
  zip.remove(relsEntry);
  removed.add(relsEntry);
  for (const t of targets) {
    if (!(await stillReferenced(zip, t.part))) await removePartTree(zip, t.part, removed);
  }
}

async function stillReferenced(zip: JSZip, part: string): Promise<boolean> {
  const lower = part.toLowerCase();
  for (const name of Object.keys(zip.files)) {
    if (!name.endsWith('.rels') || zip.files[name].dir) continue;
    const source = name.replace(/(^|\/)_rels\/([^/]+)\.rels$/, '$1$2');
    const rels = parseRels(await zip.file(name)!.async('string'), source);
    if (rels.some((r) => !r.external && r.part.toLowerCase() === lower)) return true;
  }
  return false;
}

/**
 * Writes `out`: the workbook `book` with the plans merged in (package merge, above), atomically.
 * `book` and `out` may be the same file (--in-place): it is read whole before the rename.
 */
export async function writeSummariesFile(book: string, out: string, plans: SheetPlan[], rendered?: Buffer): Promise<void> {
  const original = fs.readFileSync(book);
  let merged: Buffer;
  try {
    merged = await mergePlansIntoPackage(original, plans, book, rendered);
  } catch (e) {
    if (e instanceof SheetNameClashError || e instanceof FileProblem) throw e;
    // Malformed package XML the reader tolerated: a file problem, reported, nothing written.
    throw new FileProblem(
      `无法把汇总表写入「${out}」:工作簿「${book}」的结构无法合并(${(e as Error).message})。请在 Excel 中打开并另存为 .xlsx 后再试。`,
    );
  }
  await writeAtomically(out, (temp) => fs.promises.writeFile(temp, merged));
}
