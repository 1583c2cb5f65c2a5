// SPEC §10's scenario on real files, through the command: publish 2026Q2 on the sample, change one
// Q2 row, and every read warns with the unit, the numbers and the row; regenerating Q2 is refused
// without --republish; Q3's 上季度得分 keeps the published value; a republish is recorded.
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { parsePeriod, parseWorkbook, readPublishRecord, score, PUBLISH_SHEET, type Snapshot } from '../../src/engine';
import { readWorkbookFile } from '../../src/xlsx/node/read';
import { cli, sha256, tempDir } from './helpers';

jest.setTimeout(120_000);

let dir: string;
let book: string;
beforeAll(async () => {
  dir = tempDir('qs-publish-');
  book = path.join(dir, '考核2026.xlsx');
  expect((await cli('init', book, '--sample')).code).toBe(0);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const snapshotOf = async (file: string): Promise<Snapshot> => (await readWorkbookFile(file)).snapshot;

function scoreOf(snapshot: Snapshot, period: string, unit: string): number {
  const { model } = parseWorkbook(snapshot);
  return score(model, parsePeriod(period)!).units.find((u) => u.name === unit)!.score;
}

/** Changes the first Q2 row of the sub-units' ledger to 条款 9.1, 等级 较大; returns its row, unit and old clause. */
async function editQ2Row(file: string): Promise<{ row: number; unit: string; clause: string }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('二级单位考核记录')!;
  const header = ws.getRow(1).values as unknown[];
  const col = (h: string) => header.indexOf(h);
  for (let r = 2; r <= ws.rowCount; r++) {
    const d = ws.getCell(r, col('日期')).value;
    const clause = String(ws.getCell(r, col('条款')).value);
    const level = String(ws.getCell(r, col('等级')).value);
    if (d instanceof Date && d.getUTCMonth() >= 3 && d.getUTCMonth() <= 5 && clause !== '9.1' && level === '一般') {
      ws.getCell(r, col('条款')).value = '9.1';
      ws.getCell(r, col('等级')).value = '较大';
      await wb.xlsx.writeFile(file);
      return { row: r, unit: String(ws.getCell(r, col('单位')).value), clause };
    }
  }
  throw new Error('no Q2 row of level 一般 in the sample');
}

describe('publish, change, refuse, republish (SPEC §10 on the sample)', () => {
  let published: number; // the edited unit's published Q2 score
  let edited: { row: number; unit: string; clause: string };

  test('publish 2026Q2 records the results in a protected 发布记录 sheet of ours; publishing again changes nothing', async () => {
    const r = await cli('publish', book, '--period', '2026Q2', '--in-place');
    expect(r.stderr).not.toContain('错误');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('已发布2026年第2季度的考核结果');
    const snap = await snapshotOf(book);
    const sheet = snap.sheets.find((s) => s.name === PUBLISH_SHEET)!;
    expect(sheet.generated).toBe(true); // marked as ours, so the parser never reads it as data
    const record = readPublishRecord(snap);
    expect(record.warnings).toEqual([]);
    expect(record.entries).toHaveLength(1);
    const [entry] = record.entries;
    const { model } = parseWorkbook(snap);
    const now = score(model, parsePeriod('2026Q2')!);
    expect(entry).toMatchObject({ period: '2026Q2', seq: 1, reason: '' });
    expect(entry.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(entry.units.map((u) => [u.code, u.score, u.grade, u.rank, u.unitFine, u.headFine, u.personFine])).toEqual(
      now.units.map((u) => [u.code, u.score, u.grade, u.rank, u.unitFine, u.headFine, u.personFine]),
    );
    expect(entry.people.map((p) => p.fine)).toEqual(now.people.map((p) => p.fine));
    expect(entry.events).toHaveLength(now.events.length);
    // Protected without a password, in the file itself.
    const zip = await JSZip.loadAsync(fs.readFileSync(book));
    const sheets = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))
        .map((n) => zip.file(n)!.async('string')),
    );
    const ours = sheets.filter((x) => x.includes('<sheetProtection'));
    expect(ours).toHaveLength(1);
    expect(ours[0]).not.toMatch(/password/i);

    const hash = sha256(book);
    const again = await cli('publish', book, '--period', '2026Q2', '--in-place');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('结果没有变化,无需重新发布');
    expect(sha256(book)).toBe(hash);
  });

  test('after one Q2 row changes, validate names the unit, the numbers before → after and the row', async () => {
    const before = await snapshotOf(book);
    edited = await editQ2Row(book);
    const after = await snapshotOf(book);
    const unitName = parseWorkbook(after).model.units.find((u) => u.code === edited.unit || u.name === edited.unit)!.name;
    published = scoreOf(before, '2026Q2', unitName);
    const now = scoreOf(after, '2026Q2', unitName);
    expect(now).not.toBe(published);
    const r = await cli('validate', book);
    expect(r.code).toBe(0); // a warning, not an error
    expect(r.stderr).toContain(`已发布的2026年第2季度结果将改变:${unitName} 得分 ${published.toFixed(2)} → ${now.toFixed(2)}`);
    expect(r.stderr).toContain(`「二级单位考核记录」第 ${edited.row} 行 条款 ${edited.clause} → 9.1,等级 一般 → 较大`);
    edited.unit = unitName;
  });

  test('regenerating Q2 (summary or notice) is refused with exit 2 and writes nothing; Q3 is not blocked', async () => {
    const out = path.join(dir, 'q2.xlsx');
    const r = await cli('summarize', book, '--period', '2026Q2', '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--republish --reason');
    expect(fs.existsSync(out)).toBe(false);
    const docx = path.join(dir, 'q2.docx');
    const n = await cli('notice', book, '--period', '2026Q2', '--out', docx);
    expect(n.code).toBe(2);
    expect(fs.existsSync(docx)).toBe(false);
    const usage = await cli('summarize', book, '--period', '2026Q2', '--republish');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--reason');
  });

  test('Q3’s 上季度得分 keeps the published value, and its note says so', async () => {
    const out = path.join(dir, 'q3.xlsx');
    const r = await cli('summarize', book, '--period', '2026Q3', '--out', out);
    expect(r.code).toBe(0);
    const sheet = (await snapshotOf(out)).sheets.find((s) => s.name === '2026年第3季度考核汇总')!;
    const header = sheet.values[2];
    const row = sheet.values.find((v) => v[1] === edited.unit)!;
    expect(row[header.indexOf('上季度得分')]).toBe(published);
    expect(sheet.values.some((v) => typeof v[0] === 'string' && v[0].includes('发布的结果'))).toBe(true);
  });

  test('--republish --reason regenerates Q2 and records a second entry with the reason; the warning is gone', async () => {
    const r = await cli('summarize', book, '--period', '2026Q2', '--in-place', '--republish', '--reason', '更正条款');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('已重新发布(第 2 次发布,原因:更正条款)');
    const record = readPublishRecord(await snapshotOf(book));
    expect(record.entries.map((e) => [e.period, e.seq, e.reason])).toEqual([
      ['2026Q2', 1, ''],
      ['2026Q2', 2, '更正条款'],
    ]);
    const v = await cli('validate', book);
    expect(v.stderr).not.toContain('已发布的');
  });

  test('notice --republish --reason writes the notice and records the republish in the workbook itself', async () => {
    await editQ2Row(book); // another Q2 row changes after the second publication
    const docx = path.join(dir, 'q2-notice.docx');
    const refused = await cli('notice', book, '--period', '2026Q2', '--out', docx);
    expect(refused.code).toBe(2);
    expect(fs.existsSync(docx)).toBe(false);
    const r = await cli('notice', book, '--period', '2026Q2', '--out', docx, '--republish', '--reason', '再次更正');
    expect(r.code).toBe(0);
    expect(fs.existsSync(docx)).toBe(true);
    expect(r.stdout).toContain('已重新发布(第 3 次发布,原因:再次更正)');
    const record = readPublishRecord(await snapshotOf(book));
    expect(record.entries.map((e) => [e.seq, e.reason])).toEqual([
      [1, ''],
      [2, '更正条款'],
      [3, '再次更正'],
    ]);
  });
});
