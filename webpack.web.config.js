// Builds the browser page into dist/web/: QS Assess for machines without the Excel add-in
// (intranet PCs, Excel 2016/2019, WPS users), run by double-clicking index.html (file://) or
// from any intranet web server, with no network request at all.
//
// What file:// and 2020-era browsers (Chromium 80+, Firefox 78+) require, and how it is met:
// - classic scripts only: Chromium refuses module scripts from file:// (CORS), so the page is
//   one classic <script defer> and webpack emits no `import`/`export` syntax;
// - no chunk loading at run time: a chunk fetched from file:// fails the same way, so dynamic
//   imports are folded into the one bundle (LimitChunkCountPlugin, asyncChunks off);
// - syntax up to ES2019 plus optional chaining and `??` (both in Chromium 80 and Firefox 78):
//   our TypeScript is emitted as ES2019, and the build test parses the bundle to prove it;
// - relative URLs (publicPath ''), system fonts, icons as inline SVG: nothing to fetch.
// QS_WEB_OUT_DIR builds somewhere other than dist/web (the e2e test does); with only QS_OUT_DIR
// set (the add-in's setting, used by the build test) the page goes to <QS_OUT_DIR>/web.
/* eslint-disable @typescript-eslint/no-require-imports */
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
// The page's help, next to index.html so it opens from file:// too: the same help/ as every door.
const { HelpPlugin } = require('./scripts/help-page');
const PREACT_ALIAS = require('./scripts/preact-alias');

/**
 * Wraps the finished (minified) bundle in one named function, called at once: the page runs as
 * before, and src/web/worker-port.ts can start a Web Worker from that function's own text (a page
 * opened from file:// cannot load a worker script from a file).
 */
class SelfWorkerPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('SelfWorkerPlugin', (compilation) => {
      // After minifying, before a source map is made (`--devtool source-map`: bench/pane.ts reads
      // it), so the map follows the wrapped text.
      const stage = Compilation.PROCESS_ASSETS_STAGE_DEV_TOOLING - 1;
      compilation.hooks.processAssets.tap({ name: 'SelfWorkerPlugin', stage }, () => {
        const asset = compilation.getAsset('qs-assess-web.js');
        if (!asset) return;
        const wrapped = new sources.ConcatSource('function qsAssessBundle(){\n', asset.source, '\n}\nqsAssessBundle();\n');
        compilation.updateAsset('qs-assess-web.js', wrapped);
      });
    });
  }
}

module.exports = (env, argv) => {
  const production = (argv && argv.mode) !== 'development';
  return {
    mode: production ? 'production' : 'development',
    devtool: false,
    target: ['web', 'es2019'],
    entry: { 'qs-assess-web': './src/web/index.tsx' },
    output: {
      // Next to the add-in's build: dist/web, or <QS_OUT_DIR>/web when the add-in builds elsewhere.
      path: path.resolve(__dirname, process.env.QS_WEB_OUT_DIR || path.join(process.env.QS_OUT_DIR || 'dist', 'web')),
      filename: '[name].js',
      publicPath: '',
      asyncChunks: false,
      chunkFormat: 'array-push',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.json'],
      alias: PREACT_ALIAS,
      // No fallbacks for Node's modules: the page bundles only browser-safe code (the xlsx layer's
      // src/xlsx/index.ts, the engine, src/notice), and an import of fs or path fails the build.
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              // es2019: `??=` and friends (ES2021) are lowered for Chromium 80 / Firefox 78.
              compilerOptions: { module: 'es2020', target: 'es2019', sourceMap: false },
            },
          },
        },
        {
          // Libraries ship newer syntax than Chromium 80 runs (Fluent's focus manager uses `??=`):
          // TypeScript lowers them to ES2019 as it does our code.
          test: /\.m?js$/,
          include: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              compilerOptions: { allowJs: true, module: 'es2020', target: 'es2019', sourceMap: false },
            },
          },
        },
      ],
    },
    optimization: { splitChunks: false, runtimeChunk: false },
    plugins: [
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
      new webpack.DefinePlugin({ 'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development') }),
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: './src/web/index.html',
        // A classic deferred script: runs from file:// in every browser, after the page is parsed.
        scriptLoading: 'defer',
        inject: 'head',
      }),
      new HelpPlugin(),
      new SelfWorkerPlugin(),
    ],
    performance: { hints: false },
  };
};
