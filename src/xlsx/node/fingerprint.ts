// Our outputs, recognised by what we wrote rather than by what they look like. A file that merely
// carries our markers (QSAssess.* names, "QS Assess" as creator) may be a user's master ledger once
// run with --in-place, or a summary the user has since typed into: replacing it would lose their
// work. So every output we may later replace carries a fingerprint of its own content:
//
//   .xlsx / .docx  a custom document property `QSAssess.Fingerprint` (docProps/custom.xml; Excel
//                  and Word keep it) = `<kind>:<sha-256 of every other part's name, CRC-32 and size>`
//   .pdf           a last comment line `%QSAssess-Fingerprint <kind> <sha-256 of the bytes before it>`
//                  (after %%EOF, where PDF readers ignore it; an edit appends after it)
//
// An existing target is ours to replace only if its fingerprint is there, of the same kind, and
// still matches: anything else is the user's file (docs/cli.md, "overwrite rules").
import * as crypto from 'crypto';
import * as fs from 'fs';
import { openZip, type ZipArchive } from '../package/zip';
import { crc32, ZipWriter } from '../package/zip-write';
import { appendToRoot, attributes, elements, escapeXml, prefixOf, withPrefix } from '../package/xml';
import { decodeText, inflateWhole } from '../package/zip';
import { unpackBudget } from '../package/open';
import { LIMITS } from '../package/limits';
import { FileProblem } from '../package/problem';

const encoder = new TextEncoder();

/** What an output is: a summary copy (--out), the 考核通报, or a PDF we printed. */
export type OutputKind = 'summary' | 'notice' | 'pdf';

const PROPERTY = 'QSAssess.Fingerprint';
const CUSTOM_PART = 'docProps/custom.xml';
const NS_CUSTOM = 'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties';
const NS_VT = 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes';
const REL_CUSTOM = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties';
const CT_CUSTOM = 'application/vnd.openxmlformats-officedocument.custom-properties+xml';
const FMTID = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';
const PDF_MARK = '%QSAssess-Fingerprint ';

/** The digest of a package: every part but the custom properties, by name, CRC-32 and size. */
function packageDigest(zip: ZipArchive): string {
  return digestOf(zip.entries.filter((e) => e.name.toLowerCase() !== CUSTOM_PART.toLowerCase()));
}

function digestOf(parts: { name: string; crc32: number; uncompressedSize: number }[]): string {
  const lines = parts.map((e) => `${e.name}\t${e.crc32}\t${e.uncompressedSize}`).sort();
  return crypto.createHash('sha256').update(lines.join('\n')).digest('hex');
}

function text(zip: ZipArchive, part: string): string | null {
  const entry = zip.find(part);
  return entry ? decodeText(inflateWhole(zip, entry, 'output', unpackBudget('output', LIMITS))) : null;
}

/**
 * `bytes` (an .xlsx or .docx we just made) with our fingerprint as a custom property: the user's
 * own custom properties kept, the relationship and content type added when the part is new.
 */
