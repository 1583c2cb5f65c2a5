// XML as text, edited with namespace-prefix-aware patterns and never re-serialised, so every byte
// we do not mean to change stays as the producer wrote it. Used by the file checks, the reader's
// small parts (workbook, rels, content types, styles) and the merge. Browser-safe.

/** An element's attributes, allowing `>` inside quoted values. */
export const ATTRS = `(?:[^>"']|"[^"]*"|'[^']*')*?`;

// Characters XML 1.0 cannot hold at all: written raw they make the part unreadable (Excel calls
// the file corrupt). Cell text keeps them as OOXML's _xHHHH_ (writer/sheet.ts); everywhere else
// (chart captions and caches, attributes, headers and footers) they are dropped here, the one
// place every writer escapes through.
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function escapeXml(s: string): string {
  return s
    .replace(XML_FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Escapes text content (quotes may stay), as our sheets' cells are written; XML-forbidden characters dropped. */
export function escapeText(s: string): string {
  return s.replace(XML_FORBIDDEN, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function unescapeXml(s: string): string {
  if (s.indexOf('&') < 0) return s;
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
      default: {
        const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
      }
    }
  });
}

export function reEscape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Attributes of an open tag, by qualified name, unescaped. */
export function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  const body = tag.replace(/^<[\w:.-]+/, ''); // skip the element name itself
  for (let m = re.exec(body); m; m = re.exec(body)) out.set(m[1], unescapeXml(m[2] ?? m[3]));
  return out;
}

/** Replaces (or adds) one attribute in an element's open tag, leaving the rest as written. */
export function setAttribute(element: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${reEscape(name)}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  if (re.test(element)) return element.replace(re, `$1"${escapeXml(value)}"`);
  return element.replace(/^(<[\w:.-]+)/, `$1 ${name}="${escapeXml(value)}"`);
}

export function removeAttribute(element: string, name: string): string {
  return element.replace(new RegExp(`\\s${reEscape(name)}\\s*=\\s*(?:"[^"]*"|'[^']*')`), '');
}

/** The prefix (`x:` or ``) a document uses for the element named `local`, from its first occurrence. */
export function prefixOf(xml: string, local: string): string {
  const m = new RegExp(`<([\\w.-]+:)?${local}(?=[\\s/>])`).exec(xml);
  return m?.[1] ?? '';
}

/** Every `<p:local …/>` or `<p:local …>…</p:local>` in `xml` (no nesting of the same name). */
export function elements(xml: string, p: string, local: string): string[] {
  const q = reEscape(p + local);
  return xml.match(new RegExp(`<${q}(?=[\\s/>])${ATTRS}(?:/>|>[\\s\\S]*?</${q}\\s*>)`, 'g')) ?? [];
}

/** The text between an element's open and close tags ('' for a self-closing one). */
export function innerOf(element: string): string {
  if (/\/>$/.test(element) && !/<\/[\w:.-]+\s*>$/.test(element)) return '';
  const open = /^<[^>]*>/.exec(element)?.[0] ?? '';
  return element.slice(open.length).replace(/<\/[\w:.-]+\s*>$/, '');
}

export interface Section {
  start: number;
  end: number;
  open: string; // the open tag, `<p:fonts count="3">` (self-closing tags are normalised to open ones)
  inner: string;
}

export function section(xml: string, p: string, local: string): Section | null {
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

export function writeSection(xml: string, s: Section, p: string, local: string, inner: string, count?: number): string {
  const open = count === undefined ? s.open : setAttribute(s.open, 'count', String(count));
  return xml.slice(0, s.start) + `${open}${inner}</${p}${local}>` + xml.slice(s.end);
}

/** Inserts a new section after the last of `before` present (schema order), or just inside the root. */
export function insertSection(xml: string, p: string, root: string, before: string[], text: string): string {
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

/** Appends a fragment as the last children of the root element (opening a self-closing root). */
export function appendToRoot(xml: string, p: string, root: string, fragment: string): string {
  if (!fragment) return xml;
  const close = `</${p}${root}>`;
  const at = xml.lastIndexOf(close);
  if (at >= 0) return xml.slice(0, at) + fragment + xml.slice(at);
  return xml.replace(new RegExp(`<${reEscape(p + root)}(${ATTRS})/>`), `<${p}${root}$1>${fragment}${close}`);
}

/** Gives our (unprefixed) markup the element prefix of the document it goes into. */
export function withPrefix(fragment: string, p: string): string {
  if (!p) return fragment;
  return fragment.replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, (all, slash: string, name: string) =>
    name.includes(':') ? all : `<${slash}${p}${name}`,
  );
}

/** The prefix bound to `uri` in a document, declaring one on the root element if there is none. */
export function ensureNamespace(xml: string, root: string, uri: string, preferred: string): { xml: string; prefix: string } {
  const m = new RegExp(`xmlns:([\\w.-]+)\\s*=\\s*["']${reEscape(uri)}["']`).exec(xml);
  if (m) return { xml, prefix: m[1] };
  let prefix = preferred;
  for (let i = 1; new RegExp(`xmlns:${prefix}\\s*=`).test(xml); i++) prefix = `${preferred}${i}`;
  const p = prefixOf(xml, root);
  return { xml: xml.replace(new RegExp(`<${reEscape(p + root)}(?=[\\s/>])`), `$& xmlns:${prefix}="${uri}"`), prefix };
}
