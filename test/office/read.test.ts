import { readSnapshot } from '../../src/office/read';
import { WorkbookError } from '../../src/office/errors';
import { OfficeErrorDouble, WEB_PAYLOAD_LIMIT, type Value } from '../doubles/excel-double';
import { newDouble } from '../doubles/host';

const ledgerHeader = ['日期', '单位', '来源', '条款', '等级', '事项描述'];
function ledgerRows(n: number, text = '营业厅未公示最新电价'): Value[][] {
  return [ledgerHeader, ...Array.from({ length: n }, (_, i) => [46204 + (i % 90), `单位${i % 60}`, '公司检查', '7.4', 'L1', text])];
}

describe('readSnapshot', () => {
  test("reads every sheet's used values, with empty cells as null and the used range's position", async () => {
    const { excel, host } = newDouble();
    excel.addSheet('单位', [
      ['单位编码', '单位名称', '类别'],
      ['D01', '办公室', '部门'],
      ['S01', '', '二级单位'],
    ]);
    excel.addSheet('说明', [['见附件'], [null], [12.5, true]], 3, 2); // starts at B3
    const snapshot = await readSnapshot(host);
    expect(snapshot.sheets).toEqual([
      {
        name: '单位',
        top: 1,
        left: 1,
        values: [
          ['单位编码', '单位名称', '类别'],
          ['D01', '办公室', '部门'],
          ['S01', null, '二级单位'],
        ],
      },
      {
        name: '说明',
        top: 3,
        left: 2,
        values: [
          ['见附件', null],
          [null, null],
          [12.5, true],
        ],
      },
    ]);
    expect(excel.syncs).toHaveLength(3);
  });

  test('an empty sheet reads as no values', async () => {
    const { excel, host } = newDouble();
    excel.addSheet('Sheet1');
    const snapshot = await readSnapshot(host);
    expect(snapshot.sheets).toEqual([{ name: 'Sheet1', top: 1, left: 1, values: [] }]);
  });

  test('a sheet marked as generated is flagged and its values are not read', async () => {
    const { excel, host } = newDouble();
    excel.addSheet('部门考核记录', ledgerRows(2));
    excel.addSheet('2026年第3季度考核汇总', [['标题'], ['很多数字']]);
    excel.names.push({ name: 'QSAssess.2026Q3.summary', sheet: '2026年第3季度考核汇总', address: '$A$1' });
    // A user's name that happens to point at A1 of a sheet is not our marker.
    excel.names.push({ name: 'MyName', sheet: '部门考核记录', address: '$A$1' });
    const snapshot = await readSnapshot(host);
    expect(snapshot.sheets[0].generated).toBeUndefined();
    expect(snapshot.sheets[0].values).toHaveLength(3);
    expect(snapshot.sheets[1]).toEqual({ name: '2026年第3季度考核汇总', values: [], top: 1, left: 1, generated: true });
  });

  test('50 sheets × 10,000 rows take the same number of syncs as 2 small sheets', async () => {
    const small = newDouble();
    small.excel.addSheet('单位', [['单位编码'], ['D01']]);
    small.excel.addSheet('部门考核记录', ledgerRows(3));
    await readSnapshot(small.host);

    const big = newDouble();
    for (let s = 0; s < 50; s++) big.excel.addSheet(`单位${s}`, ledgerRows(10_000));
    const snapshot = await readSnapshot(big.host);

    expect(big.excel.syncs.length).toBe(small.excel.syncs.length);
    expect(big.excel.syncs.length).toBe(3);
    expect(snapshot.sheets).toHaveLength(50);
    expect(snapshot.sheets[49].values).toHaveLength(10_001);
    expect(snapshot.sheets[49].values[10_000]).toEqual([
      46204 + (9_999 % 90),
      `单位${9_999 % 60}`,
      '公司检查',
      '7.4',
      'L1',
      '营业厅未公示最新电价',
    ]);
    // Over 30 MB came back in that one values request: only desktop Excel allows that.
    expect(big.excel.syncs[2].responseBytes).toBeGreaterThan(30 * 1024 * 1024);
  });

  test('on Excel on the web the values are split so no response passes 5 MB, and nothing is lost', async () => {
    const desktop = newDouble();
    const web = newDouble({ platform: 'OfficeOnline' });
    for (const { excel } of [desktop, web]) for (let s = 0; s < 12; s++) excel.addSheet(`单位${s}`, ledgerRows(10_000));
    const expected = await readSnapshot(desktop.host);
    const actual = await readSnapshot(web.host);
    expect(JSON.stringify(actual)).toBe(JSON.stringify(expected)); // (deep toEqual is slow on 720,000 cells)
    const total = web.excel.syncs.reduce((n, s) => n + s.responseBytes, 0);
    expect(total).toBeGreaterThan(WEB_PAYLOAD_LIMIT);
    for (const s of web.excel.syncs) expect(s.responseBytes).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
    // 720,000 cells at 100,000 a request: 8 value requests after the 2 that size the sheets.
    expect(web.excel.syncs).toHaveLength(2 + 8);
  });

  test('on the web a wordier workbook than expected is read by halving the request until it fits', async () => {
    const { excel, host } = newDouble({ platform: 'OfficeOnline' });
    const wordy = '客户投诉营业员态度生硬,经核实属实。'.repeat(8); // ~430 bytes a cell
    excel.addSheet('二级单位考核记录', ledgerRows(20_000, wordy));
    const snapshot = await readSnapshot(host);
    expect(snapshot.sheets[0].values).toHaveLength(20_001);
    expect(snapshot.sheets[0].values[20_000][5]).toBe(wordy);
    const failed = excel.syncs.filter((s) => s.responseBytes > WEB_PAYLOAD_LIMIT);
    expect(failed.length).toBeGreaterThan(0); // the first try overflowed …
    const last = excel.syncs[excel.syncs.length - 1];
    expect(last.responseBytes).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT); // … and the retries fit
  });

  test('while the user edits a cell the read fails with a plain instruction', async () => {
    const { excel, host } = newDouble();
    excel.addSheet('单位', [['单位编码']]);
    excel.editMode = true;
    const err = await readSnapshot(host).catch((e) => e);
    expect(err).toBeInstanceOf(WorkbookError);
    expect(err.kind).toBe('edit-mode');
    expect(err.message).toBe('请先退出单元格编辑(按 Enter 或 Esc)再试');
  });
});

describe('the Excel double is strict', () => {
  test('reading a property before load and sync throws PropertyNotLoaded', async () => {
    const { excel } = newDouble();
    excel.addSheet('单位', [['a']]);
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('单位').getUsedRangeOrNullObject(true);
      expect(() => range.values).toThrow(OfficeErrorDouble);
      range.load('values');
      expect(() => range.values).toThrow(/not available/); // loaded but not yet synced
      await context.sync();
      expect(range.values).toEqual([['a']]);
      const other = context.workbook.worksheets.getItem('单位').getUsedRangeOrNullObject(true);
      other.load('address');
      await context.sync();
      expect(() => other.values).toThrow(/'values' is not available/);
    });
  });

  test('a write of the wrong shape fails at sync, like Excel', async () => {
    const { excel } = newDouble();
    excel.addSheet('单位');
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('单位').getRangeByIndexes(0, 0, 2, 2).values = [[1, 2]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});
