#!/usr/bin/env node
// Entry point of the `qs-assess` command. Runs the prebuilt JavaScript (build/cli/qs-assess.js,
// made by the `prepare` script on `npm ci`, or by `npm run build:cli`) while no source file it was
// built from has changed since; otherwise the TypeScript sources through tsx, so a checkout works
// without the build and an edited source is never shadowed by a stale build.
// QS_ASSESS_FROM_SOURCE=1 forces the sources; QS_ASSESS_BUILD_DIR points at another build (tests).
const fs = require('fs');
const path = require('path');

function freshBuild() {
  if (process.env.QS_ASSESS_FROM_SOURCE === '1') return null;
  const dir = process.env.QS_ASSESS_BUILD_DIR || path.join(__dirname, '..', 'build', 'cli');
  const bundle = path.join(dir, 'qs-assess.js');
  try {
    const built = fs.statSync(bundle).mtimeMs;
    const { root, inputs } = JSON.parse(fs.readFileSync(path.join(dir, 'inputs.json'), 'utf8'));
    // ~150 stat calls, about a millisecond: cheap insurance against running old code.
    for (const input of inputs) if (fs.statSync(path.resolve(dir, root, input)).mtimeMs > built) return null;
    return bundle;
  } catch {
    return null; // not built, or an input is gone: the sources are the truth
  }
}

const bundle = freshBuild();
if (process.env.QS_ASSESS_DEBUG_START === '1') process.stderr.write(`qs-assess: running ${bundle ?? 'the TypeScript sources (tsx)'}\n`);
if (bundle) {
  require(bundle);
} else {
  require('tsx/cjs');
  require('../src/cli/main.ts');
}
