// Issue 17 item 1: 工单编号 unique across every event sheet, and the optional 别名 column of 单位.
import { parseWorkbook } from '../../src/engine/parse';
import { defaultUnits, event, workbook } from '../helpers/snapshot';

describe('工单编号', () => {
  test('a filled ticket is carried on the event; blank is fine and may repeat', () => {
    const { model, errors } = parseWorkbook(
      workbook({ events: [event({ 工单编号: ' 2026071500001 ' }), event({ 工单编号: null }), event({ 工单编号: '' })] }),
    );
    expect(errors).toEqual([]);
    expect(model.events.map((e) => e.ticket)).toEqual(['2026071500001', undefined, undefined]);
  });

  test('a duplicate on the same ledger is an error at the later row naming the first', () => {
    const { model, errors } = parseWorkbook(
      workbook({ events: [event({ 工单编号: 'GD-001' }), event({ 工单编号: 'gd-001' }), event({ 工单编号: 'GD-002' })] }),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ sheet: '二级单位考核记录', row: 3, column: 7, header: '工单编号' });
    expect(errors[0].message).toMatch(/工单编号“gd-001”与第 2 行重复/);
    expect(model.events.map((e) => e.row)).toEqual([2, 4]);
  });

  test('across ledgers, and a number cell equals its text: the message names the other sheet and row', () => {
    const { errors } = parseWorkbook(
      workbook({
        events: [event({ 单位: 'D01', 工单编号: 2026071500001 }), event({ 单位: 'S01', 工单编号: '2026071500001' })],
      }),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ sheet: '二级单位考核记录', row: 2, header: '工单编号' });
    expect(errors[0].message).toContain('与「部门考核记录」第 2 行重复');
  });
});

describe('别名 of 单位', () => {
  test('split by 、 and commas (full or half width), kept on the unit; optional', () => {
    const units = defaultUnits().map((u) => ({ ...u, 别名: u.单位编码 === 'S01' ? '城区所、 城区站,城区供电所(老) ；黄州城区' : null }));
    const { model, errors } = parseWorkbook(workbook({ units, events: [event()] }));
    expect(errors).toEqual([]);
    expect(model.units.find((u) => u.code === 'S01')!.aliases).toEqual(['城区所', '城区站', '城区供电所(老)', '黄州城区']);
    expect(model.units.find((u) => u.code === 'S02')!.aliases).toBeUndefined();
  });

  test('an alias that is another unit’s name, code or alias is an error at its cell', () => {
    const units = defaultUnits().map((u) => ({
      ...u,
      别名: u.单位编码 === 'S01' ? '城区所' : u.单位编码 === 'S02' ? '城区所、客户服务中心、d01' : null,
    }));
    const { errors } = parseWorkbook(workbook({ units, events: [event()] }));
    expect(errors.map((e) => [e.sheet, e.row, e.header])).toEqual([
      ['单位', 6, '别名'],
      ['单位', 6, '别名'],
      ['单位', 6, '别名'],
    ]);
    expect(errors.map((e) => e.message.split(':')[0])).toEqual([
      '别名“城区所”已是单位「城区供电所」的名称、编码或别名',
      '别名“客户服务中心”已是单位「客户服务中心」的名称、编码或别名',
      '别名“d01”已是单位「办公室」的名称、编码或别名',
    ]);
  });

  test('an alias is not accepted in a 单位 cell of a ledger (imports only, SPEC §1.5)', () => {
    const units = defaultUnits().map((u) => ({ ...u, 别名: u.单位编码 === 'S01' ? '城区所' : null }));
    const { errors } = parseWorkbook(workbook({ units, events: [event({ 单位: '城区所' })] }));
    expect(errors.map((e) => e.header)).toEqual(['单位']);
  });
});
