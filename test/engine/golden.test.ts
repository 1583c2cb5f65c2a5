// Golden outputs: the numbers (Result JSON) and the bytes of every part our sheets write are pinned
// by hash, so speed work on score/people/report cannot change what a user gets. The hashes were
// taken from main before the speed work of issue 21 (test/engine/golden.json).
//
// A deliberate change of layout or numbers (e.g. issue 19's report layouts) changes them: check the
// new output by eye, then regenerate with
//
//   QS_GOLDEN_UPDATE=1 npx jest test/engine/golden.test.ts --maxWorkers=1
//
// and commit golden.json together with the change that explains it.
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { unzipSync } from 'fflate';
import { parseWorkbook, planSummaries, score, sampleSheets } from '../../src/engine';
import type { Model, Period, Snapshot } from '../../src/engine';
import { writePlansWorkbook } from '../../src/xlsx/merge';
import { generateWorkbook, type GenerateOptions } from '../../bench/generate';

const GOLDEN = path.join(__dirname, 'golden.json');
const UPDATE = process.env.QS_GOLDEN_UPDATE === '1';

type Golden = Record<string, Record<string, string>>;
const stored: Golden = fs.existsSync(GOLDEN) ? (JSON.parse(fs.readFileSync(GOLDEN, 'utf8')) as Golden) : {};
const fresh: Golden = {};

const sha = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex').slice(0, 32);

/** Result JSON and every part of the workbook of our sheets (unzipped: the deflater is not pinned). */
function outputs(model: Model, period: Period): Record<string, string> {
  const result = score(model, period);
  const plans = planSummaries(model, result);
  const parts = unzipSync(writePlansWorkbook(plans));
  const hashes: Record<string, string> = { 'result.json': sha(JSON.stringify(result)) };
  for (const name of Object.keys(parts).sort()) hashes[name] = sha(parts[name]);
  return hashes;
}

function check(label: string, snapshot: Snapshot, periods: Period[]): void {
  const { model, errors } = parseWorkbook(snapshot);
  expect(errors).toEqual([]);
  for (const period of periods) {
    const key = `${label} ${period.kind === 'year' ? period.year : `${period.year}Q${period.quarter}`}`;
    const got = outputs(model, period);
    fresh[key] = got;
    if (!UPDATE) expect({ [key]: got }).toEqual({ [key]: stored[key] });
  }
}

const quarter = (q: 1 | 2 | 3 | 4): Period => ({ kind: 'quarter', year: 2026, quarter: q });
const YEAR: Period = { kind: 'year', year: 2026 };
const bench = (options: GenerateOptions) => generateWorkbook(options);

describe('golden outputs: numbers and written bytes unchanged', () => {
  afterAll(() => {
    if (UPDATE) fs.writeFileSync(GOLDEN, JSON.stringify({ ...stored, ...fresh }, null, 2) + '\n');
  });

  test('the sample workbook, every quarter and the year', () => {
    const snapshot: Snapshot = {
      sheets: sampleSheets().map((s) => ({ name: s.name, values: [s.columns.map((c) => c.header), ...s.rows] })),
    };
    check('sample', snapshot, [quarter(1), quarter(2), quarter(3), quarter(4), YEAR]);
  });

  test("the bench generator's 100k events (a one-off 直接责任人 on most events), Q3 and the year", () => {
    check('bench 100k', bench({ events: 100_000 }), [quarter(3), YEAR]);
  });

  test('100k events over a staff of 400 (the realistic person pool), Q3 and the year', () => {
    check('bench 100k, 400 people', bench({ events: 100_000, people: 400 }), [quarter(3), YEAR]);
  });
});
