// Builds the add-in into dist/: one shared-runtime page (taskpane.html) that loads both bundles —
// `functions` (the QS custom functions, registered at load, before React) and `taskpane` (the
// React UI) — plus functions.json (generated from the JSDoc tags of src/functions/functions.ts),
// functions-zh-cn.json (derived from it), the icons and the manifest.
//
// Where the add-in is served from is decided in ONE place: QS_BASE_URL (default
// https://localhost:3000/, the dev server). manifest.xml in the repository names the dev URL;
// the copy in dist/ has it replaced, e.g.
//   QS_BASE_URL=https://addins.example.cn/qs/ npm run build
// Office.js: from Microsoft's CDN by default (production). QS_OFFICE_JS=local serves the copy in
// node_modules/@microsoft/office-js (tests, offline preview); any other value is used as its URL.
// QS_OUT_DIR builds somewhere other than dist/ (the build test does).
/* eslint-disable @typescript-eslint/no-require-imports */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { LocalizeFunctionsPlugin } = require('./scripts/localize-functions');
const { HelpPlugin } = require('./scripts/help-page');
const PREACT_ALIAS = require('./scripts/preact-alias');

const TOKENS_LOADER = path.resolve(__dirname, 'scripts/inline-tokens-loader.js');
const DEV_BASE_URL = 'https://localhost:3000/';
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS_LOCAL_DIR = 'office-js';

function baseUrl() {
  const url = process.env.QS_BASE_URL || DEV_BASE_URL;
  if (!/^https:\/\//.test(url)) throw new Error(`QS_BASE_URL must be an https:// URL (Office requires it), got ${url}`);
  return url.endsWith('/') ? url : `${url}/`;
}

function officeJs() {
  const setting = process.env.QS_OFFICE_JS;
  if (!setting) return { url: OFFICE_JS_CDN, local: false };
  if (setting === 'local') return { url: `${OFFICE_JS_LOCAL_DIR}/office.js`, local: true };
  return { url: setting, local: false };
}

/** Makes sure taskpane.html loads Office.js from the configured place, before our bundles. */
class OfficeJsPlugin {
  constructor(url) {
    this.url = url;
  }
  apply(compiler) {
    compiler.hooks.compilation.tap('OfficeJsPlugin', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap('OfficeJsPlugin', (data) => {
        let html = data.html.split(OFFICE_JS_CDN).join(this.url);
        if (!html.includes(this.url)) {
          // The template did not load Office.js itself: add it first in <head>.
          html = html.replace(/<head([^>]*)>/i, `<head$1>\n    <script src="${this.url}"></script>`);
        }
        data.html = html;
        return data;
      });
    });
  }
}

/** Points every dev URL in the emitted metadata at the configured base (help/ comes from HelpPlugin). */
class HelpAndBaseUrlPlugin {
  constructor(base) {
    this.base = base;
  }
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('HelpAndBaseUrlPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'HelpAndBaseUrlPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        for (const name of ['functions.json', 'functions-zh-cn.json']) {
          const asset = compilation.getAsset(name);
          if (!asset || this.base === DEV_BASE_URL) continue;
          const text = asset.source.source().toString().split(DEV_BASE_URL).join(this.base);
          compilation.updateAsset(name, new sources.RawSource(text));
        }
      });
    });
  }
}

module.exports = (env, argv) => {
  const production = argv.mode === 'production';
  const base = baseUrl();
  const office = officeJs();
  const copies = [
    { from: 'assets/*.png', to: 'assets/[name][ext]' },
    {
      from: 'manifest.xml',
      to: 'manifest.xml',
      // The base URL everywhere, and its origin in <AppDomain> (written without a path).
      transform: (content) =>
        content.toString().split(DEV_BASE_URL).join(base).split(new URL(DEV_BASE_URL).origin).join(new URL(base).origin),
    },
  ];
  if (office.local) {
    const dist = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));
    // office.js plus the string tables of our two languages: enough outside Office (a browser
    // preview or a test), where no host-specific script is ever requested.
    copies.push(
      { from: path.join(dist, 'office.js'), to: `${OFFICE_JS_LOCAL_DIR}/office.js` },
      { from: path.join(dist, 'en-us'), to: `${OFFICE_JS_LOCAL_DIR}/en-us` },
      { from: path.join(dist, 'zh-cn'), to: `${OFFICE_JS_LOCAL_DIR}/zh-cn` },
    );
  }

  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'source-map',
    entry: {
      functions: './src/functions/functions.ts',
      taskpane: './src/office/pane.tsx',
    },
    output: {
      path: path.resolve(__dirname, process.env.QS_OUT_DIR || 'dist'),
      filename: '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'], alias: PREACT_ALIAS },
    module: {
      rules: [
        // The engine is pure (no side effects at import, by design): a module of it that nothing
        // uses is dropped even when it is re-exported by engine/index.ts — so the template and the
        // sample data stay in the chunk loaded on 新建模板 / 插入示例数据 (issue 21, the pane's weight).
        { test: /[\\/]src[\\/]engine[\\/]/, sideEffects: false },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: [
            TOKENS_LOADER,
            {
              loader: 'ts-loader',
              options: {
                // Type-checking is `npm run typecheck`'s job; here we only transpile, to ES modules
                // so webpack can drop what the bundles do not use.
                transpileOnly: true,
                compilerOptions: { module: 'es2020', sourceMap: !production },
              },
            },
          ],
        },
        // Fluent's design tokens written in place, in Fluent's styles as in ours: the chunks loaded
        // on first use then share no `tokens` object with the first load (scripts/inline-tokens-loader.js).
        { test: /\.js$/, include: /node_modules[\\/]@fluentui[\\/]/, use: [TOKENS_LOADER] },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: './src/functions/functions.ts', output: 'functions.json' }),
      new LocalizeFunctionsPlugin({ input: 'functions.json', output: 'functions-zh-cn.json' }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/office/taskpane.html',
        // functions first: custom functions register without waiting for the task pane's React.
        chunks: ['functions', 'taskpane'],
        chunksSortMode: 'manual',
        templateParameters: { officeJsUrl: office.url },
      }),
      new OfficeJsPlugin(office.url),
      new HelpAndBaseUrlPlugin(base),
      new HelpPlugin(),
      new CopyWebpackPlugin({ patterns: copies }),
    ],
    optimization: {
      // Used exports analysed once for both bundles, not per runtime: per runtime, a module the two
      // bundles use differently (the engine's parse and rules) is not "the same" to splitChunks,
      // and a copy of it was concatenated into each bundle (~10 KB gzipped twice; issue 21).
      usedExports: 'global',
      // One copy of the engine and the calendar on the page: what both bundles use goes into a
      // shared chunk that taskpane.html loads first (the functions still register at load, before React).
      // Initial chunks only: a module two chunks loaded on first use share (the renderer, used by
      // the template's chunk too) stays with them instead of joining the first load.
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          defaultVendors: false,
          default: false,
          shared: { name: 'shared', chunks: 'initial', minChunks: 2, enforce: true, priority: 10 },
        },
      },
    },
    performance: { hints: false },
    devServer: {
      // localhost only: the add-in is for this machine's Office, not for the network.
      host: 'localhost',
      port: Number(new URL(base).port || 3000),
      server: 'https', // webpack-dev-server makes its own self-signed certificate; no sudo needed
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: { directory: path.resolve(__dirname, 'dist') },
    },
  };
};

module.exports.DEV_BASE_URL = DEV_BASE_URL;
module.exports.OFFICE_JS_CDN = OFFICE_JS_CDN;
