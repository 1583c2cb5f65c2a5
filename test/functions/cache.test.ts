// Excel calls a function once per cell and hands every call a fresh copy of its ranges: the
// parsed workbook must be found again by content, not by identity.
import { SCORE, RANK } from '../../src/functions/functions';
import { cacheStats, clearWorkbookCache } from '../../src/functions/workbook';
import { Fingerprint } from '../../src/functions/hash';
import { generateWorkbook } from '../../bench/generate';
import { parseWorkbook, score } from '../../src/engine';
import { excelError, fresh } from './helpers';

const snapshot = generateWorkbook({ events: 2000 });
const values = (name: string) => snapshot.sheets.find((s) => s.name === name)!.values;
const ledger = values('二级单位考核记录');
const params = values('考核参数');
const units = values('单位');

beforeEach(() => {
  clearWorkbookCache();
  cacheStats.hits = 0;
  cacheStats.misses = 0;
});

test('60 cells over one ledger, each with its own copy, parse it once and agree with score()', () => {
  const expected = score(parseWorkbook(snapshot).model, { kind: 'quarter', year: 2026, quarter: 3 });
  const subUnits = expected.units.filter((u) => u.category === '二级单位');
  for (let i = 0; i < 60; i++) {
    const u = subUnits[i % subUnits.length];
    expect(SCORE(u.name, '2026Q3', fresh(ledger), undefined, fresh(params))).toBe(u.score);
  }
  expect(cacheStats.misses).toBe(1);
  expect(cacheStats.hits).toBe(59);
});

test('a changed cell is a different workbook', () => {
  const copy = fresh(ledger);
  const row = copy.findIndex((r, i) => i > 0 && r[4] === '轻微' && typeof r[0] === 'number' && r[0] >= 46204 && r[0] <= 46295);
  const unit = String(copy[row][1]);
  const before = SCORE(unit, '2026Q3', copy);
  copy[row][4] = '较大'; // 1 point → 5 points (or more, if it repeats)
  const after = SCORE(unit, '2026Q3', copy);
  expect(after).toBeLessThan(before);
  expect(cacheStats.misses).toBe(2);
});

test('a bad ledger is parsed once too, and every cell reports its error', () => {
  const bad = fresh(ledger);
  bad[5][3] = '99.9';
  for (let i = 0; i < 20; i++) {
    const e = excelError(() => SCORE('城区供电所', '2026Q3', fresh(bad)));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toContain('第 6 行第 4 列「条款」');
  }
  expect(cacheStats.misses).toBe(1);
});

test('the last few workbooks are kept; older ones are parsed again', () => {
  const ledgers = [1, 2, 3, 4, 5].map((k) => ledger.slice(0, 200 * k));
  for (const l of ledgers.slice(0, 4)) SCORE('城区供电所', '2026', l);
  for (const l of ledgers.slice(0, 4)) SCORE('城区供电所', '2026', l);
  expect(cacheStats.misses).toBe(4); // all four still cached
  SCORE('城区供电所', '2026', ledgers[4]); // evicts the least recently used (ledgers[0])
  SCORE('城区供电所', '2026', ledgers[0]);
  expect(cacheStats.misses).toBe(6);
});

test('SCORE and RANK over the same ranges share nothing they should not', () => {
  // RANK has a units range, so it is a different workbook from SCORE's implicit units.
  RANK('城区供电所', '2026Q3', units, ledger);
  SCORE('城区供电所', '2026Q3', ledger);
  expect(cacheStats.misses).toBe(2);
});

describe('Fingerprint', () => {
  const fp = (v: (string | number | boolean | null)[][] | null) => new Fingerprint().range(v).digest();
  test('tells apart what differs only in shape or type', () => {
    const shapes = [
      fp([[1, 2]]),
      fp([[1], [2]]),
      fp([['1', 2]]),
      fp([[1, 2, null]]),
      fp([[1, 2, '']]),
      fp([[true, 2]]),
      fp([]),
      fp(null),
      fp([['ab', 'c']]),
      fp([['a', 'bc']]),
    ];
    expect(new Set(shapes).size).toBe(shapes.length);
  });
  test('is the same for equal content', () => {
    expect(fp(fresh(ledger))).toBe(fp(ledger));
  });
});
