// Property-based fuzzing (issue 13 item 7): a few hundred randomly mutated workbooks, as real
// .xlsx files through the real command, and many more as Snapshots through the engine. The
// properties: no crash, only located Chinese messages, the input's bytes unchanged, nothing left
// behind but our own output. Seeds are printed by fast-check on failure, so a case can be replayed.
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { parseWorkbook, periodWarnings, planSummaries, score } from '../../src/engine';
import type { Snapshot } from '../../src/engine/types';
import { cli, sha256, tempDir } from '../cli/helpers';
import { event, sheet, workbook } from '../helpers/snapshot';
import { soundBook, writeBook, type BookSheet } from '../catalogue/books';
import { bookCell, hostValue, mutate, mutation } from './mutations';

const RULE_SHEETS = [
  sheet('处罚标准', [
    { 等级: '一般', 代码: 'L2', 单位扣分: 2, 单位罚款: 200, 第一责任人罚款: 100, 直接责任人罚款: 200, 加分: 0, 等级上限: null },
    { 等级: '较大', 代码: 'L3', 单位扣分: 5, 单位罚款: 500, 第一责任人罚款: 300, 直接责任人罚款: 500, 加分: 0, 等级上限: null },
    { 等级: '表扬', 代码: 'B1', 单位扣分: 0, 单位罚款: 0, 第一责任人罚款: 0, 直接责任人罚款: 0, 加分: 0.5, 等级上限: null },
  ]),
  sheet('考核参数', [
    { 参数: '基础分', 值: 100 },
    { 参数: '重复发生系数', 值: '1,1.5,2' },
  ]),
  sheet('节假日', [{ 日期: '2026-10-01', 类型: '休' }]),
];

const EVENTS = [
  event({ 单位: 'S01', 日期: '2026-07-15', 原因查清: '是', 扣分调整: null, 备注: null, 认定: null }),
  event({ 单位: 'S02', 日期: '2026-08-03', 等级: '较大', 来源: '来信来访' }),
  event({ 单位: 'D02', 日期: '2026-09-01', 等级: '表扬', 条款: '8.1', 来源: '客户表扬' }),
  event({ 单位: 'S01', 日期: '2026-09-20', 扣分调整: 1, 备注: '复核' }),
];

// Two kinds of warning are about the whole workbook and name no sheet: the unconfirmed default
// ladder, and the period's own (no event at all in it, or none scored: a mutation can leave the
// ledger unread). They name what they are about instead. Every other message is located.
const LOCATED =
  /^(警告:)?「[^」]+」(第 \d+ 行( [A-Z]+ 列)?)?(\([^)]*\))?:\S|^警告:处罚标准为系统默认值|^警告:\d{4}(Q[1-4])? (没有任何考核事件|的 \d+ 条事件都认定)/;
const RAW = /程序内部错误|\bat \w+ \(|Error:|[A-Za-z]+ [a-z]+ [a-z]+ [a-z]+/;

let root: string;
beforeAll(() => (root = tempDir('qs-fuzz-')));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

test('mutated workbooks through the real command: no crash, only located messages, input unchanged, nothing left behind', async () => {
  const base: BookSheet[] = soundBook({ events: EVENTS, sheets: RULE_SHEETS });
  let runs = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(mutation(bookCell), { minLength: 1, maxLength: 5 }), fc.boolean(), async (mutations, summarize) => {
      const dir = fs.mkdtempSync(path.join(root, 'run-'));
      const book = path.join(dir, 'book.xlsx');
      await writeBook(book, mutate(base, mutations));
      const hash = sha256(book);
      const r = summarize ? await cli('summarize', book, '--period', '2026Q3', '--json') : await cli('validate', book);
      runs++;
      // 2 only when the mutation named a sheet like one we generate (a clash we refuse to overwrite).
      expect([0, 1, 2]).toContain(r.code);
      const text = `${r.stdout}\n${r.stderr}`;
      expect(text).not.toMatch(RAW);
      if (r.code === 2) expect(r.stderr).toMatch(/^错误:/m);
      for (const line of text.split('\n')) if (line.startsWith('「') || line.startsWith('警告:')) expect(line).toMatch(LOCATED);
      if (r.code === 1) expect(text).toMatch(/(共发现|工作簿中有) \d+ 个错误/);
      if (summarize && r.code === 0) expect(() => JSON.parse(r.stdout)).not.toThrow();
      expect(sha256(book)).toBe(hash);
      expect(fs.readdirSync(dir).sort()).toEqual(summarize && r.code === 0 ? ['book.summary.xlsx', 'book.xlsx'] : ['book.xlsx']);
      fs.rmSync(dir, { recursive: true, force: true });
    }),
    {
      numRuns: 250,
      // Found by CI (seed 1579761715): the ledger renamed and pushed below row 10 is left unread,
      // so the quarter has no event at all and says so, naming the period.
      examples: [
        [
          [
            { kind: 'rename', sheet: 1, name: '2026二级单位考核记录' },
            { kind: 'shift', sheet: 1, rows: 10 },
          ],
          true,
        ],
      ],
    },
  );
  expect(runs).toBe(250);
}, 300_000);

test('mutated Snapshots (host values, NaN and Infinity included) through the engine: errors located, results finite', () => {
  const base = workbook({ events: EVENTS, sheets: RULE_SHEETS });
  const asBook = base.sheets.map((s) => ({ name: s.name, rows: s.values }));
  fc.assert(
    fc.property(
      fc.array(mutation(hostValue), { minLength: 1, maxLength: 6 }),
      fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4>,
      (mutations, quarter) => {
        const snap: Snapshot = {
          sheets: mutate(asBook, mutations).map((s) => ({ name: s.name, values: s.rows as Snapshot['sheets'][0]['values'] })),
        };
        const { model, errors, warnings } = parseWorkbook(snap);
        for (const e of errors) {
          expect(e.message.length).toBeGreaterThan(0);
          expect(e.row === null || e.row >= 1).toBe(true);
          expect(e.column === null || e.column >= 1).toBe(true);
          expect(e.message).not.toMatch(/undefined|\[object|(?<!“)NaN/);
        }
        for (const w of warnings) expect(w.message).not.toMatch(/undefined|\[object|(?<!“)NaN/);
        if (errors.length) return;
        const period = { kind: 'quarter' as const, year: 2026, quarter };
        const result = score(model, period);
        periodWarnings(model, period);
        for (const u of result.units)
          for (const k of ['points', 'bonus', 'score', 'unitFine', 'headFine', 'personFine'] as const)
            expect(Number.isFinite(u[k])).toBe(true);
        planSummaries(model, result);
      },
    ),
    { numRuns: 600 },
  );
});
