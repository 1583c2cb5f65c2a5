// The QS functions in a formula engine that is not ours (HyperFormula): a generated assessment
// workbook is loaded, formulas are written beside the data — one QS.SCORE, QS.GRADE and QS.RANK
// per unit, QS.CHECK over a log of connection requests — and every computed cell must equal
// what the engine's summary (score()) says, or, for CHECK, what the chinese-days package's own
// isWorkday says.
import { HyperFormula } from 'hyperformula';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import * as path from 'path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const chineseDays = require('chinese-days') as { isWorkday: (d: string) => boolean };
import { generateWorkbook } from '../../bench/generate';
import { parseWorkbook, score } from '../../src/engine';
import { serialToIso, ymdToSerial } from '../../src/engine/dates';
import type { Grade, Model, Result } from '../../src/engine/types';
import { qsFunctionPlugin } from './hyperformula-plugin';

const PERIOD = '2026Q3';
const snapshot = generateWorkbook({ events: 3000 });
const sheet = (name: string) => snapshot.sheets.find((s) => s.name === name)!;

let hf: HyperFormula;
let model: Model;
let result: Result;
const GRADE_ORDER: Grade[] = ['优秀', '良好', '合格', '不合格'];

/** 'A1:L307' for a sheet's values, quoted for CJK names. */
const rangeOf = (name: string): string => {
  const v = sheet(name).values;
  const width = Math.max(...v.map((r) => r.length));
  return `'${name}'!$A$1:$${String.fromCharCode(64 + width)}$${v.length}`;
};

/** The strictest grade cap among a unit's events of the period: what a user types as `veto`. */
function capOf(unitCode: string): Grade | null {
  const levels = new Map(model.rules.ladder.map((l) => [l.code, l]));
  const first = ymdToSerial(2026, 7, 1);
  const last = ymdToSerial(2026, 9, 30);
  let cap: Grade | null = null;
  for (const e of model.events) {
    if (e.unit !== unitCode || e.date < first || e.date > last) continue;
    const c = levels.get(e.level)!.gradeCap;
    if (c && (cap === null || GRADE_ORDER.indexOf(c) > GRADE_ORDER.indexOf(cap))) cap = c;
  }
  return cap;
}

// The connection log: applications from 2026-09-01 to 2026-10-31, connected 3–9 days later.
const applied: number[] = [];
const connected: number[] = [];
for (let s = ymdToSerial(2026, 9, 1), k = 0; s <= ymdToSerial(2026, 10, 31); s++, k++) {
  applied.push(s);
  connected.push(s + 3 + (k % 7));
}
/** Working days after a up to b, by chinese-days' own isWorkday (an independent implementation). */
function workdaysByPackage(a: number, b: number): number {
  let n = 0;
  for (let d = a + 1; d <= b; d++) if (chineseDays.isWorkday(serialToIso(d))) n++;
  return n;
}

