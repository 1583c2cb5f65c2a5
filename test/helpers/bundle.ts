// webpack for the tests: one way to run a config, and one way to bundle a test's TypeScript entry
// into a browser script (target 'web', no Node fallbacks — webpack 5 polyfills none, so an import
// of fs, zlib or Buffer fails the build, which is what the browser-safety tests rely on).
import * as path from 'path';
import webpack from 'webpack';

const ROOT = path.resolve(__dirname, '../..');

/** Runs a webpack config; rejects with webpack's own error text when the build has errors. */
export function runWebpack(config: webpack.Configuration): Promise<void> {
  return new Promise((resolve, reject) =>
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    }),
  );
}

/** Bundles `entry` (a .ts file) into `outFile` as one classic browser script. */
export function bundleForBrowser(entry: string, outFile: string, mode: 'development' | 'production' = 'development'): Promise<void> {
  return runWebpack({
    mode,
    target: 'web',
    devtool: false,
    context: ROOT,
    entry,
    output: { path: path.dirname(outFile), filename: path.basename(outFile) },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'es2020' } } },
        },
      ],
    },
    performance: { hints: false },
  });
}
