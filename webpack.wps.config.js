// Builds the WPS 表格 add-in (WPS 加载项), separately from the Excel add-in (webpack.config.js):
//   npm run build:wps
// dist/wps/          the add-in root, in the layout the wpsjs tool expects: index.html (the hidden
//                    page WPS loads) + main.js (ribbon callbacks, QS functions), ribbon.xml,
//                    manifest.xml + functions.json (custom functions), taskpane.html + taskpane.js
//                    (the React pane), images/*.svg, and package.json for `wpsjs publish`.
// dist/wps-offline/  the offline package: qs-assess.7z (folder qs-assess_<version>/ inside),
//                    jsplugins.xml (enterprise route), publish.xml (manual route), publish.html
//                    (install page for personal editions). See docs/wps.md.
// QS_WPS_OUT_DIR / QS_WPS_OFFLINE_DIR build elsewhere (the tests do); QS_WPS_ARCHIVE_URL is the
// archive's address written into jsplugins.xml (default file:///C:/QSAssess/qs-assess.7z).
/* eslint-disable @typescript-eslint/no-require-imports */
const path = require('path');
const fs = require('fs');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { generateCustomFunctionsMetadata } = require('custom-functions-metadata');
// The packaging helpers are TypeScript (tested in test/wps/package.test.ts).
require('tsx/cjs/api').register();
const { wpsFunctionsJson } = require('./scripts/wps-package/functions-json.ts');
const { buildOfflinePackage } = require('./scripts/wps-package/offline.ts');
// help/ beside the pane (its 帮助 link), so it is in dist/wps and the offline .7z too.
const { HelpPlugin } = require('./scripts/help-page');
const PREACT_ALIAS = require('./scripts/preact-alias');

const ROOT = __dirname;
const pkg = require('./package.json');
const ADDIN = { name: 'qs-assess', version: pkg.version, type: 'et' };

/** functions.json from the JSDoc of src/functions/functions.ts, with the Chinese descriptions. */
class WpsFunctionsJsonPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    const input = path.join(ROOT, 'src/functions/functions.ts');
    const zhFile = path.join(ROOT, 'src/functions/metadata.zh-cn.json');
    compiler.hooks.thisCompilation.tap('WpsFunctionsJsonPlugin', (compilation) => {
      compilation.fileDependencies.add(input);
      compilation.fileDependencies.add(zhFile);
      compilation.hooks.processAssets.tapPromise(
        { name: 'WpsFunctionsJsonPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        async () => {
          const r = await generateCustomFunctionsMetadata(input);
          if (r.errors.length) throw new Error(r.errors.join('\n'));
          const json = wpsFunctionsJson(JSON.parse(r.metadataJson), JSON.parse(fs.readFileSync(zhFile, 'utf8')));
          compilation.emitAsset('functions.json', new sources.RawSource(JSON.stringify(json, null, 2) + '\n'));
          const project = { name: ADDIN.name, version: ADDIN.version, addonType: ADDIN.type, description: 'QS 优质服务考核 WPS 加载项' };
          compilation.emitAsset('package.json', new sources.RawSource(JSON.stringify(project, null, 2) + '\n'));
        },
      );
    });
  }
}

/** After the add-in is written, packs the offline package from it. */
class OfflinePackagePlugin {
  constructor(addinDir, outDir) {
    this.addinDir = addinDir;
    this.outDir = outDir;
  }
  apply(compiler) {
    compiler.hooks.afterEmit.tap('OfflinePackagePlugin', () => {
      buildOfflinePackage({
        addinDir: this.addinDir,
        outDir: this.outDir,
        addin: ADDIN,
        archiveUrl: process.env.QS_WPS_ARCHIVE_URL,
        publishTemplate: path.join(ROOT, 'src/wps/addin/publish.html'),
      });
    });
  }
}

module.exports = (env, argv) => {
  const production = (argv && argv.mode) !== 'development';
  const out = path.resolve(ROOT, process.env.QS_WPS_OUT_DIR || 'dist/wps');
  const offline = path.resolve(ROOT, process.env.QS_WPS_OFFLINE_DIR || 'dist/wps-offline');
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'source-map',
    context: ROOT,
    // WPS's Chromium version is undocumented (WPS.md §6): our own code is compiled to ES2017.
    target: ['web', 'es2017'],
    entry: {
      main: './src/wps/main.ts',
      taskpane: './src/wps/pane.tsx',
    },
    // One script per page: what the pane loads on first use in Excel (chunks next to taskpane.js)
    // is folded into taskpane.js here. WPS loads the add-in from a folder (an offline package)
    // whose browser we know little of; its pane has no weight budget, and one file cannot go missing.
    output: { path: out, filename: '[name].js', clean: true, asyncChunks: false },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'], alias: PREACT_ALIAS },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: { transpileOnly: true, compilerOptions: { module: 'es2020', target: 'es2017', sourceMap: !production } },
          },
        },
      ],
    },
    plugins: [
      new HelpPlugin(),
      // Blocking, in <head>: the ribbon's callbacks must exist before WPS asks for them.
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: './src/wps/addin/index.html',
        chunks: ['main'],
        scriptLoading: 'blocking',
      }),
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/wps/addin/taskpane.html', chunks: ['taskpane'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'src/wps/addin/ribbon.xml', to: 'ribbon.xml' },
          { from: 'src/wps/addin/manifest.xml', to: 'manifest.xml' },
          { from: 'assets/wps/*.svg', to: 'images/[name][ext]' },
        ],
      }),
      new WpsFunctionsJsonPlugin(),
      new OfflinePackagePlugin(out, offline),
    ],
    performance: { hints: false },
  };
};

module.exports.ADDIN = ADDIN;
