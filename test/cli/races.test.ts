// Races between a run and the world (issue 22): the input is read once, so a save between scoring
// and writing can never give a summary of other data; --in-place checks, just before the rename,
// that the book still holds what was read; and a lock lets one --in-place run at a time rewrite a
// workbook — the other refuses at once, clearly. Saves are simulated at the run's progress steps
// (an Io on a "terminal" sees them synchronously), and two real processes race in the last test.
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { main } from '../../src/cli/run';
import type { Io } from '../../src/cli/io';
import { lockNameFor } from '../../src/xlsx/node/files';
import { readWorkbookFile } from '../../src/xlsx/node/read';
import { BIN, sha256, tempDir } from './helpers';
import { soundBook, writeBook } from '../catalogue/books';
import { event } from '../helpers/snapshot';
import { Document, Packer, Paragraph } from 'docx';

let root: string;
let bookA: string; // three events
let bookB: string; // other data: eight events
let bigBook: string; // 3,000 events: long enough a run that two of them overlap
beforeAll(async () => {
  root = tempDir('qs-races-');
  bigBook = path.join(root, 'big.xlsx');
  await writeBook(
    bigBook,
    soundBook({
      events: Array.from({ length: 3000 }, (_, i) =>
        event({ 单位: i % 2 ? 'S01' : 'S02', 日期: `2026-0${7 + (i % 3)}-1${i % 10}`, 事项描述: `事件 ${i}` }),
      ),
    }),
  );
  root = tempDir('qs-races-');
  bookA = path.join(root, 'a.xlsx');
  bookB = path.join(root, 'b.xlsx');
  await writeBook(bookA, soundBook());
  await writeBook(
    bookB,
    soundBook({
      events: Array.from({ length: 8 }, (_, i) => event({ 单位: 'S02', 日期: `2026-08-${String(i + 10)}`, 事项描述: `B 的事件 ${i}` })),
    }),
  );
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function caseDir(): string {
  return fs.mkdtempSync(path.join(root, 'case-'));
}

/** Runs the command in-process; `at(step)` is called at each progress step (as on a terminal). */
async function run(args: string[], at: (line: string) => Promise<void> | void = () => {}) {
  const out: string[] = [];
  const err: string[] = [];
  const pending: Promise<void>[] = [];
  const io: Io = {
    out: (l) => out.push(l),
    err: (l) => {
      err.push(l);
      const p = at(l);
      if (p) pending.push(p);
    },
    errIsTTY: true,
  };
  const code = await main(args, io);
  await Promise.all(pending);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

const ledger = async (file: string) => (await readWorkbookFile(file)).snapshot.sheets.find((s) => s.name === '二级单位考核记录')!.values;

test('the book saved by someone else between scoring and writing: --out is made from the bytes scored, its data and its summary agree', async () => {
  const dir = caseDir();
  const book = path.join(dir, 'book.xlsx');
  fs.copyFileSync(bookA, book);
  const out = path.join(dir, 'out.xlsx');
  const r = await run(['summarize', book, '--period', '2026Q3', '--out', out], (line) => {
    if (line.includes('检查并计算')) fs.copyFileSync(bookB, book);
  });
  expect(r.code).toBe(0);
  expect(await ledger(out)).toEqual(await ledger(bookA));
});

test('--in-place when the book was saved meanwhile: refused, the save kept, nothing left behind', async () => {
  const dir = caseDir();
  const book = path.join(dir, 'book.xlsx');
  fs.copyFileSync(bookA, book);
  const r = await run(['summarize', book, '--period', '2026Q3', '--in-place'], (line) => {
    if (line.includes('写入')) fs.copyFileSync(bookB, book);
  });
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/工作簿「.*book\.xlsx」在本次读取之后被修改过.*未写入/);
  expect(sha256(book)).toBe(sha256(bookB));
  expect(fs.readdirSync(dir)).toEqual(['book.xlsx']);
});

test('a second --in-place run on a book being rewritten refuses at once, naming the other run; the first completes', async () => {
  const dir = caseDir();
  const book = path.join(dir, 'book.xlsx');
  fs.copyFileSync(bookA, book);
  let second: Awaited<ReturnType<typeof run>> | null = null;
  let lockSeen = false;
  const first = await run(['summarize', book, '--period', '2026Q3', '--in-place'], async (line) => {
    if (!line.includes('检查并计算')) return;
    lockSeen = fs.existsSync(lockNameFor(book));
    second = await run(['summarize', book, '--period', '2026', '--in-place']);
  });
  expect(lockSeen).toBe(true);
  expect(second!.code).toBe(2);
  expect(second!.stderr).toMatch(/正由另一个 qs-assess 进程\(进程号 \d+\)写入,本次未做任何改动/);
  expect(first.code).toBe(0);
  expect(fs.readdirSync(dir)).toEqual(['book.xlsx']); // the lock is gone with the run
});

test('an output the user saves while the run works is theirs at the rename: the summary copy and the notice are refused, their saves kept', async () => {
  const dir = caseDir();
  const book = path.join(dir, 'book.xlsx');
  fs.copyFileSync(bookA, book);
  // Our own copy from an earlier run: replaceable as it stands when the run begins …
  const out = path.join(dir, 'book.summary.xlsx');
  expect((await run(['summarize', book, '--period', '2026Q3'])).code).toBe(0);
  // … then opened and saved as another workbook while the next run scores.
  const summary = await run(['summarize', book, '--period', '2026Q3'], (line) => {
    if (line.includes('检查并计算')) fs.copyFileSync(bookB, out);
  });
  expect(summary.code).toBe(2);
  expect(summary.stderr).toMatch(/输出文件「.*book\.summary\.xlsx」已存在,且不是本工具生成的汇总工作簿.*--force/);
  expect(sha256(out)).toBe(sha256(bookB));

  const notice = path.join(dir, '通报.docx');
  expect((await run(['notice', book, '--period', '2026Q3', '--out', notice])).code).toBe(0);
  const edited = Buffer.from(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('领导批示:……')] }] })));
  const second = await run(['notice', book, '--period', '2026Q3', '--out', notice], (line) => {
    if (line.includes('检查并计算')) fs.writeFileSync(notice, edited);
  });
  expect(second.code).toBe(2);
  expect(second.stderr).toMatch(/输出文件「.*通报\.docx」已存在,且不是本工具生成的考核通报/);
  expect(fs.readFileSync(notice).equals(edited)).toBe(true);
  expect(fs.readdirSync(dir).sort()).toEqual(['book.summary.xlsx', 'book.xlsx', '通报.docx']);
});

