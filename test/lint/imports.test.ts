// The import table of docs/architecture.md is a lint rule (eslint.config.js): each planted
// wrong-way import below fails `npm run lint`, and the right way passes.
import * as path from 'path';
import { ESLint } from 'eslint';

const ROOT = path.resolve(__dirname, '../..');
// The config is required here (ESLint's own loader uses a dynamic import jest cannot run).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require(path.join(ROOT, 'eslint.config.js'));
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: config });

async function restricted(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const WRONG: [string, string, string][] = [
  ['the engine imports no Node API', 'src/engine/planted.ts', "import * as fs from 'fs';\nexport const x = fs;"],
  ['the engine imports no package but chinese-days', 'src/engine/planted.ts', "import ExcelJS from 'exceljs';\nexport const x = ExcelJS;"],
  [
    'the engine imports no UI',
    'src/engine/report/planted.ts',
    "import { WorkbookError } from '../../ui/host';\nexport const x = WorkbookError;",
  ],
  [
    'the UI imports no host',
    'src/ui/components/Planted.ts',
    "import { officeWorkbookHost } from '../../office';\nexport const x = officeWorkbookHost;",
  ],
  ['the UI imports no file format', 'src/ui/planted.ts', "import { readSnapshot } from '../xlsx';\nexport const x = readSnapshot;"],
  [
    'hosts never import each other',
    'src/office/planted.ts',
    "import { wpsWorkbookHost } from '../wps/host';\nexport const x = wpsWorkbookHost;",
  ],
  [
    'the page never imports the Excel host',
    'src/web/planted.ts',
    "import { officeWorkbookHost } from '../office';\nexport const x = officeWorkbookHost;",
  ],
  [
    'outside the engine only its public face',
    'src/ui/planted.ts',
    "import { serialToYmd } from '../engine/dates';\nexport const x = serialToYmd;",
  ],
  [
    'doors go through assess(), not the stages',
    'src/cli/planted.ts',
    "import { parseWorkbook } from '../engine';\nexport const x = parseWorkbook;",
  ],
  [
    'the page reaches no Node file layer',
    'src/web/planted.ts',
    "import { writeAtomically } from '../xlsx/node/files';\nexport const x = writeAtomically;",
  ],
  [
    'the browser-safe .xlsx layer reaches no Node folder',
    'src/xlsx/reader/planted.ts',
    "import { checkInputFile } from '../node/files';\nexport const x = checkInputFile;",
  ],
  ['the browser-safe .xlsx layer uses no ExcelJS', 'src/xlsx/planted.ts', "import ExcelJS from 'exceljs';\nexport const x = ExcelJS;"],
];

test.each(WRONG)('%s', async (_what, file, code) => {
  expect(await restricted(file, code)).toHaveLength(1);
});

test('the right ways pass', async () => {
  expect(
    await restricted('src/ui/planted.ts', "import { assess, formatPeriod } from '../engine';\nexport const x = [assess, formatPeriod];"),
  ).toEqual([]);
  expect(await restricted('src/office/planted.ts', "import { WorkbookError } from '../ui/host';\nexport const x = WorkbookError;")).toEqual(
    [],
  );
  expect(await restricted('src/wps/planted.ts', "import { qsScore } from '../functions/functions';\nexport const x = qsScore;")).toEqual(
    [],
  );
  expect(await restricted('src/engine/calendar/planted.ts', "import days from 'chinese-days';\nexport const x = days;")).toEqual([]);
  expect(
    await restricted(
      'src/xlsx/node/planted.ts',
      "import * as fs from 'fs';\nimport { readSnapshot } from '..';\nexport const x = [fs, readSnapshot];",
    ),
  ).toEqual([]);
  expect(
    await restricted('src/functions/planted.ts', "import { parseWorkbook } from '../engine';\nexport const x = parseWorkbook;"),
  ).toEqual([]);
});
