/** @jest-environment jsdom */
// The results view against the engine's own Result: what the pane shows after 校验 and 生成 must
// be exactly the numbers the summaries print.
import './setup-dom';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parsePeriod, parseWorkbook, score, type Category, type Result, type Snapshot } from '../../src/engine';
import { sampleSheets } from '../../src/engine/template';
import { App } from '../../src/ui/components/App';
import { chartScale } from '../../src/ui/components/ScoreChart';
import { officeWorkbookHost } from '../../src/office';
import { STRINGS } from '../../src/ui/strings';
import { ExcelDouble, paneState, userEdits } from '../doubles/excel-double';
import { doubleHost } from '../doubles/host';

const s = STRINGS.zh;

function engineResult(period: string): Result {
  const snapshot: Snapshot = { sheets: sampleSheets().map((x) => ({ name: x.name, values: [x.columns.map((c) => c.header), ...x.rows] })) };
  const { model, errors } = parseWorkbook(snapshot);
  expect(errors).toEqual([]);
  return score(model, parsePeriod(period)!);
}

async function paneOverSample() {
  const excel = new ExcelDouble();
  excel.addSheet('Sheet1');
  const host = officeWorkbookHost(doubleHost(excel));
  await host.insertSample();
  const user = userEvent.setup();
  render(<App host={host} env={{ language: 'zh', dark: false }} />);
  await waitFor(() => expect(screen.getByTestId('units').textContent).toContain('18'));
  return { excel, host, user };
}

function rankingRows(): string[][] {
  return within(screen.getByTestId('ranking'))
    .getAllByRole('row')
    .slice(1)
    .map((tr) => [...tr.querySelectorAll('td,th')].map((c) => (c.querySelector('button')?.textContent ?? c.textContent ?? '').trim()));
}

function expectedRows(result: Result, category: Category): string[][] {
  return result.units
    .filter((u) => u.category === category)
    .sort((a, b) => a.rank - b.rank || a.code.localeCompare(b.code))
    .map((u) => [String(u.rank), u.name, String(u.score), u.grade]);
}

