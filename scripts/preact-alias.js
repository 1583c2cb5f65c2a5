// React's API from Preact (preact/compat) in every page we build: the add-in's pane, the WPS pane
// and the browser page. react-dom alone was 41.6 KB of the pane's 157 KB gzipped against a 140 KB
// budget (issue 21); Preact with its compat layer is ~5 KB. Fluent UI and src/ui are written
// against React 18's API and run unchanged; the e2e tests drive every built page in Chromium (each
// state, zh/en, light/dark, axe). The jsdom component tests keep React itself (testing-library's
// act), so they check the UI's logic, and the e2e tests check what ships. Order matters: webpack
// takes the first alias that matches, so the subpaths come before their packages.
module.exports = {
  'react-dom/client': 'preact/compat/client',
  'react-dom/test-utils': 'preact/test-utils',
  'react-dom': 'preact/compat',
  'react/jsx-runtime': 'preact/jsx-runtime',
  'react/jsx-dev-runtime': 'preact/jsx-dev-runtime',
  react: 'preact/compat',
};
