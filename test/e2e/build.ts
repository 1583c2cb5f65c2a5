// Builds what the e2e test loads: the real task pane, with the project's webpack config (as
// `npm run build` does, into its own folder), and the Excel double as a browser script.
import * as path from 'path';
import { bundleForBrowser, runWebpack } from '../helpers/bundle';

export const ROOT = path.resolve(__dirname, '../..');
export const OUT = path.join(ROOT, 'test-artifacts', 'e2e');
export const PANE_DIR = path.join(OUT, 'dist');
export const DOUBLE_JS = path.join(OUT, 'office-double.js');

export async function buildPane(): Promise<void> {
  process.env.QS_OUT_DIR = path.relative(ROOT, PANE_DIR);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const projectConfig = require(path.join(ROOT, 'webpack.config.js'));
  const cwd = process.cwd();
  process.chdir(ROOT); // the config names its inputs relative to the repository
  try {
    const config = projectConfig({}, { mode: 'production' });
    await runWebpack({ ...config, context: ROOT });
  } finally {
    process.chdir(cwd);
    delete process.env.QS_OUT_DIR;
  }
}

export function buildDouble(): Promise<void> {
  return bundleForBrowser(path.join(__dirname, 'office-double-entry.ts'), DOUBLE_JS);
}
