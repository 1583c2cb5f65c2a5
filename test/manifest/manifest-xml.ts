// Reading manifest.xml offline with office-addin-manifest's own parser — its summary
// (readManifestFile) and the full XML tree it parses — and the facts our tests check about it.
// Shared by the manifest test and the build test.
//
// The package is run in a child Node process: it loads its JSON-manifest support even for XML
// manifests, and that pulls in ES-module-only packages (uuid, strip-bom) which Node 20 requires
// happily but jest's module loader cannot.
import { execFileSync } from 'child_process';
import type { ManifestInfo } from 'office-addin-manifest/lib/manifestInfo';

/** An xml2js element: attributes under `$`, children by tag name, text under `_`. */
export type XmlNode = { $?: Record<string, string>; _?: string } & { [tag: string]: unknown };

const READER = `
const { OfficeAddinManifest } = require('office-addin-manifest');
const { ManifestHandlerXml } = require('office-addin-manifest/lib/manifestHandler/manifestHandlerXml');
const file = process.argv[1];
Promise.all([OfficeAddinManifest.readManifestFile(file), new ManifestHandlerXml(file).parseXmlAsync()])
  .then(([info, xml]) => process.stdout.write(JSON.stringify({ info, xml })))
  .catch((e) => { console.error(String(e)); process.exit(1); });
`;

export function readManifest(file: string): { info: ManifestInfo; app: XmlNode } {
  const out = execFileSync(process.execPath, ['-e', READER, file], { cwd: __dirname, encoding: 'utf8' });
  const { info, xml } = JSON.parse(out) as { info: ManifestInfo; xml: { OfficeApp: XmlNode } };
  return { info, app: xml.OfficeApp };
}

/** Every element under `node` (depth first), with its tag name. */
export function* elements(node: XmlNode, tag = 'OfficeApp'): Generator<{ tag: string; node: XmlNode }> {
  yield { tag, node };
  for (const [key, value] of Object.entries(node)) {
    if (key === '$' || key === '_' || !Array.isArray(value)) continue;
    for (const child of value) if (child && typeof child === 'object') yield* elements(child as XmlNode, key);
  }
}

export const byTag = (root: XmlNode, tag: string): XmlNode[] => [...elements(root)].filter((e) => e.tag === tag).map((e) => e.node);

/** Resource id → { kind, default value, overrides by locale }. */
export interface Resource {
  kind: 'bt:Image' | 'bt:Url' | 'bt:String';
  value: string;
  overrides: Record<string, string>;
}

export function resources(root: XmlNode): Map<string, Resource> {
  const out = new Map<string, Resource>();
  for (const { tag, node } of elements(root)) {
    if ((tag === 'bt:Image' || tag === 'bt:Url' || tag === 'bt:String') && node.$?.id) {
      const overrides: Record<string, string> = {};
      for (const o of (node['bt:Override'] as XmlNode[] | undefined) ?? []) overrides[o.$!.Locale] = o.$!.Value;
      out.set(node.$.id, { kind: tag, value: node.$.DefaultValue, overrides });
    }
  }
  return out;
}

/** Every URL the manifest names: resources of kind Url/Image and the top-level *Url elements. */
export function allUrls(root: XmlNode): string[] {
  const urls: string[] = [];
  for (const r of resources(root).values()) {
    if (r.kind === 'bt:String') continue;
    urls.push(r.value, ...Object.values(r.overrides));
  }
  for (const { tag, node } of elements(root)) {
    if (['IconUrl', 'HighResolutionIconUrl', 'SupportUrl'].includes(tag) && node.$?.DefaultValue) urls.push(node.$.DefaultValue);
    if (tag === 'SourceLocation' && node.$?.DefaultValue) urls.push(node.$.DefaultValue);
  }
  return urls;
}
