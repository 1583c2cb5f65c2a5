// ESLint 9 flat config: typescript-eslint's recommended rules over src/, and the Office add-in
// rules (load before reading, no sync in loops, …) as errors — they catch the mistakes that
// make an add-in slow or broken in Excel.
/* eslint-disable @typescript-eslint/no-require-imports */
const tseslint = require('typescript-eslint');
const officeAddins = require('eslint-plugin-office-addins');

const officeRules = Object.fromEntries(Object.keys(officeAddins.rules).map((name) => [`office-addins/${name}`, 'error']));

// The import table of docs/architecture.md, as a rule: which top-level folders of src/ a folder may
// import. Each folder's block lists what it may NOT reach; a wrong-way import fails `npm run lint`
// (test/lint/imports.test.ts plants one of each kind).
const FOLDERS = ['engine', 'functions', 'ui', 'office', 'wps', 'web', 'xlsx', 'notice', 'cli'];
const NODE = ['fs', 'path', 'os', 'zlib', 'crypto', 'child_process', 'stream', 'util', 'worker_threads', 'process'];
const folderImport = (folders) => ({
  regex: `^(\\.\\./)+(${folders.join('|')})(/|$)`,
  message: 'This folder may not import that layer (docs/architecture.md, the import table).',
});
const nodeImport = { regex: `^(node:)?(${NODE.join('|')})(/|$)`, message: 'Node APIs live in src/cli and src/xlsx/node only.' };
const engineInside = {
  regex: '^(\\.\\./)+engine/.',
  message: "Outside the engine import its public face only ('../engine'); doors go through assess().",
};
// Doors reach the engine's stages only through the use case (src/engine/assess.ts).
const STAGES = [
  'parseWorkbook',
  'score',
  'planSummaries',
  'planNotice',
  'periodWarnings',
  'planErrorList',
  'readNoticeTemplate',
  'previousResult',
];
const engineStages = {
  regex: '^(\\.\\./)+engine$',
  importNames: STAGES,
  message: 'Doors call assess() / readWorkbook() (src/engine/assess.ts), not the stages beneath them.',
};
const others = (...allowed) => FOLDERS.filter((f) => !allowed.includes(f));
const layer = (files, patterns, ignores = []) => ({ files, ignores, rules: { 'no-restricted-imports': ['error', { patterns }] } });

module.exports = tseslint.config(
  { ignores: ['dist/**', 'build/**', 'coverage/**', 'test-artifacts/**', 'node_modules/**'] },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    extends: [tseslint.configs.recommended],
    plugins: { 'office-addins': officeAddins },
    rules: {
      ...officeRules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // The engine: itself and chinese-days only (no host, UI, file format or Node API).
  layer(
    ['src/engine/**'],
    [folderImport(others('engine')), { regex: '^(?!\\.|chinese-days(/|$))', message: 'The engine is pure: no packages but chinese-days.' }],
  ),
  layer(['src/functions/**'], [folderImport(others('engine', 'functions')), nodeImport, engineInside]),
  // The UI of three hosts: the engine's face; never a host, a file format or Node.
  layer(['src/ui/**'], [folderImport(others('engine', 'ui')), nodeImport, engineInside, engineStages]),
  // Hosts: the engine and the UI (its WorkbookHost contract, and mounting it); never each other.
  // …and the browser-safe notice writer (src/notice), so the pane can offer the 考核通报 .docx.
  layer(
    ['src/office/**'],
    [folderImport(others('engine', 'ui', 'office', 'notice')), nodeImport, engineInside, engineStages],
    ['src/office/pane.tsx'],
  ),
  layer(
    ['src/wps/**'],
    [folderImport(others('engine', 'ui', 'wps', 'functions')), nodeImport, engineInside, engineStages],
    ['src/wps/pane.tsx'],
  ),
  // The panes' composition roots also inject the import's source reader (「导入记录…」, SPEC §9): the
  // browser-safe .xlsx layer's import-source.ts, and nothing else of it.
  layer(
    ['src/office/pane.tsx', 'src/wps/pane.tsx'],
    [
      folderImport(others('engine', 'ui', 'office', 'wps', 'functions', 'xlsx', 'notice')),
      { regex: '^(\\.\\./)+xlsx/(?!import-source$)', message: 'A pane takes only the import source reader from the .xlsx layer.' },
      nodeImport,
      engineInside,
      engineStages,
    ],
  ),
  layer(
    ['src/web/**'],
    [
      folderImport(others('engine', 'ui', 'web', 'xlsx', 'notice')),
      { regex: '^(\\.\\./)+xlsx/node(/|$)', message: 'The page uses the browser-safe .xlsx layer only.' },
      nodeImport,
      engineInside,
      engineStages,
    ],
  ),
  // The .xlsx layer: browser-safe apart from node/ (files, atomic writes) and exceljs/ (template).
  layer(
    ['src/xlsx/**'],
    [
      folderImport(others('engine', 'xlsx')),
      {
        regex: '^\\.{1,2}/(\\.\\./)*(node|exceljs)(/|$)',
        message: 'The browser-safe .xlsx layer never reaches its Node or ExcelJS folders.',
      },
      nodeImport,
      { regex: '^exceljs$', message: 'ExcelJS lives in src/xlsx/exceljs only.' },
      engineInside,
    ],
    ['src/xlsx/node/**', 'src/xlsx/exceljs/**'],
  ),
  layer(['src/xlsx/node/**', 'src/xlsx/exceljs/**'], [folderImport(others('engine', 'xlsx')), engineInside]),
  layer(['src/notice/**'], [folderImport(others('engine', 'notice')), nodeImport, engineInside]),
  layer(['src/cli/**'], [folderImport(others('engine', 'xlsx', 'notice', 'cli')), engineInside, engineStages]),
  {
    // The custom-functions metadata generator reads `any` as "any Excel value" (number, text,
    // boolean or date): there it is the declared contract, not a hole in the types.
    files: ['src/functions/functions.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
