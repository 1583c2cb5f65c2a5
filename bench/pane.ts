// What the task pane's page weighs: every script taskpane.html loads (the shared chunk included;
// Office.js comes from Microsoft's CDN and is not ours), gzipped (level 9), against the 140 KB
// budget — and what each dependency costs in it, and the browser page's single script.
// `npm run bench -- pane` builds both (production, with source maps, into a temporary folder:
// minutes on a loaded machine) unless QS_PANE_DIST / QS_WEB_DIST point at builds made with
// `--devtool source-map`.
//
// Cost per dependency: every byte of the minified scripts is attributed, through the source map,
// to the file it came from, grouped by package (node_modules/<package>) or folder (src/<folder>);
// "alone gz" is that group's bytes gzipped on their own (an upper bound of what removing it saves:
// in the bundle, text shared with the rest compresses better). The bytes webpack adds itself (its
// runtime, the module wrappers) are "(webpack)".
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
// A dependency of webpack's (not ours): only this bench reads source maps.
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';
import { target } from './targets';

const ROOT = path.resolve(__dirname, '..');
const BUDGET_KB = 140;
const gz = (b: Buffer | string) => zlib.gzipSync(b, { level: 9 }).length;
const kb = (n: number) => (n / 1024).toFixed(1);

function build(config: string | null, env: Record<string, string>): void {
  const args = ['webpack', '--mode', 'production', '--devtool', 'source-map', ...(config ? ['--config', config] : [])];
  const r = spawnSync('npx', args, { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`webpack ${config ?? ''} failed: ${r.stderr.slice(-2000)}${r.stdout.slice(-2000)}`);
}

/** The script's code without the source-map comment the build adds (production builds have none). */
function code(file: string): string {
  return fs.readFileSync(file, 'utf8').replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '');
}

/** The scripts an HTML page loads from its own folder, in order. */
function pageScripts(html: string): string[] {
  return [...fs.readFileSync(html, 'utf8').matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)]
    .map((m) => m[1])
    .filter((u) => !/^[a-z]+:/i.test(u));
}

function groupOf(source: string | null): string {
  if (!source) return '(webpack)';
  const s = source.replace(/^webpack:\/\/[^/]*\//, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(s);
  if (pkg) return pkg[1];
  const src = /(?:^|\/)src\/([^/]+)\/(?:([^/]+)\/)?/.exec(s);
  if (src) return src[1] === 'engine' && src[2] ? `src/engine/${src[2]}` : `src/${src[1]}`;
  if (s.startsWith('webpack/')) return '(webpack)';
  return s;
}

/** Bytes (UTF-8) of `text` per group, through its source map. */
function attribute(text: string, mapFile: string, into: Map<string, string[]>): void {
  const map = new TraceMap(fs.readFileSync(mapFile, 'utf8'));
  const lines = text.split('\n');
  const segments: { line: number; col: number; group: string }[] = [];
  eachMapping(map, (m) => segments.push({ line: m.generatedLine - 1, col: m.generatedColumn, group: groupOf(m.source) }));
  segments.sort((a, b) => a.line - b.line || a.col - b.col);
  const add = (group: string, piece: string) => {
    if (!piece) return;
    const list = into.get(group);
    if (list) list.push(piece);
    else into.set(group, [piece]);
  };
  let k = 0;
  for (let line = 0; line < lines.length; line++) {
    const l = lines[line];
    let at = 0;
    let group = '(webpack)';
    for (; k < segments.length && segments[k].line === line; k++) {
      add(group, l.slice(at, segments[k].col));
      at = segments[k].col;
      group = segments[k].group;
    }
    add(group, l.slice(at) + '\n');
  }
}

interface Weighed {
  files: { name: string; bytes: number; gz: number }[];
  groups: { group: string; bytes: number; gz: number }[];
}

function weigh(dir: string, scripts: string[]): Weighed {
  const pieces = new Map<string, string[]>();
  const files = scripts.map((name) => {
    const text = code(path.join(dir, name));
    const mapFile = path.join(dir, `${name}.map`);
    if (fs.existsSync(mapFile)) attribute(text, mapFile, pieces);
    return { name, bytes: Buffer.byteLength(text), gz: gz(text) };
  });
  const groups = [...pieces].map(([group, list]) => {
    const text = list.join('');
    return { group, bytes: Buffer.byteLength(text), gz: gz(text) };
  });
  groups.sort((a, b) => b.bytes - a.bytes);
  return { files, groups };
}

function print(title: string, w: Weighed, rows = 25): number {
  const total = w.files.reduce((s, f) => s + f.gz, 0);
  const bytes = w.files.reduce((s, f) => s + f.bytes, 0);
  console.log(
    `  ${title}: ${w.files.map((f) => `${f.name} ${kb(f.gz)} KB`).join(' + ')} = ${kb(total)} KB gzipped (${kb(bytes)} KB minified)`,
  );
  if (!w.groups.length) return total;
  console.log(`\n  | dependency | minified KB | share | alone gz KB |\n  | --- | --: | --: | --: |`);
  for (const g of w.groups.slice(0, rows)) {
    console.log(`  | ${g.group} | ${kb(g.bytes)} | ${((100 * g.bytes) / bytes).toFixed(1)}% | ${kb(g.gz)} |`);
  }
  const rest = w.groups.slice(rows);
  if (rest.length) {
    const b = rest.reduce((s, g) => s + g.bytes, 0);
    console.log(`  | ${rest.length} others | ${kb(b)} | ${((100 * b) / bytes).toFixed(1)}% | — |`);
  }
  console.log('');
  return total;
}

export async function run(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qs-bench-pane-'));
  try {
    const paneDir = process.env.QS_PANE_DIST ?? path.join(tmp, 'pane');
    const webDir = process.env.QS_WEB_DIST ?? path.join(tmp, 'web');
    if (!process.env.QS_PANE_DIST) build(null, { QS_OUT_DIR: paneDir });
    if (!process.env.QS_WEB_DIST) build('webpack.web.config.js', { QS_OUT_DIR: tmp, QS_WEB_OUT_DIR: webDir });
    const pane = print('task pane (taskpane.html)', weigh(paneDir, pageScripts(path.join(paneDir, 'taskpane.html'))));
    target(`task pane JS ≤ ${BUDGET_KB} KB gzipped (all it loads)`, `${kb(pane)} KB`, pane <= BUDGET_KB * 1024);
    const web = print('browser page (index.html)', weigh(webDir, pageScripts(path.join(webDir, 'index.html'))), 15);
    target('browser page script, gzipped (reported)', `${kb(web)} KB`, null);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (require.main === module) {
  run().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
