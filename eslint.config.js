// ESLint 9 flat config: typescript-eslint's recommended rules over src/, and the Office add-in
// rules (load before reading, no sync in loops, …) as errors — they catch the mistakes that
// make an add-in slow or broken in Excel.
/* eslint-disable @typescript-eslint/no-require-imports */
const tseslint = require('typescript-eslint');
const officeAddins = require('eslint-plugin-office-addins');

const officeRules = Object.fromEntries(Object.keys(officeAddins.rules).map((name) => [`office-addins/${name}`, 'error']));

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
  {
    // The custom-functions metadata generator reads `any` as "any Excel value" (number, text,
    // boolean or date): there it is the declared contract, not a hole in the types.
    files: ['src/functions/functions.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
