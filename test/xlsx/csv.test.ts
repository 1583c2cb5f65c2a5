// CSV decoding for the import (SPEC §9): encodings detected, quoted commas and line breaks.
import { decodeCsvBytes, detectDelimiter, parseCsv, readCsv } from '../../src/xlsx/csv';
import { encodeGbk } from '../helpers/gbk';

const TEXT = '日期,责任单位,工单内容\r\n2026-07-15,城区供电所,"客户反映:电压低,灯闪"\r\n';

describe('encodings', () => {
  test('UTF-8 with and without BOM; GBK without BOM is detected as GB18030', () => {
    const utf8 = new TextEncoder().encode(TEXT);
    expect(decodeCsvBytes(utf8)).toEqual({ text: TEXT, encoding: 'UTF-8' });
    expect(decodeCsvBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text: TEXT, encoding: 'UTF-8 (BOM)' });
    const gbk = encodeGbk(TEXT);
    expect(gbk.length).toBeLessThan(utf8.length); // two bytes a character, not three: really GBK
    expect(decodeCsvBytes(gbk)).toEqual({ text: TEXT, encoding: 'GB18030' });
  });

  test('UTF-16 with its BOM (Excel’s “Unicode text”)', () => {
    const s = '日期\t单位\n';
    const le = new Uint8Array(2 + s.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < s.length; i++) le.set([s.charCodeAt(i) & 0xff, s.charCodeAt(i) >> 8], 2 + i * 2);
    expect(decodeCsvBytes(le)).toEqual({ text: s, encoding: 'UTF-16LE' });
  });
});

describe('parsing', () => {
  test('quoted commas, quotes and line breaks inside a cell; CRLF, LF and CR; empty cells are null', () => {
    const rows = parseCsv('a,b,c\r\n1,"x, ""y""\r\nz",\n2,,3\r4,"",="007"\n');
    expect(rows).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, "y"\r\nz', null],
      ['2', null, '3'],
      ['4', null, '007'],
    ]);
  });

  test('the delimiter is what the header line uses: comma, tab or semicolon', () => {
    expect(detectDelimiter('a\tb\tc\n1,2\t3')).toBe('\t');
    expect(detectDelimiter('"a;b",c;d;e\n')).toBe(';');
    expect(parseCsv('a\tb\n1\t"2\t3"')).toEqual([
      ['a', 'b'],
      ['1', '2\t3'],
    ]);
  });

  test('a number stays text (a ticket keeps every digit); a missing final newline is fine', () => {
    const { snapshot, encoding } = readCsv(new TextEncoder().encode('工单编号,日期\n2026071500001234567,46218'), '导出');
    expect(encoding).toBe('UTF-8');
    expect(snapshot.sheets[0]).toEqual({
      name: '导出',
      values: [
        ['工单编号', '日期'],
        ['2026071500001234567', '46218'],
      ],
    });
  });
});
