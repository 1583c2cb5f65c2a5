#!/usr/bin/env node
// Builds the `qs-assess` command into one JavaScript file, build/cli/qs-assess.js, so it starts
// without transpiling TypeScript (tsx costs ~0.9 s at every start on a loaded 2-core machine).
// Run by `npm ci` / `npm install` (the `prepare` script) and by `npm run build:cli`.
//
// esbuild comes with tsx (a dependency); packages from node_modules stay outside the bundle and
// are loaded as before (no command loads ExcelJS: only the tests do). Beside the bundle, inputs.json
// lists the source files it was built from: bin/qs-assess.js runs the bundle only while none of
// them is newer, and the TypeScript sources through tsx otherwise, so an edit never runs stale code.
// Without esbuild the build is skipped with a note: the command still runs, from the sources.
//
//   node scripts/build-cli.js [--outdir <dir>] [--strict]   (--strict: a failed build is an error)
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');

function build(outdir) {
  let esbuild;
  try {
    esbuild = require('esbuild');
  } catch {
    console.warn('qs-assess: esbuild not found; the command will run from its TypeScript sources (tsx).');
    return null;
  }
  fs.mkdirSync(outdir, { recursive: true });
  const outfile = path.join(outdir, 'qs-assess.js');
  const result = esbuild.buildSync({
    absWorkingDir: ROOT,
    entryPoints: ['src/cli/main.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    metafile: true,
    logLevel: 'warning',
    legalComments: 'none',
  });
  const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.startsWith('node_modules/'));
  fs.writeFileSync(path.join(outdir, 'inputs.json'), JSON.stringify({ root: path.relative(outdir, ROOT), inputs }, null, 1) + '\n');
  return outfile;
}

if (require.main === module) {
  const i = process.argv.indexOf('--outdir');
  const outdir = i > 0 ? path.resolve(process.argv[i + 1]) : path.join(ROOT, 'build', 'cli');
  try {
    const file = build(outdir);
    if (file) console.log(`qs-assess: built ${path.relative(process.cwd(), file)}`);
  } catch (e) {
    // Never fail `npm ci` over it: without the build the command runs from its sources.
    console.warn(`qs-assess: the prebuilt command could not be built (${e.message}); it will run from its TypeScript sources.`);
    if (process.argv.includes('--strict')) process.exitCode = 1;
  }
}

module.exports = { build };
