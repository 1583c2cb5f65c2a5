// LibreOffice on the record across quarters (SPEC §10): a workbook holding the protected 发布记录
// opens and prints in another spreadsheet program, and Q3's printed summary carries the published
// 上季度得分 note and the 历史未闭环事项 list. Needs soffice and pdftotext (CI: must run).
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { convertToPdf } from '../../src/cli/pdf';
import { officeTools } from '../helpers/office-tools';
import { cli, tempDir } from './helpers';

const { run } = officeTools('publish print tests', ['pdftotext']);
const maybe = run ? describe : describe.skip;
jest.setTimeout(240_000);

const text = (pdf: string) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ');

maybe('printing with a 发布记录', () => {
  let dir: string;
  let book: string;
  beforeAll(async () => {
    dir = tempDir('qs-publish-print-');
    book = path.join(dir, '考核2026.xlsx');
    expect((await cli('init', book, '--sample')).code).toBe(0);
    expect((await cli('publish', book, '--period', '2026Q2', '--in-place')).code).toBe(0);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('the published workbook opens and prints in LibreOffice, the protected record included', async () => {
    const pdf = path.join(dir, 'book.pdf');
    await convertToPdf(book, pdf);
    expect(text(pdf)).toContain('发布记录(由 QS Assess 在发布结果时写入');
  });

  test('Q3’s printed summary names its published reference and lists the items still open', async () => {
    const pdf = path.join(dir, 'q3.pdf');
    const r = await cli('summarize', book, '--period', '2026Q3', '--out', path.join(dir, 'q3.xlsx'), '--pdf', pdf);
    expect(r.code).toBe(0);
    const t = text(pdf).replace(/\s+/g, ''); // notes wrap across lines
    expect(t).toMatch(/上季度得分为2026年第2季度的得分.取\d{4}-\d{2}-\d{2}发布的结果/);
    expect(t).toMatch(/历史未闭环事项[:：]以往季度发生、截至2026年9月30日仍未闭环的事项共\d+项/);
  });
});
