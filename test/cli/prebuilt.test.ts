// The prebuilt command (scripts/build-cli.js → build/cli/qs-assess.js, made by `npm ci`'s prepare
// script) behaves exactly as the sources do, starts without tsx, and is never run once a source
// it was built from has changed. The build goes to a folder of its own under build/ (inside the
// checkout, so the bundle finds node_modules as build/cli does; QS_ASSESS_BUILD_DIR), so this test
// neither needs nor touches build/cli.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { writeSnapshotFile } from '../helpers/write-snapshot';
import { event, workbook } from '../helpers/snapshot';
import { BIN, ROOT, tempDir } from './helpers';

const dir = tempDir('qs-prebuilt-');
const buildDir = path.join(ROOT, 'build', `cli-test-${process.pid}`);

function run(args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: dir,
    env: { ...process.env, QS_ASSESS_DEBUG_START: '1', QS_ASSESS_BUILD_DIR: buildDir, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  const [start, ...rest] = r.stderr.split('\n');
  return { code: r.status, stdout: r.stdout, stderr: rest.join('\n'), start };
}

beforeAll(() => {
  const b = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build-cli.js'), '--outdir', buildDir, '--strict'], {
    encoding: 'utf8',
  });
  expect(b.status).toBe(0);
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(buildDir, { recursive: true, force: true });
});

describe('the prebuilt qs-assess', () => {
  test('runs the bundle, with the same output and exit code as the sources', async () => {
    const book = path.join(dir, 'book.xlsx');
    await writeSnapshotFile(workbook({ events: [event(), event({ 单位: 'D02', 等级: '较大' }), event({ 等级: '不存在' })] }), book);
    for (const args of [['--help'], ['validate', book], ['summarize', book, '--period', '2026Q3', '--json']]) {
      const built = run(args, {});
      const source = run(args, { QS_ASSESS_FROM_SOURCE: '1' });
      expect(built.start).toBe(`qs-assess: running ${path.join(buildDir, 'qs-assess.js')}`);
      expect(source.start).toMatch(/TypeScript sources/);
      expect({ code: built.code, stdout: built.stdout, stderr: built.stderr }).toEqual({
        code: source.code,
        stdout: source.stdout,
        stderr: source.stderr,
      });
    }
  });

  test('falls back to the sources when a file it was built from is newer than the bundle', () => {
    const inputs = path.join(buildDir, 'inputs.json');
    const saved = fs.readFileSync(inputs, 'utf8');
    const edited = path.join(dir, 'edited.ts');
    fs.writeFileSync(edited, '// newer than the bundle\n');
    const later = new Date(fs.statSync(path.join(buildDir, 'qs-assess.js')).mtimeMs + 60_000);
    fs.utimesSync(edited, later, later);
    const manifest = JSON.parse(saved) as { root: string; inputs: string[] };
    fs.writeFileSync(
      inputs,
      JSON.stringify({
        root: '..',
        inputs: [...manifest.inputs.map((f) => path.relative(dir, path.resolve(buildDir, manifest.root, f))), 'edited.ts'],
      }),
    );
    try {
      expect(run(['--version'], {}).start).toMatch(/TypeScript sources/);
    } finally {
      fs.writeFileSync(inputs, saved);
    }
    expect(run(['--version'], {}).start).toBe(`qs-assess: running ${path.join(buildDir, 'qs-assess.js')}`);
  });
});
