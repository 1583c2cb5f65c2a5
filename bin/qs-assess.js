#!/usr/bin/env node
// Entry point of the `qs-assess` command: runs the TypeScript sources through tsx,
// so a checkout works right after `npm ci` with no build step.
require('tsx/cjs');
require('../src/cli/main.ts');
