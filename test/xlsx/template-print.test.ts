// The sample as our template writer draws it (src/xlsx/writer/template.ts), opened and printed by
// LibreOffice: a word from each kind of sheet is on the pages. An integration suite (jest.config.js).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { sampleSheets } from '../../src/engine/template';
import { writeTemplateWorkbook } from '../../src/xlsx';
import { convertToPdf } from '../../src/cli/pdf';
import { officeTools } from '../helpers/office-tools';

let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qs-tpl-print-'))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const office = officeTools('LibreOffice opening the sample', ['pdftotext']);
(office.run ? test : test.skip)(
  'LibreOffice opens the sample and prints its sheets',
  async () => {
    const file = path.join(dir, 'sample-lo.xlsx');
    fs.writeFileSync(file, writeTemplateWorkbook(sampleSheets()));
    const pdf = path.join(dir, 'sample-lo.pdf');
    await convertToPdf(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    // A word from each kind of sheet: 单位, a ledger, 考核条款, 处罚标准.
    const missing = ['单位编码', '城区供电所', '事项描述', '考核内容', '直接责任人罚款'].filter((w) => !text.includes(w));
    expect(missing).toEqual([]);
  },
  120_000,
);