test("a lock left by a killed run (its process gone) is taken over; a live other process's lock is respected", async () => {
  const dir = caseDir();
  const book = path.join(dir, 'book.xlsx');
  fs.copyFileSync(bookA, book);
  fs.writeFileSync(lockNameFor(book), '999999999');
  expect((await run(['summarize', book, '--period', '2026Q3', '--in-place'])).code).toBe(0);
  expect(fs.readdirSync(dir)).toEqual(['book.xlsx']);
  fs.writeFileSync(lockNameFor(book), String(process.ppid));
  const hash = sha256(book);
  const r = await run(['summarize', book, '--period', '2026', '--in-place']);
  expect(r.code).toBe(2);
  expect(sha256(book)).toBe(hash);
  fs.rmSync(lockNameFor(book));
});

test('two real --in-place runs at once (the quarter and the year), six times: never both "written" with one run\'s sheets gone', async () => {
  const runBin = (args: string[]) =>
    new Promise<{ code: number; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('close', (code) => resolve({ code: code ?? -1, stderr }));
    });
  for (let i = 0; i < 6; i++) {
    const dir = caseDir();
    const book = path.join(dir, 'book.xlsx');
    fs.copyFileSync(bigBook, book);
    const [q, y] = await Promise.all([
      runBin(['summarize', book, '--period', '2026Q3', '--in-place']),
      runBin(['summarize', book, '--period', '2026', '--in-place']),
    ]);
    const sheets = (await readWorkbookFile(book)).snapshot.sheets.filter((s) => s.generated).map((s) => s.name);
    for (const [r, name] of [
      [q, '2026年第3季度考核汇总'],
      [y, '2026年度考核汇总'],
    ] as const) {
      expect([0, 2]).toContain(r.code);
      if (r.code === 0) expect(sheets).toContain(name);
      else expect(r.stderr).toMatch(/正由另一个 qs-assess 进程|在本次读取之后被修改过/);
    }
    expect(q.code === 0 || y.code === 0).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['book.xlsx']);
  }
}, 120_000);
