// Writing the summaries by package merge: our sheets are drawn as parts of their own
// (src/xlsx/writer) and spliced into the user's .xlsx zip. The user's parts (sheets, charts,
// pivots, slicers, custom parts…) are never parsed or re-serialised: their zip entries are copied
// as stored. Only the package's bookkeeping is edited: the workbook part (<sheets>,
// <definedNames>), its rels, [Content_Types].xml and styles.xml (ours appended). Our previously
// generated sheets of the same names (found by their `QSAssess.*` markers) are removed with
// everything only they referenced, and the new ones take their tab positions.
//
// The merge is a short pipeline of named steps over one object (`Merge`), bytes in, bytes out,
// with no Node APIs: the command and the browser page both use it. The XML is edited as text with
// prefix-aware patterns (src/xlsx/package/xml.ts), so every byte we do not mean to change stays.
import type { SheetPlan } from '../engine';
import { MARKER_PREFIX, quoteSheet, SheetNameClashError, sheetOfRange } from './marker';
import { openPackage, type XlsxPackage } from './package/open';
import {
  CONTENT_TYPE,
  EMPTY_RELS,
  dirname,
  parseRels,
  relIs,
  relativeTarget,
  relsPathOf,
  relsXml,
  sourceOfRels,
  REL,
  NS_RELATIONSHIPS,
  type Rel,
} from './package/opc';
import { damagedPart, FileProblem, type FileLabel } from './package/problem';
import {
  appendToRoot,
  attributes,
  elements,
  ensureNamespace,
  escapeXml,
  insertSection,
  prefixOf,
  reEscape,
  section,
  setAttribute,
  unescapeXml,
  withPrefix,
  writeSection,
} from './package/xml';
import { concat, decodeText, inflateWhole, verifyEntry, type InflateWhole } from './package/zip';
import { ZipWriter, type Packer } from './package/zip-write';
import { drawPlans, DRAWING_RID, type OurParts, type OurSheet } from './writer';
import { mergeStyles } from './merge-styles';
import { packWhileDrawn, type BackgroundDeflate, type PackedPart } from './packing';

export type { BackgroundDeflate, PackedPart } from './packing';

export { mergeStyles };

interface UserSheet {
  element: string;
  index: number;
  name: string;
  sheetId: number;
  rid: string;
}

interface DefinedName {
  element: string;
  name: string;
  localSheetId: number | null;
  formula: string; // unescaped
}

/** Everything the steps share: the user's package, what we change in it, and our parts. */
interface Merge {
  file: FileLabel;
  plans: SheetPlan[];
  pkg: XlsxPackage;
  /** Parts written by the merge (new text, or UTF-8 blocks for our sheets), by zip entry name. */
  written: Map<string, string | Uint8Array[]>;
  /** Zip entry names (lower case) dropped from the package. */
  removed: Set<string>;
  workbook: { part: string; xml: string; prefix: string; rAttr: string };
  rels: { part: string; xml: string; list: Rel[] };
  contentTypes: { part: string; xml: string };
  sheets: UserSheet[];
  names: DefinedName[];
  /** Old sheet index → index of the plan that replaces it. */
  replaced: Map<number, number>;
  date1904: boolean;
  ours: OurParts;
  newRels: string[];
  newOverrides: string[];
  nextRid: number;
  /** Our <sheet> elements, in plan order. */
  ourSheetElements: string[];
  /** Tab positions after the merge. */
  oldToNew: Map<number, number>;
  ourToNew: Map<number, number>;
  /** The part being read or edited, named when its XML turns out to be malformed. */
  at: string;
  packer: Packer;
  /** Our sheets being deflated while drawn (mergePlansAsync), by our sheet, then by part name. */
  packing: Map<OurSheet, Promise<PackedPart | null>>;
  packingParts: Map<string, Promise<PackedPart | null>>;
  /** …and deflated, ready for the zip. */
  packed: Map<string, PackedPart>;
}