describe('results view', () => {
  test('after a clean 校验: ranking per category, totals, flags and chart are the engine’s Result', async () => {
    const { user } = await paneOverSample();
    await user.selectOptions(screen.getByRole('combobox', { name: '季度' }), '3');
    await user.click(screen.getByRole('button', { name: '校验' }));
    const heading = await screen.findByRole('heading', { name: s.resultsTitle('2026 年第 3 季度') });
    await waitFor(() => expect(document.activeElement).toBe(heading)); // focus goes to what the action produced
    const result = engineResult('2026Q3');

    expect(rankingRows()).toEqual(expectedRows(result, '部门'));
    const fines = result.units.reduce((n, u) => n + u.unitFine + u.headFine + u.personFine, 0);
    const complaints = result.units.reduce((n, u) => n + u.complaints, 0);
    expect(screen.getByTestId('totals').textContent).toBe(s.totals(result.events.length, complaints, fines));

    // The chart has one bar per unit of the tab, longer for a higher score.
    const chart = screen.getByTestId('score-chart');
    const bars = [...chart.querySelectorAll('g[data-unit] rect')].map((r) => Number(r.getAttribute('width')));
    const depts = result.units.filter((u) => u.category === '部门').sort((a, b) => a.rank - b.rank || a.code.localeCompare(b.code));
    expect(bars).toHaveLength(depts.length);
    for (let i = 1; i < bars.length; i++) expect(bars[i]).toBeLessThanOrEqual(bars[i - 1]);
    expect(chart.getAttribute('aria-label')).toContain('优秀 95、良好 90、合格 80');

    await user.click(screen.getByRole('tab', { name: '二级单位' }));
    expect(screen.getByRole('tab', { name: '二级单位' }).getAttribute('aria-selected')).toBe('true');
    expect(rankingRows()).toEqual(expectedRows(result, '二级单位'));

    // Flags: 一票否决, 不合格 and open items, exactly on the units the Result says.
    for (const u of result.units.filter((x) => x.category === '二级单位')) {
      const row = within(screen.getByTestId('ranking'))
        .getAllByRole('row')
        .find((tr) => tr.getAttribute('data-unit') === u.code)!;
      expect([u.code, row.textContent!.includes(s.veto)]).toEqual([u.code, u.veto]);
      expect([u.code, row.textContent!.includes(s.openItems(u.openItems))]).toEqual([u.code, u.openItems > 0]);
      expect([u.code, row.textContent!.includes(s.failed)]).toEqual([u.code, u.grade === '不合格']);
    }
  });

  test('selecting a unit lists its events, each a link to its source row', async () => {
    const { excel, user } = await paneOverSample();
    await user.selectOptions(screen.getByRole('combobox', { name: '季度' }), '3');
    await user.click(screen.getByRole('button', { name: '校验' }));
    await screen.findByTestId('results');
    const result = engineResult('2026Q3');
    const unit = result.units.filter((u) => u.category === '部门').sort((a, b) => b.events - a.events)[0];
    const events = result.events.filter((e) => e.unit === unit.code);
    expect(events.length).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: s.showUnit(unit.name) }));
    const box = await screen.findByTestId('unit-events');
    await waitFor(() => expect(document.activeElement).toBe(within(box).getByRole('heading')));
    expect(within(box).getAllByRole('listitem')).toHaveLength(events.length);
    const first = events[0];
    expect(within(box).getAllByRole('listitem')[0].textContent).toContain(`第 ${first.clause} 条`);
    await user.click(within(box).getByRole('button', { name: s.goToRow(first.sheet, first.row) }));
    await waitFor(() => expect(excel.selection).toEqual({ sheet: first.sheet, address: `A${first.row}:XFD${first.row}` }));
  });

  test('a year: the annual scores, Q1–Q4 per unit in the chart and in the unit’s detail', async () => {
    const { user } = await paneOverSample();
    await user.selectOptions(screen.getByRole('combobox', { name: '季度' }), 'year');
    await user.click(screen.getByRole('button', { name: '校验' }));
    await screen.findByRole('heading', { name: s.resultsTitle('2026 年度') });
    const result = engineResult('2026');
    expect(rankingRows()).toEqual(expectedRows(result, '部门'));
    const first = result.units.filter((u) => u.category === '部门').sort((a, b) => a.rank - b.rank || a.code.localeCompare(b.code))[0];
    const group = screen.getByTestId('score-chart').querySelector(`g[data-unit="${first.code}"]`)!;
    expect(group.querySelectorAll('rect')).toHaveLength(4);
    await user.click(screen.getByRole('button', { name: s.showUnit(first.name) }));
    expect((await screen.findByTestId('unit-events')).textContent).toContain(s.unitQuarters(first.quarters!.join(' · ')));
  });

  test('after 生成: the same result, the sheets written, and the generated list with delete', async () => {
    const { excel, user } = await paneOverSample();
    await user.selectOptions(screen.getByRole('combobox', { name: '季度' }), '3');
    await user.click(screen.getByRole('button', { name: '生成 2026 年第 3 季度汇总' }));
    await screen.findByTestId('generated-note');
    expect(rankingRows()).toEqual(expectedRows(engineResult('2026Q3'), '部门'));
    const list = screen.getByTestId('generated');
    expect(within(list).getByText('2026 年第 3 季度')).toBeTruthy();
    await user.click(within(list).getByRole('button', { name: s.deleteLabel('2026 年第 3 季度') }));
    await user.click(within(list).getByRole('button', { name: s.confirm }));
    expect(await screen.findByText(s.deleted('2026 年第 3 季度'))).toBeTruthy();
    expect(excel.sheet('2026年第3季度考核汇总')).toBeUndefined();
    expect(excel.sheet('2026年第3季度扣分明细')).toBeUndefined();
    expect(excel.names.filter((n) => n.name.startsWith('QSAssess.2026Q3'))).toEqual([]);
    expect(within(screen.getByTestId('generated')).getByText(s.noneGenerated)).toBeTruthy();
    // No link to a sheet that is gone.
    expect(screen.queryByTestId('generated-note')).toBeNull();
  });

  test('the period chosen is kept in the document and chosen again next time', async () => {
    const { excel, host, user } = await paneOverSample();
    await user.selectOptions(screen.getByRole('combobox', { name: '季度' }), '2');
    await waitFor(() => expect(paneState(excel).settings.get('QSAssess.period')).toBe('2026Q2'));
    document.body.innerHTML = '';
    render(<App host={host} env={{ language: 'zh', dark: false }} />);
    expect(await screen.findByRole('button', { name: '生成 2026 年第 2 季度汇总' })).toBeTruthy();
  });

  test('an edit after 校验 marks the error list stale', async () => {
    const excel = new ExcelDouble();
    excel.addSheet('单位', [
      ['单位编码', '单位名称', '类别', '第一责任人'],
      ['D01', '营销部', '部门', '黄晓燕'],
    ]);
    excel.addSheet('部门考核记录', [
      ['日期', '单位', '来源', '条款', '等级', '事项描述'],
      [46218, '营销部', '瞎编的来源', '7.4', '轻微', 'x'],
    ]);
    const user = userEvent.setup();
    render(<App host={officeWorkbookHost(doubleHost(excel))} env={{ language: 'zh', dark: false }} />);
    await screen.findByTestId('units');
    await user.click(screen.getByRole('button', { name: '校验' }));
    await screen.findByTestId('errors');
    expect(screen.queryByTestId('stale')).toBeNull();
    userEdits(excel, '部门考核记录', 1, 2, '公司检查');
    expect(await screen.findByText(s.stale)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: s.revalidate }));
    await waitFor(() => expect(screen.queryByTestId('stale')).toBeNull());
    expect(await screen.findByTestId('results')).toBeTruthy();
  });

  test('the chart scale runs from a round number under the lowest score to base + bonus cap', () => {
    const params = { passLine: 80, base: 100, bonusCap: 5 } as Parameters<typeof chartScale>[1];
    expect(chartScale([{ score: 96 } as never], params)).toEqual({ min: 70, max: 105 });
    expect(chartScale([{ score: 42.5 } as never], params)).toEqual({ min: 30, max: 105 });
  });
});
