// A webpack loader for the Excel pane's build: writes each Fluent design token (`tokens.colorX`)
// as the value it stands for, the CSS variable 'var(--colorX)' (the theme sets the variables).
// Why: once a chunk loaded on first use (the import panel, the results) uses a token, webpack must
// hand the whole `tokens` object across chunks — 30 KB minified (~4 KB gzipped) of names the first
// screen mostly does not use; written in place, the object is dropped (issue 21, the pane's
// weight). The look is unchanged: the same strings reach Griffel. Only files that import `tokens`
// from Fluent are touched, only names the object has, so a typo still reads `undefined` as before.
/* eslint-disable @typescript-eslint/no-require-imports */
const { tokens } = require('@fluentui/tokens');

const IMPORTS = /import\s*\{[^}]*\btokens\b[^}]*\}\s*from\s*["']@fluentui\/(?:react-theme|tokens|react-components)["']/;
const USE = /(?<![.\w$])tokens\.([A-Za-z0-9_]+)\b(?!\s*=[^=])/g;

module.exports = function inlineTokens(source) {
  if (!IMPORTS.test(source)) return source;
  return source.replace(USE, (whole, name) => (Object.prototype.hasOwnProperty.call(tokens, name) ? JSON.stringify(tokens[name]) : whole));
};