/** How our parts are packed: fflate's deflate (level 1) and a JS CRC-32 unless the host has faster ones (Node's zlib). */
export type MergeOptions = Packer & {
  /** A native inflater, for checking the user's parts before they are copied (Node's zlib). */
  inflateWhole?: InflateWhole;
  /** Our larger sheets deflated beside this thread while they are drawn (mergePlansAsync only; src/xlsx/packing.ts). */
  background?: BackgroundDeflate;
};

/**
 * The user's .xlsx bytes with `plans` merged in. Throws SheetNameClashError, before anything is
 * built, when a user's own sheet has the name of a plan; FileProblem for a package we cannot merge.
 */
export function mergePlans(original: Uint8Array, plans: SheetPlan[], file: FileLabel = '工作簿', options: MergeOptions = {}): Uint8Array {
  const m = startMerge(original, plans, file, options);
  return explained(m, () => {
    editPackage(m, null);
    return zipPackage(m);
  });
}

/**
 * mergePlans, with our large sheets deflated beside this thread while they are drawn
 * (options.background): the same bytes, sooner on a machine with a core to spare.
 */
export async function mergePlansAsync(
  original: Uint8Array,
  plans: SheetPlan[],
  file: FileLabel = '工作簿',
  options: MergeOptions = {},
): Promise<Uint8Array> {
  const m = startMerge(original, plans, file, options);
  explained(m, () => editPackage(m, options.background ?? null));
  for (const [part, packing] of m.packingParts) {
    const packed = await packing;
    if (packed) m.packed.set(part, packed); // else deflated in line, as by mergePlans
  }
  return explained(m, () => zipPackage(m));
}

function startMerge(original: Uint8Array, plans: SheetPlan[], file: FileLabel, options: MergeOptions): Merge {
  const m = readUserPackage(original, plans, file);
  m.packer = options;
  m.packing = new Map();
  m.packingParts = new Map();
  m.packed = new Map();
  if (options.crc32) m.pkg.budget.crc32 = options.crc32;
  if (options.inflateWhole) m.pkg.budget.inflateWhole = options.inflateWhole;
  return m;
}

/** The steps up to the zip: our sheets drawn (and, given `background`, their packing begun), the bookkeeping edited. */
function editPackage(m: Merge, background: BackgroundDeflate | null): void {
  claimOurSheets(m);
  drawOurSheets(m, background);
  removeOldSheets(m);
  addOurSheets(m);
  orderTabs(m);
  rewriteDefinedNames(m);
  requestRecalculation(m);
}

/** Runs a step; anything but our own errors becomes a FileProblem naming the part being edited. */
function explained<T>(m: Merge, step: () => T): T {
  try {
    return step();
  } catch (e) {
    if (e instanceof FileProblem || e instanceof SheetNameClashError) throw e;
    // Package XML the merge cannot make sense of (an unclosed element…): say which part.
    throw damagedPart(m.file, m.at, '其 XML 结构无法合并');
  }
}

/** mergePlans, as the promise the command and the tests await. */
export async function mergePlansIntoPackage(original: Uint8Array, plans: SheetPlan[], file: FileLabel = '工作簿'): Promise<Uint8Array> {
  return mergePlans(original, plans, file);
}

/** A workbook holding our sheets alone (for printing them, or a download of just the summaries). */
export function writePlansWorkbook(plans: SheetPlan[], options: MergeOptions = {}): Uint8Array {
  return mergePlans(emptyWorkbook(), plans, '汇总表', options);
}

// ───────────────────────────── the steps ─────────────────────────────

/** Opens the package and reads its bookkeeping: workbook part, its rels, content types, sheets, names. */
function readUserPackage(original: Uint8Array, plans: SheetPlan[], file: FileLabel): Merge {
  const pkg = openPackage(original, file);
  const m = { file, plans, pkg, written: new Map(), removed: new Set(), at: pkg.workbookPart } as Partial<Merge> as Merge;
  try {
    readBookkeeping(m);
  } catch (e) {
    if (e instanceof FileProblem) throw e;
    throw damagedPart(file, m.at, '其 XML 结构无法识别');
  }
  return m;
}

