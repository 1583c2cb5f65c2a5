// The overwrite rules (issue 22, docs/cli.md): an existing output is replaced without --force only
// when it carries the fingerprint of what we wrote and still matches it. Markers alone (a master
// ledger once run with --in-place, a .summary.xlsx the user typed into, a notice edited in Word,
// any PDF) are not enough.
import * as fs from 'fs';
import * as path from 'path';
import { cli, sha256, tempDir } from './helpers';
import { soundBook, writeBook } from '../catalogue/books';
import { provenanceOf, stampPackage, stampPdf } from '../../src/xlsx/node/fingerprint';
import { readWorkbookFile } from '../../src/xlsx/node/read';
import { ZipWriter } from '../../src/xlsx/package/zip-write';
import { parts } from '../helpers/zip-surgery';

let root: string;
let sound: string;
beforeAll(async () => {
  root = tempDir('qs-overwrite-');
  sound = path.join(root, 'sound.xlsx');
  await writeBook(sound, soundBook());
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function caseDir(): string {
  return fs.mkdtempSync(path.join(root, 'case-'));
}

/** The package with one part's text changed, every other part (our fingerprint too) kept: an edit that keeps properties. */
function editPart(file: string, part: RegExp, edit: (xml: string) => string): void {
  const zip = new ZipWriter();
  let done = false;
  for (const [name, data] of parts(fs.readFileSync(file))) {
    if (!done && part.test(name)) {
      zip.add(name, edit(Buffer.from(data).toString('utf8')));
      done = true;
    } else zip.add(name, data);
  }
  if (!done) throw new Error('no such part');
  fs.writeFileSync(file, zip.finish());
}

test('a master ledger once run with --in-place is not replaced by --out from another book', async () => {
  const dir = caseDir();
  const master = path.join(dir, 'master.xlsx');
  const other = path.join(dir, 'other.xlsx');
  fs.copyFileSync(sound, master);
  fs.copyFileSync(sound, other);
  expect((await cli('summarize', master, '--period', '2026Q3', '--in-place')).code).toBe(0);
  const hash = sha256(master);
  const r = await cli('summarize', other, '--period', '2026Q3', '--out', master);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/文件「.*master\.xlsx」已存在,且不是本工具生成的汇总工作簿.*--force/);
  expect(sha256(master)).toBe(hash);
});

test('a .summary.xlsx the user typed into is theirs: refused, explained; unchanged it is replaced; --force replaces either', async () => {
  const dir = caseDir();
  const book = path.join(dir, 'book.xlsx');
  fs.copyFileSync(sound, book);
  const out = path.join(dir, 'book.summary.xlsx');
  expect((await cli('summarize', book, '--period', '2026Q3')).code).toBe(0);
  expect(provenanceOf(out)).toEqual({ kind: 'summary', intact: true });
  // Unchanged: the next run replaces it.
  expect((await cli('summarize', book, '--period', '2026Q3')).code).toBe(0);
  // The user adds a unit on the 单位 sheet of the copy.
  editPart(out, /^xl\/worksheets\/sheet1\.xml$/, (xml) =>
    xml.replace('</sheetData>', '<row r="40"><c r="A40" t="inlineStr"><is><t>S09</t></is></c></row></sheetData>'),
  );
  const hash = sha256(out);
  const r = await cli('summarize', book, '--period', '2026Q3');
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/是本工具生成的汇总工作簿,但此后被修改过.*--force/);
  expect(sha256(out)).toBe(hash);
  expect((await cli('summarize', book, '--period', '2026Q3', '--force')).code).toBe(0);
  expect(provenanceOf(out)).toEqual({ kind: 'summary', intact: true });
  expect((await readWorkbookFile(out)).snapshot.sheets.some((s) => s.generated)).toBe(true);
});

test('a notice edited in Word is not replaced; one left as we wrote it is', async () => {
  const dir = caseDir();
  const book = path.join(dir, 'book.xlsx');
  fs.copyFileSync(sound, book);
  const out = path.join(dir, 'notice.docx');
  expect((await cli('notice', book, '--period', '2026Q3', '--out', out)).code).toBe(0);
  expect(provenanceOf(out)).toEqual({ kind: 'notice', intact: true });
  expect((await cli('notice', book, '--period', '2026Q3', '--out', out)).code).toBe(0);
  editPart(out, /^word\/document\.xml$/, (xml) =>
    xml.replace('</w:body>', '<w:p><w:r><w:t>领导批示:请各单位认真整改。</w:t></w:r></w:p></w:body>'),
  );
  const hash = sha256(out);
  const r = await cli('notice', book, '--period', '2026Q3', '--out', out);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/是本工具生成的考核通报,但此后被修改过/);
  expect(sha256(out)).toBe(hash);
});

test('an existing PDF we did not write (a signed scan) is never replaced without --force, by summarize or notice, before any work', async () => {
  const dir = caseDir();
  const book = path.join(dir, 'book.xlsx');
  fs.copyFileSync(sound, book);
  const pdf = path.join(dir, '签字扫描件.pdf');
  fs.writeFileSync(pdf, '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
  const hash = sha256(pdf);
  for (const args of [
    ['summarize', book, '--period', '2026Q3', '--pdf', pdf],
    ['notice', book, '--period', '2026Q3', '--pdf', pdf],
  ]) {
    const r = await cli(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/签字扫描件\.pdf」已存在,且不是本工具生成的PDF.*--pdf 换一个文件名/);
    expect(sha256(pdf)).toBe(hash);
  }
  expect(fs.readdirSync(dir).sort()).toEqual(['book.xlsx', '签字扫描件.pdf']);
});

test('fingerprints: a PDF stamped is ours until a byte is added (an incremental save); a package until a part changes', () => {
  const dir = caseDir();
  const pdf = path.join(dir, 'a.pdf');
  fs.writeFileSync(pdf, stampPdf(Buffer.from('%PDF-1.4\n%%EOF')));
  expect(provenanceOf(pdf)).toEqual({ kind: 'pdf', intact: true });
  fs.appendFileSync(pdf, '1 0 obj<<>>endobj\n%%EOF\n');
  expect(provenanceOf(pdf)).toEqual({ kind: 'pdf', intact: false }); // ours, but changed since
  const stamped = path.join(dir, 'b.xlsx');
  fs.writeFileSync(stamped, stampPackage(fs.readFileSync(sound), 'summary'));
  expect(provenanceOf(stamped)).toEqual({ kind: 'summary', intact: true });
  // Stamping twice keeps one property and the user's own.
  fs.writeFileSync(stamped, stampPackage(fs.readFileSync(stamped), 'summary'));
  const custom = Buffer.from(parts(fs.readFileSync(stamped)).find(([n]) => n === 'docProps/custom.xml')![1]).toString();
  expect(custom.match(/QSAssess\.Fingerprint/g)).toHaveLength(1);
  expect(provenanceOf(sound)).toBeNull();
});