export function stampPackage(bytes: Uint8Array, kind: OutputKind): Uint8Array {
  const zip = openZip(bytes);
  if (typeof zip === 'string') throw new Error(`stampPackage: ${zip}`);
  const written = new Map<string, string>();
  let custom = text(zip, CUSTOM_PART);
  if (custom === null) {
    custom = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="${NS_CUSTOM}" xmlns:vt="${NS_VT}"></Properties>`;
    const rels =
      text(zip, '_rels/.rels') ?? '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    const rp = prefixOf(rels, 'Relationships');
    const ids = new Set(elements(rels, rp, 'Relationship').map((r) => attributes(r).get('Id')));
    let id = 1;
    while (ids.has(`rIdQs${id}`)) id++;
    written.set(
      '_rels/.rels',
      appendToRoot(
        rels,
        rp,
        'Relationships',
        withPrefix(`<Relationship Id="rIdQs${id}" Type="${REL_CUSTOM}" Target="${CUSTOM_PART}"/>`, rp),
      ),
    );
    const types = text(zip, '[Content_Types].xml');
    if (types !== null) {
      const tp = prefixOf(types, 'Types');
      written.set(
        '[Content_Types].xml',
        appendToRoot(types, tp, 'Types', withPrefix(`<Override PartName="/${CUSTOM_PART}" ContentType="${CT_CUSTOM}"/>`, tp)),
      );
    }
  }
  // The digest is of the package as it will be, but for the custom part itself: the parts kept
  // as they are, and the rewritten ones by the CRC and size of their new text. (Read back by
  // packageDigest from the finished file, it is the same.)
  const final = new ZipWriter();
  const kept = zip.entries.filter((e) => e.name.toLowerCase() !== CUSTOM_PART.toLowerCase());
  const digest = digestOf(
    kept.map((e) => {
      const t = written.get(e.name);
      if (t === undefined) return e;
      const raw = encoder.encode(t);
      return { name: e.name, crc32: crc32(raw), uncompressedSize: raw.length };
    }),
  );
  for (const e of kept) {
    const t = written.get(e.name);
    if (t !== undefined) final.add(e.name, t);
    else final.copy(zip, e, 'output');
  }
  const p = prefixOf(custom, 'Properties');
  const vt = /xmlns:([\w.-]+)\s*=\s*["']http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/docPropsVTypes["']/.exec(custom)?.[1];
  let xml = custom;
  if (!vt) xml = xml.replace(new RegExp(`<${p}Properties(?=[\\s/>])`), `$& xmlns:vt="${NS_VT}"`);
  const v = vt ?? 'vt';
  const props = elements(xml, p, 'property');
  for (const el of props) if (attributes(el).get('name') === PROPERTY) xml = xml.replace(el, '');
  const pid = Math.max(1, ...props.map((el) => Number(attributes(el).get('pid')) || 1)) + 1;
  const prop =
    withPrefix(`<property fmtid="${FMTID}" pid="${pid}" name="${PROPERTY}">`, p) +
    `<${v}:lpwstr>${escapeXml(`${kind}:${digest}`)}</${v}:lpwstr>` +
    `</${p}property>`;
  xml = appendToRoot(xml, p, 'Properties', prop);
  final.add(CUSTOM_PART, xml);
  return final.finish();
}

/** A PDF we printed, with its fingerprint as the last line. */
export function stampPdf(bytes: Uint8Array, kind: OutputKind = 'pdf'): Uint8Array {
  const body = bytes[bytes.length - 1] === 0x0a ? bytes : Buffer.concat([bytes, Buffer.from('\n')]);
  const digest = crypto.createHash('sha256').update(body).digest('hex');
  return Buffer.concat([body, Buffer.from(`${PDF_MARK}${kind} ${digest}\n`)]);
}

/** What an existing file's fingerprint says: none (not ours), ours and unchanged, or ours but changed since. */
export type Provenance = { kind: OutputKind; intact: boolean } | null;

export function provenanceOf(file: string): Provenance {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return null;
  }
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') {
    // The last fingerprint line anywhere: an edit (a signature, an annotation) appends an
    // incremental update after it, which makes the PDF ours but changed.
    const at = bytes.lastIndexOf(Buffer.from(PDF_MARK, 'latin1'));
    if (at < 0) return null;
    const end = bytes.indexOf(0x0a, at);
    const m = /^%QSAssess-Fingerprint (\w+) ([0-9a-f]{64})$/.exec(bytes.subarray(at, end < 0 ? bytes.length : end).toString('latin1'));
    if (!m) return null;
    const untouched = end === bytes.length - 1;
    return {
      kind: m[1] as OutputKind,
      intact: untouched && crypto.createHash('sha256').update(bytes.subarray(0, at)).digest('hex') === m[2],
    };
  }
  try {
    const zip = openZip(bytes);
    if (typeof zip === 'string') return null;
    const custom = text(zip, CUSTOM_PART);
    if (custom === null) return null;
    const p = prefixOf(custom, 'Properties');
    const el = elements(custom, p, 'property').find((e) => attributes(e).get('name') === PROPERTY);
    if (!el) return null;
    const m = /([a-z]+):([0-9a-f]{64})/.exec(el.replace(/<[^>]*>/g, ''));
    if (!m) return null;
    return { kind: m[1] as OutputKind, intact: packageDigest(zip) === m[2] };
  } catch {
    // A damaged package: not a file we can vouch for.
    return null;
  }
}

const WHAT: Record<OutputKind, string> = { summary: '汇总工作簿', notice: '考核通报', pdf: 'PDF' };

/**
 * Refuses (FileProblem) to replace an existing `target` that is not an output of `kind` we wrote
 * and nobody changed since — unless `force`. Says which of the two it is and what to do.
 */
export function checkReplaceable(target: string, kind: OutputKind, force: boolean, option = '--out'): void {
  if (force || !fs.existsSync(target)) return;
  const p = provenanceOf(target);
  if (p && p.kind === kind && p.intact) return;
  const advice = `为免覆盖,未做任何改动。请用 ${option} 换一个文件名,或确认不再需要它后加 --force 覆盖。`;
  if (p && p.kind === kind)
    throw new FileProblem(
      `输出文件「${target}」是本工具生成的${WHAT[kind]},但此后被修改过(例如在 Excel、Word 或其他程序中编辑并保存过)。${advice}`,
    );
  throw new FileProblem(`输出文件「${target}」已存在,且不是本工具生成的${WHAT[kind]}(或不是原样保留的)。${advice}`);
}

/**
 * checkReplaceable now, before any work, and the same check again for the moment of the rename
 * (writeAtomically's beforeRename): an output the user opens and saves while a run reads, scores
 * or waits for LibreOffice is theirs by the time we would replace it.
 */
export function guardOutput(target: string, kind: OutputKind, force: boolean, option = '--out'): () => void {
  const check = (): void => checkReplaceable(target, kind, force, option);
  check();
  return check;
}
