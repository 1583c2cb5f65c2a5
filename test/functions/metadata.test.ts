// The custom functions' metadata, as custom-functions-metadata generates it from the JSDoc tags
// of functions.ts (the same generator the webpack plugin runs). Ids and signatures are public
// API: a change here breaks formulas saved in users' workbooks.
import * as path from 'path';
import * as fs from 'fs';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { signatures } from './signature';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeMetadata, readTable } = require('../../scripts/localize-functions.js');

const FUNCTIONS_TS = path.join(__dirname, '../../src/functions/functions.ts');
const GOLDEN = path.join(__dirname, 'metadata.golden.json');
const STABLE_IDS = ['QUARTER', 'WORKDAYS', 'ADDWORKDAYS', 'CHECK', 'POINTS', 'FINE', 'SCORE', 'GRADE', 'RANK'];

let metadataJson = '';
beforeAll(async () => {
  const r = await generateCustomFunctionsMetadata(FUNCTIONS_TS);
  expect(r.errors).toEqual([]);
  metadataJson = r.metadataJson;
});

test('ids and signatures equal the committed golden file (scripts/functions-golden.ts rewrites it)', () => {
  const golden = JSON.parse(fs.readFileSync(GOLDEN, 'utf8'));
  expect(signatures(metadataJson)).toEqual(golden);
});

test('the nine documented ids, upper case and equal to the names', () => {
  const fns = JSON.parse(metadataJson).functions as { id: string; name: string; helpUrl?: string; description?: string }[];
  expect(fns.map((f) => f.id)).toEqual(STABLE_IDS);
  for (const f of fns) {
    expect(f.name).toBe(f.id);
    expect(f.description).toBeTruthy();
    expect(f.helpUrl).toBe(`https://localhost:3000/help/functions.html#${f.id.toLowerCase()}`);
  }
});

test('every function is associated with its own entry point', async () => {
  const r = await generateCustomFunctionsMetadata(FUNCTIONS_TS);
  expect(r.associate.map((a) => [a.id, a.functionName])).toEqual(STABLE_IDS.map((id) => [id, id]));
});

test('the zh-cn translation table covers every function and parameter, and keeps ids and types', () => {
  const { metadata, missing } = localizeMetadata(JSON.parse(metadataJson), readTable());
  expect(missing).toEqual([]);
  // Same signature apart from the translated parameter names.
  const strip = (s: unknown) =>
    (s as { parameters: { name: string }[] }[]).map((f) => ({ ...f, parameters: f.parameters.map((p) => ({ ...p, name: '' })) }));
  expect(strip(signatures(JSON.stringify(metadata)))).toEqual(strip(signatures(metadataJson)));
  const score = metadata.functions.find((f: { id: string }) => f.id === 'SCORE');
  expect(score.description).toContain('得分');
  expect(score.parameters.map((p: { name: string }) => p.name)).toEqual(['单位', '期间', '考核记录', '处罚标准', '考核参数', '单位表']);
});

test('a function missing from the translation table is reported, not silently left in English', () => {
  const table = readTable();
  delete table.RANK;
  delete table.SCORE.parameters.events;
  const { missing } = localizeMetadata(JSON.parse(metadataJson), table);
  expect(missing).toEqual(['SCORE(events)', 'RANK: 整个函数']);
});
