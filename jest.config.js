// Three runs of one suite (`npm test` runs them all, type-checked first):
//   unit         pure suites — no LibreOffice, Chromium, webpack or child process: `npm run test:unit`, under a minute
//   integration  the real parts: LibreOffice PDFs, webpack builds, the command as a child process, the catalogue
//   e2e          every page a person sees, in headless Chromium: `npm run test:e2e`
// A suite is unit unless it is listed below: a new suite that starts LibreOffice, Chromium, webpack
// or a process belongs in one of the lists.
const E2E = ['/test/e2e/.*\\.test\\.tsx?$', '\\.e2e\\.test\\.tsx?$', '/test/xlsx/browser\\.test\\.ts$'];
const INTEGRATION = [
  '/test/build/.*\\.test\\.ts$',
  '/test/catalogue/.*\\.test\\.ts$',
  '/test/cli/cli\\.test\\.ts$',
  '/test/cli/import\\.test\\.ts$',
  '/test/cli/pdf\\.test\\.ts$',
  '/test/cli/prebuilt\\.test\\.ts$',
  '/test/cli/races\\.test\\.ts$',
  '/test/cli/signals\\.test\\.ts$',
  '/test/cli/publish-print\\.test\\.ts$',
  '/test/notice/notice\\.test\\.ts$',
  '/test/notice/gbt9704\\.test\\.ts$',
  '/test/cli/print-pages\\.test\\.ts$',
  '/test/xlsx/charts\\.test\\.ts$',
  '/test/xlsx/files\\.test\\.ts$',
  '/test/xlsx/merge\\.test\\.ts$',
  '/test/xlsx/template-print\\.test\\.ts$',
  '/test/functions/metadata\\.test\\.ts$',
  '/test/manifest/.*\\.test\\.ts$',
  '/test/fuzz/.*\\.test\\.ts$',
  '/test/xlsx/reader-compare\\.test\\.ts$',
];

// Users sit in Asia/Shanghai: the suite runs in their zone unless TZ says otherwise (`TZ=UTC npm
// test` for the other side of midnight). Set here, in the parent, so every worker inherits it.
process.env.TZ ??= 'Asia/Shanghai';

/** @type {import('jest').Config} */
const base = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    // Type-checking is done once by `tsc --noEmit` in `npm test`; here we only transpile.
    '^.+\\.tsx?$': ['ts-jest', { diagnostics: false }],
  },
  setupFiles: ['<rootDir>/test/setup/custom-functions-shim.ts'],
};

// A suite path matches one of `patterns` (jest's testRegex).
const only = (patterns) => ({ testMatch: undefined, testRegex: patterns });

/** @type {import('jest').Config} */
module.exports = {
  // A global option: jest ignores it inside a project.
  testTimeout: 60000,
  projects: [
    { ...base, displayName: 'unit', testPathIgnorePatterns: ['/node_modules/', ...E2E, ...INTEGRATION] },
    { ...base, displayName: 'integration', ...only(INTEGRATION), testPathIgnorePatterns: ['/node_modules/', ...E2E] },
    { ...base, displayName: 'e2e', ...only(E2E) },
  ],
};
