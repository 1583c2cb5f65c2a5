// `npm run test:unit` stays fast because its suites use no real parts: this checks every suite the
// unit run picks (jest.config.js) for what would make it slow — LibreOffice, Chromium, webpack, a
// child process. Such a suite belongs in the integration or e2e list.
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require(path.join(ROOT, 'jest.config.js')) as { projects: { displayName: string; testPathIgnorePatterns: string[] }[] };
const SLOW = /\b(child_process|playwright-core|soffice|convertToPdf|convertDocxToPdf|runWebpack|bundleForBrowser)\b/;

function suites(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? suites(p) : /\.test\.tsx?$/.test(d.name) ? [p] : [];
  });
}

test('unit suites start no LibreOffice, Chromium, webpack or child process', () => {
  const unit = config.projects.find((p) => p.displayName === 'unit')!;
  const ignored = unit.testPathIgnorePatterns.map((p) => new RegExp(p));
  const picked = suites(path.join(ROOT, 'test')).filter((f) => f !== __filename && !ignored.some((r) => r.test(f)));
  expect(picked.length).toBeGreaterThan(30);
  const slow = picked.filter((f) => SLOW.test(fs.readFileSync(f, 'utf8'))).map((f) => path.relative(ROOT, f));
  expect(slow).toEqual([]);
});
