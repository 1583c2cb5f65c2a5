// `npm run build` for real (webpack, production mode), once, into a temporary folder, with a
// deployment base URL and the local Office.js, then dist/'s contents checked against the manifest
// it ships. Slow (the task pane bundles Fluent UI): one build per test run.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { allUrls, readManifest, resources } from '../manifest/manifest-xml';
import { signatures } from '../functions/signature';

const ROOT = path.join(__dirname, '../..');
const BASE = 'https://qs.example.cn/addin/';
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'qs-build-'));

beforeAll(() => {
  execFileSync('npm', ['run', 'build'], {
    cwd: ROOT,
    env: { ...process.env, QS_OUT_DIR: out, QS_BASE_URL: BASE, QS_OFFICE_JS: 'local' },
    stdio: 'pipe',
    timeout: 600_000,
  });
}, 600_000);

afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

const read = (name: string): string => fs.readFileSync(path.join(out, name), 'utf8');

test('dist holds the page, both bundles, both metadata files, help, icons and the manifest', () => {
  for (const f of [
    'taskpane.html',
    'taskpane.js',
    'functions.js',
    'functions.json',
    'functions-zh-cn.json',
    'help/functions.html',
    'help/index.html',
    'help/en.html',
    'help/reference.html',
    'help/images/web-quarter.png',
    'manifest.xml',
    'assets/icon-16.png',
    'assets/icon-32.png',
    'assets/icon-64.png',
    'assets/icon-80.png',
    'assets/icon-128.png',
    'office-js/office.js',
  ]) {
    expect([f, fs.existsSync(path.join(out, f))]).toEqual([f, true]);
  }
});

test('every URL of the built manifest is under the deployment base and names a file in dist', () => {
  const { app, info } = readManifest(path.join(out, 'manifest.xml'));
  expect(info.defaultSettings?.sourceLocation).toBe(`${BASE}taskpane.html`);
  expect(info.appDomains).toEqual(['https://qs.example.cn']);
  const urls = allUrls(app);
  expect(urls.length).toBeGreaterThan(8);
  for (const u of urls) {
    expect(u.startsWith(BASE)).toBe(true);
    const file = u.slice(BASE.length).split('#')[0];
    expect([u, fs.existsSync(path.join(out, file))]).toEqual([u, true]);
  }
  expect(resources(app).get('Functions.Metadata.Url')!.overrides['zh-cn']).toBe(`${BASE}functions-zh-cn.json`);
});

test('taskpane.html loads Office.js first, then the functions bundle, then the task pane', () => {
  const html = read('taskpane.html');
  const office = html.indexOf('office-js/office.js');
  const shared = html.indexOf('shared.js');
  const functions = html.indexOf('functions.js');
  const taskpane = html.indexOf('taskpane.js');
  expect(office).toBeGreaterThan(0);
  expect(shared).toBeGreaterThan(office);
  expect(functions).toBeGreaterThan(shared);
  expect(taskpane).toBeGreaterThan(functions);
  expect(html).not.toContain('appsforoffice.microsoft.com'); // QS_OFFICE_JS=local replaced the CDN
});

test('functions.js registers all nine ids; the metadata matches the golden signatures', () => {
  const js = read('functions.js');
  const golden = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/functions/metadata.golden.json'), 'utf8'));
  for (const f of golden) expect(js).toContain(`CustomFunctions.associate("${f.id}"`);
  expect(signatures(read('functions.json'))).toEqual(golden);
  // The engine is bundled without Node APIs, with the holiday data inside: once, in the chunk
  // the functions and the pane share.
  const shared = read('shared.js');
  for (const code of [js, shared]) expect(code).not.toMatch(/require\("(fs|path|os)"\)/);
  expect(shared).toContain('2026-10-10');
  expect(js).not.toContain('2026-10-10');
  expect(read('taskpane.js')).not.toContain('2026-10-10');
});

test('the pane links a built help page', () => {
  expect(read('help/index.html')).toMatch(/优质服务考核/);
});

test('functions-zh-cn.json: the same ids in the same order, Chinese descriptions, rebased help URLs', () => {
  const en = JSON.parse(read('functions.json'));
  const zh = JSON.parse(read('functions-zh-cn.json'));
  expect(zh.functions.map((f: { id: string }) => f.id)).toEqual(en.functions.map((f: { id: string }) => f.id));
  for (const f of zh.functions) {
    expect(f.description).toMatch(/[\u4e00-\u9fff]/);
    expect(f.helpUrl).toBe(`${BASE}help/functions.html#${f.id.toLowerCase()}`);
  }
  for (const f of en.functions) expect(f.helpUrl.startsWith(BASE)).toBe(true);
});

test('the help page has an anchor for every helpUrl', () => {
  const html = read('help/functions.html');
  const en = JSON.parse(read('functions.json'));
  // The page may come out minified, with attribute quotes dropped.
  for (const f of en.functions) expect(html).toMatch(new RegExp(`id="?${f.helpUrl.split('#')[1]}"?[ >]`));
});
