// Builds the browser page with the project's webpack.web.config.js, as `npm run build` does, into
// a folder of the tests' own. QS_WEB_DIST=<folder> reuses a page built already (for quick local
// runs: `npx webpack --config webpack.web.config.js` first); the test then checks that folder.
import * as path from 'path';
import webpack from 'webpack';

export const ROOT = path.resolve(__dirname, '../..');
export const OUT = path.join(ROOT, 'test-artifacts', 'web');
export const PAGE_DIR = process.env.QS_WEB_DIST ? path.resolve(process.env.QS_WEB_DIST) : path.join(OUT, 'dist');

export async function buildPage(): Promise<void> {
  if (process.env.QS_WEB_DIST) return;
  process.env.QS_WEB_OUT_DIR = path.relative(ROOT, PAGE_DIR);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const projectConfig = require(path.join(ROOT, 'webpack.web.config.js'));
  const cwd = process.cwd();
  process.chdir(ROOT); // the config names its inputs relative to the repository
  try {
    const config = projectConfig({}, { mode: 'production' });
    await new Promise<void>((resolve, reject) => {
      webpack({ ...config, context: ROOT }, (err, stats) => {
        if (err) return reject(err);
        if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
        resolve();
      });
    });
  } finally {
    process.chdir(cwd);
    delete process.env.QS_WEB_OUT_DIR;
  }
}
