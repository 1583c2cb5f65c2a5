/** @jest-environment jsdom */
// The row view: where an error is when there is no Excel to jump to — the offending row's cells
// under their column letters, the sheet's first row and the rows around it, the cell marked,
// dates shown as dates, cell text as text.
import '../ui/setup-dom';
import { render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { SheetSnapshot } from '../../src/engine';
import { RowView } from '../../src/web/components/RowView';
import { pageStrings } from '../../src/web/strings';

const ledger: SheetSnapshot = {
  name: '二级单位考核记录',
  top: 1,
  left: 1,
  values: [
    ['日期', '单位', '来源', '条款', '等级', '事项描述'],
    [46218, '城区供电所', '95598工单', '8.4', '一般', '超时'],
    [46219, '不存在的供电所', '来信来访', '8.3', '一般', '<b>态度</b>'],
    [46220, '路口供电所', '公司检查', '13.2', '轻微', '记录不全'],
    [46221, '陶店供电所', '公司检查', '13.2', '轻微', '记录不全'],
  ],
};

function show(sheet: SheetSnapshot | null, row: number | null, column: number | null) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <RowView location={{ sheet: '二级单位考核记录', row, column }} sheet={sheet} strings={pageStrings('zh')} onClose={() => undefined} />
    </FluentProvider>,
  );
}

describe('the row view', () => {
  it('shows the header row, the offending row between its neighbours, and marks the cell', () => {
    const { container } = show(ledger, 3, 2);
    expect(screen.getByRole('heading').textContent).toBe('「二级单位考核记录」中的位置:第 3 行,B 列');
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    // Column letters, then sheet rows 1 (headers), 2, 3, 4 — row 5 is not shown.
    expect(rows.map((r) => r.querySelector('th')?.textContent)).toEqual(['行', '1', '2', '3', '4']);
    expect(container.querySelector('[data-hit="true"]')?.textContent).toBe('不存在的供电所');
    expect(container.querySelector('[aria-current="true"] th')?.textContent).toBe('3');
  });

  it('shows dates under a 日期 header as dates, and cell text as text', () => {
    show(ledger, 3, 2);
    expect(screen.getByText('2026-07-16')).toBeTruthy();
    expect(screen.getByText('<b>态度</b>')).toBeTruthy();
  });

  it('puts a gap between the header and a row far below it', () => {
    const long: SheetSnapshot = { ...ledger, values: [...ledger.values, ...Array.from({ length: 20 }, () => ledger.values[1])] };
    show(long, 20, 1);
    const heads = within(screen.getByRole('table'))
      .getAllByRole('row')
      .map((r) => r.querySelector('th')?.textContent ?? '');
    expect(heads).toEqual(['行', '1', '19', '20', '21']);
    expect(screen.getByText('⋮')).toBeTruthy();
  });

  it('says so when the sheet does not exist', () => {
    show(null, 3, 2);
    expect(screen.getByRole('status').textContent).toBe('工作簿中没有名为「二级单位考核记录」的工作表。');
  });
});
