// The Open Packaging Conventions facts of an .xlsx: part names, relationships and content types,
// stated once for the file checks, the reader and the merge. Browser-safe (no `path` module).
import { attributes, elements, escapeXml, prefixOf, reEscape } from './xml';

const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const NS_RELATIONSHIPS = NS_R;
export const REL = {
  officeDocument: `${NS_R}/officeDocument`,
  worksheet: `${NS_R}/worksheet`,
  styles: `${NS_R}/styles`,
  sharedStrings: `${NS_R}/sharedStrings`,
  calcChain: `${NS_R}/calcChain`,
  drawing: `${NS_R}/drawing`,
  chart: `${NS_R}/chart`,
} as const;

const CT = 'application/vnd.openxmlformats-officedocument';
export const CONTENT_TYPE = {
  worksheet: `${CT}.spreadsheetml.worksheet+xml`,
  styles: `${CT}.spreadsheetml.styles+xml`,
  workbook: `${CT}.spreadsheetml.sheet.main+xml`,
  drawing: `${CT}.drawing+xml`,
  chart: `${CT}.drawingml.chart+xml`,
  relationships: 'application/vnd.openxmlformats-package.relationships+xml',
} as const;

/** Content types of a workbook part we can read (.xlsx, .xltx, .xlsm, .xltm, .xlam). */
export const WORKBOOK_TYPES = /spreadsheetml\.(sheet|template)\.main\+xml|ms-excel\.(sheet|template|addin)\.macroEnabled\.main\+xml/i;

/** Relationship types end the same in the transitional and the strict namespaces. */
export function relIs(type: string, kind: keyof typeof REL): boolean {
  return type === REL[kind] || type.endsWith(`/relationships/${kind}`);
}

export interface Rel {
  element: string;
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** Package path of the target, without a leading slash (internal targets only). */
  part: string;
}

// ── part names (POSIX paths without the `path` module, which browsers lack) ──

export function dirname(part: string): string {
  const i = part.lastIndexOf('/');
  return i < 0 ? '' : part.slice(0, i);
}

export function basename(part: string): string {
  return part.slice(part.lastIndexOf('/') + 1);
}

/** `a/b/../c/./d` → `a/c/d`; leading slashes dropped (part names are absolute within the package). */
export function normalizePart(p: string): string {
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return out.join('/');
}

export function relsPathOf(part: string): string {
  const dir = dirname(part);
  return `${dir ? dir + '/' : ''}_rels/${basename(part)}.rels`;
}

/** The part a `.rels` part describes (`xl/_rels/workbook.xml.rels` → `xl/workbook.xml`; root → ''). */
export function sourceOfRels(relsPart: string): string {
  return relsPart.replace(/(^|\/)_rels\/([^/]+)\.rels$/, '$1$2');
}

export function resolveTarget(fromPart: string, target: string): string {
  let clean = target.split('#')[0];
  try {
    clean = decodeURI(clean);
  } catch {
    // A malformed %-escape: take the target as written.
  }
  if (clean.startsWith('/')) return normalizePart(clean);
  const dir = dirname(fromPart);
  return normalizePart(dir ? `${dir}/${clean}` : clean);
}

export function relativeTarget(fromPart: string, toPart: string): string {
  const from = dirname(fromPart).split('/').filter(Boolean);
  const to = toPart.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...Array(from.length - common).fill('..'), ...to.slice(common)].join('/');
}

export function parseRels(xml: string, sourcePart: string): Rel[] {
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

/** The workbook part named by the root relationships (`_rels/.rels`), or null when there is none. */
export function officeDocumentPart(rootRels: string): string | null {
  return parseRels(rootRels, '').find((r) => relIs(r.type, 'officeDocument') && !r.external)?.part ?? null;
}

/** The content type [Content_Types].xml gives a part: its Override, else the Default of its extension. */
export function contentTypeOf(types: string, part: string): string | null {
  const p = prefixOf(types, 'Types');
  const override = elements(types, p, 'Override')
    .map((el) => attributes(el))
    .find((a) => (a.get('PartName') ?? '').replace(/^\//, '').toLowerCase() === part.toLowerCase());
  if (override) return override.get('ContentType') ?? null;
  const ext = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
  const def = elements(types, p, 'Default')
    .map((el) => attributes(el))
    .find((a) => (a.get('Extension') ?? '').toLowerCase() === ext);
  return def?.get('ContentType') ?? null;
}

export const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/** A relationships part listing `rels`. */
export function relsXml(rels: { id: string; type: string; target: string }[]): string {
  const items = rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`).join('');
  return EMPTY_RELS.replace('</Relationships>', `${items}</Relationships>`);
}

export { reEscape };
