// Offline checks of manifest.xml (the online `office-addin-manifest validate` needs a web
// service): parsed with office-addin-manifest's own reader, then the rules of ARCHITECTURE.md's
// add-in conventions checked one by one.
import * as fs from 'fs';
import * as path from 'path';
import type { ManifestInfo } from 'office-addin-manifest/lib/manifestInfo';
import { allUrls, byTag, elements, readManifest, resources, type XmlNode } from './manifest-xml';

const ROOT = path.join(__dirname, '../..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require(path.join(ROOT, 'webpack.config.js'));

let app: XmlNode;
let info: ManifestInfo;
beforeAll(() => {
  ({ app, info } = readManifest(MANIFEST));
});

const attr = (n: XmlNode, name: string): string | undefined => n.$?.[name];
const resid = (n: XmlNode): string => attr(n, 'resid')!;

test('office-addin-manifest reads it: a Workbook task pane add-in with a GUID id', () => {
  expect(info.officeAppType).toBe('TaskPaneApp');
  expect(info.hosts).toEqual(['Workbook']);
  expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  expect(info.defaultLocale).toBe('zh-CN');
  expect(info.displayName).toBe('QS 优质服务考核');
  expect(info.permissions).toBe('ReadWriteDocument');
  expect(info.defaultSettings?.sourceLocation).toBe('https://localhost:3000/taskpane.html');
});

test('every resid resolves to a resource of the right kind', () => {
  const res = resources(app);
  let checked = 0;
  for (const { tag, node } of elements(app)) {
    const id = attr(node, 'resid');
    if (!id) continue;
    checked++;
    const r = res.get(id);
    expect([tag, id, r !== undefined]).toEqual([tag, id, true]);
    const kind =
      tag === 'bt:Image'
        ? 'bt:Image'
        : ['SourceLocation', 'Runtime', 'FunctionFile', 'LearnMoreUrl'].includes(tag)
          ? 'bt:Url'
          : 'bt:String';
    expect([tag, id, r!.kind]).toEqual([tag, id, kind]);
  }
  expect(checked).toBeGreaterThan(15);
});

test('one shared runtime: Runtime, custom functions Page and FunctionFile all use Taskpane.Url', () => {
  const runtimes = byTag(app, 'Runtime');
  expect(runtimes).toHaveLength(1);
  expect(attr(runtimes[0], 'lifetime')).toBe('long');
  const cf = byTag(app, 'ExtensionPoint').find((e) => attr(e, 'xsi:type') === 'CustomFunctions')!;
  const page = byTag(cf, 'Page')[0];
  const pageResid = resid(byTag(page, 'SourceLocation')[0]);
  const functionFile = resid(byTag(app, 'FunctionFile')[0]);
  expect(new Set([resid(runtimes[0]), pageResid, functionFile])).toEqual(new Set(['Taskpane.Url']));
  // The ribbon button opens the same page as a task pane.
  const action = byTag(app, 'Action').find((a) => attr(a, 'xsi:type') === 'ShowTaskpane')!;
  expect(resid(byTag(action, 'SourceLocation')[0])).toBe('Taskpane.Url');
  const sets = byTag(app, 'Set').map((s) => [attr(s, 'Name'), attr(s, 'MinVersion')]);
  expect(sets).toContainEqual(['SharedRuntime', '1.1']);
});

test('the namespace is QS (≤ 32 characters, letters and digits)', () => {
  const cf = byTag(app, 'ExtensionPoint').find((e) => attr(e, 'xsi:type') === 'CustomFunctions')!;
  const ns = resources(app).get(resid(byTag(cf, 'Namespace')[0]))!;
  expect(ns.value).toBe('QS');
  expect(ns.value.length).toBeLessThanOrEqual(32);
  expect(ns.value).toMatch(/^[A-Za-z0-9]+$/);
});

test('every URL is https', () => {
  const urls = allUrls(app);
  expect(urls.length).toBeGreaterThan(8);
  for (const u of urls) expect(u).toMatch(/^https:\/\//);
  // A text-only element parses to a plain string.
  const domains = (app.AppDomains as { AppDomain: string[] }[])[0].AppDomain;
  expect(domains).toEqual(['https://localhost:3000']);
});

test('the metadata, script and page URLs name the files the webpack build emits, with a zh-cn override', () => {
  const config = webpackConfig({}, { mode: 'production' });
  const plugin = (name: string) => config.plugins.find((p: object) => p.constructor.name === name);
  const res = resources(app);
  const base = webpackConfig.DEV_BASE_URL;
  const metadata = res.get('Functions.Metadata.Url')!;
  expect(metadata.value).toBe(base + plugin('CustomFunctionsMetadataPlugin').options.output);
  expect(metadata.overrides['zh-cn']).toBe(base + plugin('LocalizeFunctionsPlugin').output);
  expect(metadata.overrides['zh-cn']).toBe(`${base}functions-zh-cn.json`);
  expect(res.get('Functions.Script.Url')!.value).toBe(base + config.output.filename.replace('[name]', 'functions'));
  expect(Object.keys(config.entry)).toEqual(expect.arrayContaining(['functions', 'taskpane']));
  expect(res.get('Taskpane.Url')!.value).toBe(base + plugin('HtmlWebpackPlugin').userOptions.filename);
  // And every URL lives under the one base the build rewrites.
  for (const u of allUrls(app)) expect(u.startsWith(base)).toBe(true);
});

test('the icons it names exist in assets/ as PNGs of their stated size', () => {
  const res = resources(app);
  for (const img of byTag(app, 'bt:Image').filter((n) => attr(n, 'size'))) {
    const url = res.get(resid(img))!.value;
    const file = path.join(ROOT, url.replace(webpackConfig.DEV_BASE_URL, ''));
    const png = fs.readFileSync(file);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([url, png.readUInt32BE(16)]).toEqual([url, Number(attr(img, 'size'))]);
  }
  for (const [tag, size] of [
    ['IconUrl', 32],
    ['HighResolutionIconUrl', 64],
  ] as const) {
    const url = attr(byTag(app, tag)[0], 'DefaultValue')!;
    const png = fs.readFileSync(path.join(ROOT, url.replace(webpackConfig.DEV_BASE_URL, '')));
    expect(png.readUInt32BE(16)).toBe(size);
  }
});

test('what users read is Chinese by default with an English override', () => {
  const res = resources(app);
  for (const id of ['Group.Label', 'TaskpaneButton.Label', 'TaskpaneButton.Tooltip', 'GetStarted.Title', 'GetStarted.Description']) {
    const r = res.get(id)!;
    expect(r.value).toMatch(/[\u4e00-\u9fff]/);
    expect(r.overrides['en-US']).toMatch(/^[\x20-\x7e▸]+$/);
  }
});
