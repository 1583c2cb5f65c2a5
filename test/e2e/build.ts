// Builds what the e2e test loads: the real task pane, with the project's webpack config (as
// `npm run build` does, into its own folder), and the Excel double as a browser script.
import * as path from 'path';
import webpack from 'webpack';

export const ROOT = path.resolve(__dirname, '../..');
export const OUT = path.join(ROOT, 'test-artifacts', 'e2e');
export const PANE_DIR = path.join(OUT, 'dist');
export const DOUBLE_JS = path.join(OUT, 'office-double.js');

function run(config: webpack.Configuration): Promise<void> {
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
}

export async function buildPane(): Promise<void> {
  process.env.QS_OUT_DIR = path.relative(ROOT, PANE_DIR);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const projectConfig = require(path.join(ROOT, 'webpack.config.js'));
  const cwd = process.cwd();
  process.chdir(ROOT); // the config names its inputs relative to the repository
  try {
    const config = projectConfig({}, { mode: 'production' });
    await run({ ...config, context: ROOT });
  } finally {
    process.chdir(cwd);
    delete process.env.QS_OUT_DIR;
  }
}

export async function buildDouble(): Promise<void> {
  await run({
    mode: 'development',
    devtool: false,
    context: ROOT,
    entry: path.join(__dirname, 'office-double-entry.ts'),
    output: { path: OUT, filename: path.basename(DOUBLE_JS) },
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