function readBookkeeping(m: Merge): void {
  const { pkg, file } = m;
  const wbPart = pkg.workbookPart;
  const relsPart = pkg.zip.find(relsPathOf(wbPart))?.name ?? relsPathOf(wbPart);
  const relsXml = readPart(m, relsPart) ?? EMPTY_RELS;
  m.rels = { part: relsPart, xml: relsXml, list: parseRels(relsXml, wbPart) };
  let wb = readPart(m, wbPart)!;
  const prefix = prefixOf(wb, 'workbook');
  const ns = ensureNamespace(wb, 'workbook', NS_RELATIONSHIPS, 'r');
  wb = ns.xml;
  m.workbook = { part: wbPart, xml: wb, prefix, rAttr: `${ns.prefix}:id` };
  const ctEntry = pkg.zip.find('[Content_Types].xml');
  if (!ctEntry || pkg.contentTypes === null) throw new FileProblem(`文件「${file}」缺少 [Content_Types].xml,不是有效的 .xlsx 工作簿。`);
  m.contentTypes = { part: ctEntry.name, xml: pkg.contentTypes };

  const sheetsSec = section(wb, prefix, 'sheets');
  if (!sheetsSec) throw new FileProblem(`文件「${file}」的工作簿部件 ${wbPart} 没有工作表列表,不是有效的 .xlsx 工作簿。`);
  m.sheets = elements(sheetsSec.inner, prefix, 'sheet').map((element, index) => {
    const a = attributes(element);
    return { element, index, name: a.get('name') ?? '', sheetId: Number(a.get('sheetId') ?? 0), rid: a.get(m.workbook.rAttr) ?? '' };
  });
  const namesSec = section(wb, prefix, 'definedNames');
  m.names = (namesSec ? elements(namesSec.inner, prefix, 'definedName') : []).map((element) => {
    const open = /^<[^>]*>/.exec(element)![0];
    const a = attributes(open);
    const local = a.get('localSheetId');
    const formula = element.endsWith('/>')
      ? ''
      : unescapeXml(element.slice(open.length).replace(new RegExp(`</${reEscape(prefix)}definedName\\s*>$`), ''));
    return { element, name: a.get('name') ?? '', localSheetId: local === undefined ? null : Number(local), formula };
  });
  const pr = new RegExp(`<${reEscape(prefix)}workbookPr\\b[^>]*>`).exec(wb)?.[0];
  m.date1904 = pr ? /\bdate1904\s*=\s*["'](1|true)["']/i.test(pr) : false;
  m.nextRid = Math.max(0, ...m.rels.list.map((r) => Number(/^rId(\d+)$/.exec(r.id)?.[1] ?? 0))) + 1;
  m.newRels = [];
  m.newOverrides = [];
  m.at = wbPart;
}

/** Which sheets are ours (by marker); refuses, before any change, when a user's sheet has a plan's name. */
function claimOurSheets(m: Merge): void {
  const marked = new Set<string>();
  for (const n of m.names) {
    if (!n.name.startsWith(MARKER_PREFIX)) continue;
    const s = sheetOfRange(n.formula.trim());
    if (s !== null) marked.add(s.toLowerCase());
  }
  const byName = new Map(m.sheets.map((s) => [s.name.toLowerCase(), s]));
  const clashes = m.plans.map((p) => p.name).filter((n) => byName.has(n.toLowerCase()) && !marked.has(n.toLowerCase()));
  if (clashes.length) throw new SheetNameClashError(clashes);
  m.replaced = new Map();
  m.plans.forEach((p, i) => {
    const old = byName.get(p.name.toLowerCase());
    if (old) m.replaced.set(old.index, i);
  });
}

/**
 * Our sheets' parts, drawn in the book's date system (a 1904 book keeps its workbookPr), with
 * their cells pointing at our styles where mergeOurStyles put them.
 */
function drawOurSheets(m: Merge, background: BackgroundDeflate | null): void {
  const follow = background ? () => packWhileDrawn(background, (sheet, packed) => m.packing.set(sheet, packed)) : undefined;
  m.ours = drawPlans(m.plans, m.date1904, (ours) => mergeOurStyles(m, ours), follow);
}

/**
 * Our styles appended to the user's (identical entries reused); a book with no styles part takes
 * ours. Returns, for each of our cellXfs indexes, its index in the book.
 */
function mergeOurStyles(m: Merge, ours: string): number[] {
  const rel = m.rels.list.find((r) => relIs(r.type, 'styles') && !r.external);
  const theirs = rel ? readPart(m, rel.part) : null;
  if (rel && theirs !== null) {
    const merged = mergeStyles(theirs, ours);
    m.written.set(m.pkg.zip.find(rel.part)!.name, merged.xml);
    return merged.xfMap;
  }
  const part = unusedPart(m, `${partDir(m.workbook.part)}styles`, '.xml', 0);
  m.written.set(part, ours);
  addRel(m, REL.styles, part);
  m.newOverrides.push(`<Override PartName="/${escapeXml(part)}" ContentType="${CONTENT_TYPE.styles}"/>`);
  return [...Array(elements(section(ours, '', 'cellXfs')?.inner ?? '', '', 'xf').length).keys()];
}

/** Our previous sheets go, with every part only they referenced; calcChain goes when any sheet does. */
function removeOldSheets(m: Merge): void {
  const removed = m.sheets.filter((s) => m.replaced.has(s.index));
  const relById = new Map(m.rels.list.map((r) => [r.id, r]));
  const removedRids = new Set(removed.map((s) => s.rid));
  for (const s of removed) {
    const rel = relById.get(s.rid);
    if (rel && !rel.external) removePartTree(m, rel.part);
  }
  // calcChain lists formula cells by sheet; after removing sheets it may point into them, so it is
  // dropped (Excel rebuilds it on the next calculation). Untouched when no sheet was removed.
  const calc = m.rels.list.find((r) => relIs(r.type, 'calcChain'));
  if (removed.length && calc) {
    removedRids.add(calc.id);
    const e = m.pkg.zip.find(calc.part);
    if (e) m.removed.add(e.name.toLowerCase());
  }
  for (const r of m.rels.list) if (removedRids.has(r.id)) m.rels.xml = m.rels.xml.replace(r.element, '');
}

/** Our sheet parts (styles remapped), each with its drawing and charts, and their <sheet> elements. */
function addOurSheets(m: Merge): void {
  const dir = partDir(m.workbook.part);
  let nextSheetId = Math.max(0, ...m.sheets.map((s) => s.sheetId)) + 1;
  m.ourSheetElements = m.ours.sheets.map((s) => {
    const part = unusedPart(m, `${dir}worksheets/sheet`, '.xml', m.sheets.length + 1);
    m.written.set(part, s.xml);
    const packing = m.packing.get(s);
    if (packing) m.packingParts.set(part, packing);
    m.newOverrides.push(`<Override PartName="/${escapeXml(part)}" ContentType="${CONTENT_TYPE.worksheet}"/>`);
    if (s.charts) addCharts(m, part, s);
    const rid = addRel(m, REL.worksheet, part);
    return withPrefix(`<sheet name="${escapeXml(s.name)}" sheetId="${nextSheetId++}" ${m.workbook.rAttr}="${rid}"/>`, m.workbook.prefix);
  });
}

/** The drawing of one of our sheets and its charts, with their rels and content types. */
function addCharts(m: Merge, sheetPart: string, s: OurSheet): void {
  const dir = partDir(m.workbook.part);
  const drawing = unusedPart(m, `${dir}drawings/drawing`, '.xml');
  m.written.set(drawing, s.charts!.drawing);
  m.newOverrides.push(`<Override PartName="/${escapeXml(drawing)}" ContentType="${CONTENT_TYPE.drawing}"/>`);
  m.written.set(relsPathOf(sheetPart), relsXml([{ id: DRAWING_RID, type: REL.drawing, target: relativeTarget(sheetPart, drawing) }]));
  const chartRels = s.charts!.charts.map((xml, i) => {
    const chart = unusedPart(m, `${dir}charts/chart`, '.xml');
    m.written.set(chart, xml);
    m.newOverrides.push(`<Override PartName="/${escapeXml(chart)}" ContentType="${CONTENT_TYPE.chart}"/>`);
    return { id: `rId${i + 1}`, type: REL.chart, target: relativeTarget(drawing, chart) };
  });
  m.written.set(relsPathOf(drawing), relsXml(chartRels));
}

/** The new tab order: old generated sheets replaced in place, the rest of ours at the end. */
function orderTabs(m: Merge): void {
  m.at = m.workbook.part;
  const order: string[] = [];
  m.oldToNew = new Map();
  m.ourToNew = new Map();
  for (const s of m.sheets) {
    const planIndex = m.replaced.get(s.index);
    if (planIndex === undefined) {
      m.oldToNew.set(s.index, order.length);
      order.push(s.element);
    } else {
      m.ourToNew.set(planIndex, order.length);
      order.push(m.ourSheetElements[planIndex]);
    }
  }
  m.ourSheetElements.forEach((el, i) => {
    if (!m.ourToNew.has(i)) {
      m.ourToNew.set(i, order.length);
      order.push(el);
    }
  });
  const { prefix } = m.workbook;
  m.workbook.xml = writeSection(m.workbook.xml, section(m.workbook.xml, prefix, 'sheets')!, prefix, 'sheets', order.join(''));
}

/**
 * Defined names: those of or into removed sheets and stale copies of our markers go; sheet-local
 * names follow their sheet's new position; ours are added.
 */
function rewriteDefinedNames(m: Merge): void {
  m.at = m.workbook.part;
  const { prefix } = m.workbook;
  const planMarkers = new Set(m.plans.map((p) => p.marker.toLowerCase()));
  const removed = m.sheets.filter((s) => m.replaced.has(s.index));
  const removedIndexes = new Set(removed.map((s) => s.index));
  // The user's own names pointing into a sheet we regenerate are kept, moved to the new sheet
  // (its name, its tab position): deleting them silently would break their formulas and links.
  // Only what we write again is dropped: our markers and the built-in _xlnm.* names of our sheets.
  const renamed = (formula: string) => {
    let f = formula;
    for (const s of removed) {
      const to = m.plans[m.replaced.get(s.index)!].name;
      if (to !== s.name && refersTo(f, s.name)) f = renameSheetRefs(f, s.name, to);
    }
    return f;
  };
  const kept = m.names
    .filter((n) => !(n.localSheetId !== null && removedIndexes.has(n.localSheetId) && /^_xlnm\./i.test(n.name)))
    .filter((n) => !planMarkers.has(n.name.toLowerCase()))
    .map((n) => {
      let element = n.element;
      const formula = renamed(n.formula);
      if (formula !== n.formula) element = element.replace(/>[\s\S]*<\//, `>${escapeXml(formula)}</`);
      if (n.localSheetId === null) return element;
      const to = removedIndexes.has(n.localSheetId) ? m.ourToNew.get(m.replaced.get(n.localSheetId)!) : m.oldToNew.get(n.localSheetId);
      return to === undefined || to === n.localSheetId
        ? element
        : element.replace(/(\slocalSheetId\s*=\s*)(?:"[^"]*"|'[^']*')/, `$1"${to}"`);
    });
  for (const n of m.ours.names) {
    const local = n.localSheetId === null ? '' : ` localSheetId="${m.ourToNew.get(n.localSheetId)}"`;
    kept.push(withPrefix(`<definedName name="${escapeXml(n.name)}"${local}>${n.text}</definedName>`, prefix));
  }
  let wb = m.workbook.xml;
  const namesNow = section(wb, prefix, 'definedNames');
  if (namesNow) wb = writeSection(wb, namesNow, prefix, 'definedNames', kept.join(''));
  else if (kept.length) {
    wb = insertSection(
      wb,
      prefix,
      'workbook',
      ['sheets', 'functionGroups', 'externalReferences'],
      `<${prefix}definedNames>${kept.join('')}</${prefix}definedNames>`,
    );
  }
  m.workbook.xml = wb;
}

/**
 * When sheets were regenerated, a user's formula elsewhere may read them (='2026年第3季度考核汇总'!F5):
 * its cached value is last run's, and Excel would show it until something recalculated. So the
 * workbook asks for a full calculation on open (calcPr fullCalcOnLoad), as Excel itself does after
 * an external change. A first generation changes no cell any formula could have read.
 */
function requestRecalculation(m: Merge): void {
  if (m.replaced.size === 0) return;
  m.at = m.workbook.part;
  const { prefix } = m.workbook;
  let wb = m.workbook.xml;
  const calc = section(wb, prefix, 'calcPr');
  if (calc) {
    const open = setAttribute(calc.open, 'fullCalcOnLoad', '1');
    wb =
      wb.slice(0, calc.start) +
      (calc.inner === '' && !wb.slice(calc.start, calc.end).includes(`</${prefix}calcPr`)
        ? open.replace(/>$/, '/>')
        : open + calc.inner + `</${prefix}calcPr>`) +
      wb.slice(calc.end);
  } else {
    wb = insertSection(
      wb,
      prefix,
      'workbook',
      ['sheets', 'functionGroups', 'externalReferences', 'definedNames'],
      `<${prefix}calcPr fullCalcOnLoad="1"/>`,
    );
  }
  m.workbook.xml = wb;
}

/** The bookkeeping parts written back, then every entry: removed ones left out, written ones new, the rest copied as stored. */
function zipPackage(m: Merge): Uint8Array {
  m.written.set(m.workbook.part, m.workbook.xml);
  const rp = prefixOf(m.rels.xml, 'Relationships');
  m.written.set(m.rels.part, appendToRoot(m.rels.xml, rp, 'Relationships', withPrefix(m.newRels.join(''), rp)));
  let ct = m.contentTypes.xml;
  const cp = prefixOf(ct, 'Types');
  for (const o of elements(ct, cp, 'Override')) {
    if (m.removed.has((attributes(o).get('PartName') ?? '').replace(/^\//, '').toLowerCase())) ct = ct.replace(o, '');
  }
  m.written.set(m.contentTypes.part, appendToRoot(ct, cp, 'Types', withPrefix(m.newOverrides.join(''), cp)));

  const zip = new ZipWriter(m.packer);
  const add = (name: string, content: string | Uint8Array[]) => {
    const packed = m.packed.get(name);
    // Deflated while drawn: entered as add() would enter it (add stores a part deflate cannot shrink).
    if (packed && packed.data.length < packed.size) zip.addPacked(name, packed.data, packed.size, packed.crc32);
    else zip.add(name, content);
  };
  const pending = new Map(m.written);
  for (const e of m.pkg.zip.entries) {
    if (m.removed.has(e.name.toLowerCase())) continue;
    const text = pending.get(e.name);
    if (text !== undefined) {
      add(e.name, text);
      pending.delete(e.name);
    } else if (!zip.has(e.name)) {
      // Copied as stored, so checked first: a damaged part must not travel on into our output.
      verifyEntry(m.pkg.zip, e, m.file, m.pkg.budget);
      zip.copy(m.pkg.zip, e, m.file);
    }
  }
  for (const [name, text] of pending) add(name, text);
  return zip.finish();
}

// ───────────────────────────── helpers ─────────────────────────────

/** A part's current text: as the merge wrote it, else from the zip; null when absent or removed. */
function readPart(m: Merge, part: string): string | null {
  m.at = part;
  const entry = m.pkg.zip.find(part);
  const name = entry?.name ?? part;
  const written = m.written.get(name);
  if (written !== undefined) return typeof written === 'string' ? written : decodeText(concat(written));
  if (!entry || m.removed.has(entry.name.toLowerCase())) return null;
  return decodeText(inflateWhole(m.pkg.zip, entry, m.file, m.pkg.budget));
}

function exists(m: Merge, part: string): boolean {
  const lower = part.toLowerCase();
  if ([...m.written.keys()].some((k) => k.toLowerCase() === lower)) return true;
  const e = m.pkg.zip.find(part);
  return !!e && !m.removed.has(e.name.toLowerCase());
}

function partDir(part: string): string {
  const d = dirname(part);
  return d ? d + '/' : '';
}

/** `base<n>ext` with the first n ≥ from that no part of the package uses (n = 0: `baseext` first). */
function unusedPart(m: Merge, base: string, ext: string, from = 1): string {
  if (from === 0 && !exists(m, `${base}${ext}`)) return `${base}${ext}`;
  for (let n = Math.max(1, from); ; n++) if (!exists(m, `${base}${n}${ext}`)) return `${base}${n}${ext}`;
}

function addRel(m: Merge, type: string, part: string): string {
  const id = `rId${m.nextRid++}`;
  m.newRels.push(`<Relationship Id="${id}" Type="${type}" Target="${escapeXml(relativeTarget(m.workbook.part, part))}"/>`);
  return id;
}

/** Does a defined name's formula (unescaped) refer to `sheet`? */
/** `formula` with its references to sheet `from` made references to sheet `to`. */
function renameSheetRefs(formula: string, from: string, to: string): string {
  const quoted = formula.split(`${quoteSheet(from)}!`).join(`${quoteSheet(to)}!`);
  return quoted.replace(new RegExp(`(^|[^\\w.'\\u0080-\\uffff])${reEscape(from)}!`, 'g'), `$1${quoteSheet(to)}!`);
}

function refersTo(formula: string, sheet: string): boolean {
  if (formula.includes(`${quoteSheet(sheet)}!`)) return true;
  return new RegExp(`(^|[^\\w.'\\u0080-\\uffff])${reEscape(sheet)}!`).test(formula);
}

/**
 * Removes a part, its rels and, recursively, the internal parts it referenced that nothing left
 * in the package still references (a removed sheet's drawing, its charts, printer settings…).
 */
function removePartTree(m: Merge, part: string): void {
  const entry = m.pkg.zip.find(part);
  if (!entry || m.removed.has(entry.name.toLowerCase())) return;
  m.removed.add(entry.name.toLowerCase());
  const relsEntry = m.pkg.zip.find(relsPathOf(entry.name));
  if (!relsEntry) return;
  const targets = parseRels(readPart(m, relsEntry.name) ?? '', entry.name).filter((r) => !r.external);
  m.removed.add(relsEntry.name.toLowerCase());
  for (const t of targets) if (!stillReferenced(m, t.part)) removePartTree(m, t.part);
}

function stillReferenced(m: Merge, part: string): boolean {
  const lower = part.toLowerCase();
  for (const e of m.pkg.zip.entries) {
    if (!e.name.endsWith('.rels') || m.removed.has(e.name.toLowerCase())) continue;
    const rels = parseRels(readPart(m, e.name) ?? '', sourceOfRels(e.name));
    if (rels.some((r) => !r.external && r.part.toLowerCase() === lower)) return true;
  }
  return false;
}

/** The smallest package our merge accepts: a workbook with no sheets (and no styles part). */
function emptyWorkbook(): Uint8Array {
  const zip = new ZipWriter();
  zip.add(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      `<Default Extension="rels" ContentType="${CONTENT_TYPE.relationships}"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${CONTENT_TYPE.workbook}"/></Types>`,
  );
  zip.add('_rels/.rels', relsXml([{ id: 'rId1', type: REL.officeDocument, target: 'xl/workbook.xml' }]));
  zip.add(
    'xl/workbook.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
      `xmlns:r="${NS_RELATIONSHIPS}"><bookViews><workbookView/></bookViews><sheets/><calcPr calcId="171027"/></workbook>`,
  );
  zip.add('xl/_rels/workbook.xml.rels', EMPTY_RELS);
  return zip.finish();
}
