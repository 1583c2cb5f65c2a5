// Attributes in any spelling XML allows (issue 22): another producer writes its rows in the usual
// way but its cells with attributes on new lines, or with single quotes or spaces around `=`. The
// fast scanner used to decide the spelling once per sheet, from its first tag, and then missed
// `t="s"` — shared-string indexes read as numbers (「未知的单位“44”」). Each tag in a rare
// spelling now goes to the real attribute parser.
import * as fs from 'fs';
import * as path from 'path';
import { readSnapshot } from '../../src/xlsx';
import { cli, tempDir } from '../cli/helpers';
import { handBook, sheetXml } from '../helpers/zip-surgery';

const STRINGS = ['城区供电所', 'S01', '路口供电所', 'S02'];
const sst = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${STRINGS.length}" uniqueCount="${STRINGS.length}">${STRINGS.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`;

const spellings: [string, (ref: string, index: number) => string][] = [
  ['attributes on new lines', (ref, i) => `<c r="${ref}"\nt="s"\ns="0"><v>${i}</v></c>`],
  ['attributes on indented new lines', (ref, i) => `<c\n  r="${ref}"\n  t="s"><v>${i}</v></c>`],
  ['a tab between attributes', (ref, i) => `<c r="${ref}"\tt="s"><v>${i}</v></c>`],
  ['single quotes', (ref, i) => `<c r='${ref}' t='s'><v>${i}</v></c>`],
  ['spaces around =', (ref, i) => `<c r = "${ref}" t = "s"><v>${i}</v></c>`],
];

function bookWith(spell: (ref: string, index: number) => string): Uint8Array {
  // The first row is in the usual spelling; the cells after it are not.
  const units = sheetXml([
    ['单位编码', '单位名称', '类别', '第一责任人'],
    [{ xml: spell('$REF', 1) }, { xml: spell('$REF', 0) }, '二级单位', '陈所长'],
    [{ xml: spell('$REF', 3) }, { xml: spell('$REF', 2) }, '二级单位', '刘所长'],
  ]);
  const ledger = sheetXml([
    ['日期', '单位', '来源', '条款', '等级', '事项描述'],
    [{ xml: '<c r="$REF" t="d"><v>2026-07-15</v></c>' }, { xml: spell('$REF', 1) }, '95598工单', '8.4', '一般', '客户投诉'],
  ]);
  return handBook(
    [
      { name: '单位', xml: units },
      { name: '二级单位考核记录', xml: ledger },
    ],
    { sharedStrings: sst },
  );
}

test.each(spellings)('%s: shared strings are strings, wherever the spelling changes', (_, spell) => {
  const sheets = readSnapshot(bookWith(spell)).sheets;
  expect(sheets[0].values.slice(1).map((r) => r.slice(0, 2))).toEqual([
    ['S01', '城区供电所'],
    ['S02', '路口供电所'],
  ]);
  expect(sheets[1].values[1][1]).toBe('S01');
});

test("the command scores such a book under the units' names, not under indexes read as numbers", async () => {
  const dir = tempDir('qs-attrs-');
  try {
    const book = path.join(dir, 'book.xlsx');
    fs.writeFileSync(book, bookWith(spellings[0][1]));
    const r = await cli('summarize', book, '--period', '2026Q3', '--json');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as { units: { code: string; name: string }[] };
    expect(result.units.map((u) => [u.code, u.name]).sort()).toEqual([
      ['S01', '城区供电所'],
      ['S02', '路口供电所'],
    ]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