beforeAll(async () => {
  const parsed = parseWorkbook(snapshot);
  expect(parsed.errors).toEqual([]);
  model = parsed.model;
  result = score(model, { kind: 'quarter', year: 2026, quarter: 3 });

  const meta = await generateCustomFunctionsMetadata(path.join(__dirname, '../../src/functions/functions.ts'));
  const { plugin, translations } = qsFunctionPlugin(JSON.parse(meta.metadataJson));
  HyperFormula.registerFunctionPlugin(plugin as never, translations);

  const sheets: Record<string, (string | number | boolean | null)[][]> = {};
  for (const s of snapshot.sheets) sheets[s.name] = s.values;
  // 汇总: unit, score, cap, grade, rank. Every third unit is given by code, which QS.SCORE
  // resolves through its optional units range; the others by name, as the ledgers type them.
  type Row = (string | number | boolean | null)[];
  sheets['汇总'] = [['单位', '得分', '等级上限', '等级', '名次'] as Row].concat(
    model.units.map((u, i) => {
      const r = i + 2;
      const ledger = rangeOf(u.category === '部门' ? '部门考核记录' : '二级单位考核记录');
      const byCode = i % 3 === 0;
      return [
        byCode ? u.code : u.name,
        `=QS.SCORE(A${r},"${PERIOD}",${ledger},,${rangeOf('考核参数')}${byCode ? ',' + rangeOf('单位') : ''})`,
        capOf(u.code),
        `=QS.GRADE(B${r},C${r},${rangeOf('考核参数')})`,
        `=QS.RANK(A${r},"${PERIOD}",${rangeOf('单位')},${ledger},,${rangeOf('考核参数')})`,
      ];
    }),
  );
  sheets['装表接电'] = [['申请日期', '接电日期', '达标'] as Row].concat(
    applied.map((a, i) => [a, connected[i], `=QS.CHECK("8.4",A${i + 2},B${i + 2})`]),
  );
  hf = HyperFormula.buildFromSheets(sheets as never, { licenseKey: 'gpl-v3', maxRows: 100_000 });
}, 60_000);

afterAll(() => {
  hf?.destroy();
});

const cell = (name: string, row: number, col: number): unknown => hf.getCellValue({ sheet: hf.getSheetId(name)!, row, col });

test('every unit has one formula row and the units cover both categories', () => {
  expect(result.units).toHaveLength(60);
  expect(new Set(result.units.map((u) => u.category))).toEqual(new Set(['部门', '二级单位']));
  // The workbook is not trivial: some units lost points, some have a veto.
  expect(result.units.filter((u) => u.score < 100).length).toBeGreaterThan(30);
  expect(result.units.some((u) => u.veto)).toBe(true);
});

test('QS.SCORE in every row equals the summary score', () => {
  model.units.forEach((u, i) => {
    const expected = result.units.find((x) => x.code === u.code)!;
    expect([u.name, cell('汇总', i + 1, 1)]).toEqual([u.name, expected.score]);
  });
});

test("QS.GRADE of that score with the unit's grade cap equals the summary grade", () => {
  model.units.forEach((u, i) => {
    const expected = result.units.find((x) => x.code === u.code)!;
    expect([u.name, cell('汇总', i + 1, 3)]).toEqual([u.name, expected.grade]);
  });
});

test('QS.RANK in every row equals the summary rank', () => {
  model.units.forEach((u, i) => {
    const expected = result.units.find((x) => x.code === u.code)!;
    expect([u.name, cell('汇总', i + 1, 4)]).toEqual([u.name, expected.rank]);
  });
});

test('QS.CHECK over the connection log agrees with the package calendar, across National Day', () => {
  let met = 0;
  applied.forEach((a, i) => {
    const expected = workdaysByPackage(a, connected[i]) <= 5;
    if (expected) met++;
    expect([serialToIso(a), serialToIso(connected[i]), cell('装表接电', i + 1, 2)]).toEqual([
      serialToIso(a),
      serialToIso(connected[i]),
      expected,
    ]);
  });
  // Both outcomes occur, so the column is not trivially TRUE or FALSE.
  expect(met).toBeGreaterThan(5);
  expect(met).toBeLessThan(applied.length - 5);
});

test('a bad argument shows as the cell error with its Chinese message', () => {
  const id = hf.getSheetId('汇总')!;
  hf.setCellContents({ sheet: id, row: 0, col: 6 }, [['=QS.POINTS("特大")', '=QS.WORKDAYS("2026-12-25","2027-01-05")']]);
  const na = hf.getCellValue({ sheet: id, row: 0, col: 6 }) as { type: string; message: string };
  expect(na.type).toBe('NA');
  expect(na.message).toContain('未知的等级“特大”');
  const num = hf.getCellValue({ sheet: id, row: 0, col: 7 }) as { type: string; message: string };
  expect(num.type).toBe('NUM');
  expect(num.message).toContain('2027 年');
});
