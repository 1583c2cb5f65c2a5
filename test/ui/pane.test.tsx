/** @jest-environment jsdom */
import './setup-dom';
import { readFileSync } from 'fs';
import { join } from 'path';
import { createRoot } from 'react-dom/client';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/ui/components/App';
import * as overviewCard from '../../src/ui/components/OverviewCard';
import { officeWorkbookHost, WorkbookError } from '../../src/office';
import type { WorkbookHost } from '../../src/ui/host';
import { ExcelDouble, hyperlinksOf, type Value } from '../doubles/excel-double';
import { doubleHost } from '../doubles/host';
import type { PaneEnv } from '../../src/ui/env';
import { STRINGS } from '../../src/ui/strings';
import { loadLook } from '../../src/ui/look';

const zhText = STRINGS.zh;

const zh: PaneEnv = { language: 'zh', dark: false };

async function sampleWorkbook(): Promise<{ excel: ExcelDouble; host: WorkbookHost }> {
  const excel = new ExcelDouble();
  excel.addSheet('Sheet1');
  const host = officeWorkbookHost(doubleHost(excel));
  await host.insertSample();
  excel.resetSyncs();
  return { excel, host };
}

function renderPane(host: WorkbookHost, env: PaneEnv = zh) {
  const user = userEvent.setup();
  const view = render(<App host={host} env={env} today={() => new Date(2026, 11, 4)} />);
  return { user, ...view };
}

// The English words and the dark theme are chunks of their own; mountPane loads them before the
// first render, as this does (a pane rendered before they are in shows once they are: look.test.tsx).
beforeAll(() => loadLook({ language: 'en', dark: true }));

describe('task pane', () => {
  test('an empty workbook: says what is missing and offers the template and the sample', async () => {
    const excel = new ExcelDouble();
    excel.addSheet('Sheet1');
    renderPane(officeWorkbookHost(doubleHost(excel)));
    // First run: the template and the sample are the main (primary) actions, on top; no 生成 yet.
    const firstRun = await screen.findByTestId('first-run');
    expect(within(firstRun).getByText(zhText.firstRunText)).toBeTruthy();
    expect(screen.getByTestId('units').textContent).toBe('单位 0 个(部门 0,二级单位 0)');
    expect(screen.getByText('尚无考核记录表')).toBeTruthy();
    expect(screen.getByText('考核条款:内置默认')).toBeTruthy();
    for (const name of ['新建模板', '插入示例数据']) {
      expect(within(firstRun).getByRole('button', { name }).className).toContain('fui-Button');
    }
    expect(screen.queryByRole('button', { name: /^生成/ })).toBeNull();
  });

  test('a clerk’s own ledger is never called empty: the engine’s explanation is shown, unfolded (issue 17)', async () => {
    const excel = new ExcelDouble();
    excel.addSheet('2026年三季度考核', [
      ['日期', '单位', '问题', '扣分', '罚款'],
      ['2026-07-15', '城区供电所', '装表接电超时', 2, 200],
      ['2026-08-03', '营销部', '业扩报装督导不力', 1, 0],
    ]);
    renderPane(officeWorkbookHost(doubleHost(excel)));
    const firstRun = await screen.findByTestId('first-run');
    expect(within(firstRun).queryByText(zhText.firstRunText)).toBeNull();
    expect(within(firstRun).getByText(zhText.unreadData)).toBeTruthy();
    const unread = screen.getByTestId('unread-sheets');
    expect(unread.textContent).toContain('「2026年三季度考核」有 2 行数据,未读取');
    expect(unread.textContent).toContain('已有「日期」「单位」;「问题」可作「事项描述」;缺少「来源」「条款」「等级」');
  });

  test('inserting the sample from the pane creates the sheets and shows what was found', async () => {
    const excel = new ExcelDouble();
    excel.addSheet('Sheet1');
    const { user } = renderPane(officeWorkbookHost(doubleHost(excel)));
    await screen.findByTestId('first-run');
    await user.click(screen.getByRole('button', { name: '插入示例数据' }));
    expect(await screen.findByText(/^已创建:单位、部门考核记录、二级单位考核记录/)).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('units').textContent).toBe('单位 18 个(部门 8,二级单位 10)'));
    expect(excel.sheet('部门考核记录')).toBeDefined();
    // The next step, with a link to the sheet; the period and 生成 are now on top.
    expect(screen.getByText(zhText.nextAfterSample)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: zhText.openToLook('部门考核记录') }));
    await waitFor(() => expect(excel.activeSheet).toBe('部门考核记录'));
    expect(screen.queryByTestId('first-run')).toBeNull();
    expect(screen.getByRole('button', { name: /^生成 2026 年第 3 季度汇总$/ })).toBeTruthy();
  });

  test('a clean workbook: overview, then 校验 reports no errors', async () => {
    const { host } = await sampleWorkbook();
    const { user } = renderPane(host);
    await waitFor(() => expect(screen.getByTestId('units').textContent).toBe('单位 18 个(部门 8,二级单位 10)'));
    const sheets = within(screen.getByTestId('event-sheets'))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(sheets).toEqual(['部门考核记录:56 行', '二级单位考核记录:244 行']);
    expect(
      within(screen.getByTestId('rules'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['考核条款:工作簿中的表', '处罚标准:工作簿中的表', '考核参数:工作簿中的表']);
    expect(screen.getByTestId('calendar').textContent).toBe('节假日日历:覆盖 2026 年');
    await user.click(screen.getByRole('button', { name: '校验' }));
    expect(await screen.findByText('校验通过:18 个单位,300 条记录,没有发现错误。')).toBeTruthy();
  });

  test('errors are grouped by sheet, and each link selects the bad cell', async () => {
    const excel = new ExcelDouble();
    excel.addSheet('单位', [
      ['单位编码', '单位名称', '类别', '第一责任人'],
      ['D01', '营销部', '部门', '黄晓燕'],
      ['S01', '城区供电所', '供电所', '孙伟'],
    ]);
    const rows: Value[][] = [
      ['日期', '单位', '来源', '条款', '等级', '事项描述'],
      [46218, '营销部', '公司检查', '7.4', '轻微', '未公示电价'],
      ['2026-13-45', '营销部', '公司检查', '7.4', '轻微', '日期写错'],
      [46219, '不存在的部门', '公司检查', '99.9', '轻微', '单位和条款都不对'],
    ];
    excel.addSheet('部门考核记录', rows);
    const { user } = renderPane(officeWorkbookHost(doubleHost(excel)));
    await screen.findByTestId('units');
    await user.click(screen.getByRole('button', { name: '校验' }));
    const title = await screen.findByText(/^发现 \d+ 处错误,修正后才能生成汇总$/);
    const n = Number(/\d+/.exec(title.textContent!)![0]);
    expect(n).toBeGreaterThanOrEqual(4);
    const unitsGroup = screen.getByRole('heading', { name: '「单位」1 处' });
    expect(unitsGroup).toBeTruthy();
    expect(screen.getByRole('heading', { name: new RegExp(`^「部门考核记录」${n - 1} 处$`) })).toBeTruthy();
    expect(zhText.where(3, 'C', '类别')).toBe('第 3 行 C 列(类别)');
    const link = screen.getByRole('button', { name: (n) => n.startsWith(zhText.goTo(zhText.where(3, 'C', '类别'))) });
    await user.click(link);
    await waitFor(() => expect(excel.selection).toEqual({ sheet: '单位', address: 'C3' }));
    await user.click(screen.getByRole('button', { name: (n) => n.startsWith(zhText.goTo(zhText.where(3, 'A', '日期'))) }));
    await waitFor(() => expect(excel.selection).toEqual({ sheet: '部门考核记录', address: 'A3' }));
  });

  test('写入错误清单 writes the list to a marked sheet whose rows link to the cells; the next list replaces it', async () => {
    const excel = new ExcelDouble();
    excel.addSheet('单位', [
      ['单位编码', '单位名称', '类别', '第一责任人'],
      ['D01', '营销部', '部门', '黄晓燕'],
    ]);
    excel.addSheet('部门考核记录', [
      ['日期', '单位', '来源', '条款', '等级', '事项描述'],
      ['2026-13-45', '营销部', '公司检查', '7.4', '轻微', '日期写错'],
      [46219, '营销部', '公司检查', '99.9', '轻微', '条款不对'],
    ]);
    const { user } = renderPane(officeWorkbookHost(doubleHost(excel)));
    await screen.findByTestId('units');
    await user.click(screen.getByRole('button', { name: '校验' }));
    await screen.findByTestId('errors');
    await user.click(screen.getByRole('button', { name: zhText.writeErrorList }));
    expect(await screen.findByText(zhText.errorListWritten('校验错误清单'))).toBeTruthy();
    const list = excel.sheet('校验错误清单')!;
    const values = excel.valuesOf('校验错误清单');
    const header = values[2];
    expect(header).toEqual(['序号', '工作表', '行', '列', '表头', '单元格内容', '问题与改法', '位置']);
    expect(values.slice(3, 5).map((r) => [r[1], r[2], r[3]])).toEqual([
      ['部门考核记录', 2, 'A'],
      ['部门考核记录', 3, 'D'],
    ]);
    expect([...hyperlinksOf(list)]).toEqual([
      ['H4', { sheet: '部门考核记录', cell: 'A2', text: '转到 A2' }],
      ['H5', { sheet: '部门考核记录', cell: 'D3', text: '转到 D3' }],
    ]);
    expect(excel.names.map((n) => n.name)).toContain('QSAssess.errors');
    // The list is ours: written again, it replaces itself; it is never read as input.
    await user.click(screen.getByRole('button', { name: '校验' }));
    await user.click(await screen.findByRole('button', { name: zhText.writeErrorList }));
    await waitFor(() => expect(excel.sheets.filter((x) => x.name === '校验错误清单')).toHaveLength(1));
    expect(screen.getByRole('heading', { name: /^「部门考核记录」2 处$/ })).toBeTruthy();
  });

  test('generating: disabled with the reason while the workbook has errors, and nothing written', async () => {
    const excel = new ExcelDouble();
    excel.addSheet('单位', [
      ['单位编码', '单位名称', '类别', '第一责任人'],
      ['D01', '营销部', '部门', ''],
    ]);
    excel.addSheet('部门考核记录', [
      ['日期', '单位', '来源', '条款', '等级', '事项描述'],
      [46218, '营销部', '瞎编的来源', '7.4', '轻微', 'x'],
    ]);
    const { user } = renderPane(officeWorkbookHost(doubleHost(excel)));
    await screen.findByTestId('units');
    const generate = screen.getByRole('button', { name: /^生成 \d{4} 年第 \d 季度汇总$/ });
    expect(generate).toHaveProperty('disabled', true);
    expect(screen.getByTestId('generate-blocked').textContent).toMatch(/^工作簿中有 1 处错误,修正后才能生成。点「校验」查看/);
    expect(generate.getAttribute('aria-describedby')).toBe('qs-generate-blocked');
    await user.click(screen.getByRole('button', { name: '校验' }));
    expect(await screen.findByText(/^发现 \d+ 处错误/)).toBeTruthy();
    expect(excel.sheets.map((s) => s.name)).toEqual(['单位', '部门考核记录']);
  });

  test('generating: progress while writing, then a link to the new sheet', async () => {
    const { excel, host } = await sampleWorkbook();
    let finish!: () => void;
    const gate = new Promise<void>((r) => (finish = r));
    const slow: WorkbookHost = {
      ...host,
      renderPlans: async (plans, onProgress) => {
        onProgress?.(1, 2);
        await gate;
        const outcome = await host.renderPlans(plans);
        onProgress?.(2, 2);
        return outcome;
      },
    };
    const { user } = renderPane(slow);
    await waitFor(() => expect(screen.getByTestId('units').textContent).toContain('18'));
    expect((screen.getByRole('combobox', { name: '年度' }) as HTMLSelectElement).value).toBe('2026');
    await user.selectOptions(screen.getByRole('combobox', { name: '季度' }), '3');
    await user.click(screen.getByRole('button', { name: '生成 2026 年第 3 季度汇总' }));
    expect(await screen.findByText('写入工作表(1/2)')).toBeTruthy();
    // The phase is announced: it sits in a polite live region.
    expect(screen.getByTestId('progress').getAttribute('aria-live')).toBe('polite');
    expect(screen.getByRole('progressbar')).toBeTruthy();
    expect(screen.getByRole('button', { name: '校验' }).hasAttribute('disabled')).toBe(true);
    await act(async () => finish());
    expect(await screen.findByText(/^已生成 3 张工作表/)).toBeTruthy(); // 考核汇总, 扣分明细, 个人罚款
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(excel.sheet('2026年第3季度考核汇总')).toBeDefined();
    excel.activeSheet = '单位';
    // The sheets written are listed under the result, and in the list of generated summaries.
    await user.click(within(screen.getByTestId('generated-note')).getByRole('button', { name: '打开「2026年第3季度扣分明细」' }));
    await waitFor(() => expect(excel.activeSheet).toBe('2026年第3季度扣分明细'));
  });

  test('the annual summary uses the chosen year', async () => {
    const { excel, host } = await sampleWorkbook();
    const { user } = renderPane(host);
    await waitFor(() => expect(screen.getByTestId('units').textContent).toContain('18'));
    await user.selectOptions(screen.getByRole('combobox', { name: '季度' }), 'year');
    // One way to the annual summary: the same main button, labelled with the year.
    expect(screen.queryByRole('button', { name: /季度汇总$/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: '生成 2026 年度汇总' }));
    expect(
      await within(await screen.findByTestId('generated-note')).findByRole('button', { name: '打开「2026年度考核汇总」' }),
    ).toBeTruthy();
    expect(excel.sheet('2026年度考核汇总')).toBeDefined();
  });

  test('Office errors become a message bar with what to do (cell edit mode)', async () => {
    const { excel, host } = await sampleWorkbook();
    const { user } = renderPane(host);
    await waitFor(() => expect(screen.getByTestId('units').textContent).toContain('18'));
    excel.editMode = true;
    await user.click(screen.getByRole('button', { name: '校验' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('请先退出单元格编辑(按 Enter 或 Esc)再试');
    expect(screen.getByRole('button', { name: '校验' }).hasAttribute('disabled')).toBe(false);
    await user.click(within(alert).getByRole('button', { name: '关闭' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test("a user's sheet with the summary's name: the refusal names it", async () => {
    const { excel, host } = await sampleWorkbook();
    excel.addSheet('2026年第3季度考核汇总', [['我的表']]);
    const { user } = renderPane(host);
    await waitFor(() => expect(screen.getByTestId('units').textContent).toContain('18'));
    await user.selectOptions(screen.getByRole('combobox', { name: '季度' }), '3');
    await user.click(screen.getByRole('button', { name: '生成 2026 年第 3 季度汇总' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('「2026年第3季度考核汇总」');
    expect(alert.textContent).toContain('未做任何改动');
    expect(excel.valuesOf('2026年第3季度考核汇总')).toEqual([['我的表']]);
  });

  test('an unsupported API becomes a message bar too', async () => {
    const failing: WorkbookHost = {
      readSnapshot: async () => {
        throw new WorkbookError('unsupported', 'x', [], 'ApiNotFound');
      },
      renderPlans: async () => ({ written: [], warnings: [] }),
      createTemplate: async () => ({ created: [], skipped: [], warnings: [] }),
      insertSample: async () => ({ created: [], skipped: [], warnings: [] }),
      selectCell: async () => {},
      kind: 'excel',
      generatedSheets: async () => [],
      deleteGenerated: async () => {},
      loadSetting: async () => null,
      saveSetting: async () => {},
      onChanged: async () => () => {},
      download: null,
    };
    renderPane(failing);
    expect((await screen.findByRole('alert')).textContent).toContain('此版本的 Excel 不支持该功能。请更新 Office,或改用 Excel 网页版。');
  });

  test.each([
    ['zh', '正在读取工作簿…', '尚未读取工作簿:请点「重新读取」', '重新读取'],
    ['en', 'Reading the workbook…', 'The workbook has not been read yet: click “Read again”.', 'Read again'],
  ] as const)('%s: after a failed first read the overview says so instead of loading forever', async (language, loading, idle, again) => {
    const { host } = await sampleWorkbook();
    let fail = true;
    const flaky: WorkbookHost = {
      ...host,
      readSnapshot: async () => {
        if (fail) throw new WorkbookError('edit-mode', 'x', [], 'InvalidOperationInCellEditMode');
        return host.readSnapshot();
      },
    };
    const { user } = renderPane(flaky, { language, dark: false });
    expect(screen.getByText(loading)).toBeTruthy();
    await screen.findByRole('alert');
    expect(await screen.findByText(idle)).toBeTruthy();
    expect(screen.queryByText(loading)).toBeNull();
    fail = false;
    await user.click(screen.getByRole('button', { name: again }));
    await waitFor(() => expect(screen.getByTestId('units').textContent).toContain('18'));
    expect(screen.queryByText(idle)).toBeNull();
  });

  describe('a render error', () => {
    let quiet: jest.SpyInstance;
    beforeEach(() => {
      // React reports the caught error on the console; the boundary logs it too.
      quiet = jest.spyOn(console, 'error').mockImplementation(() => {});
      jest.spyOn(overviewCard, 'OverviewCard').mockImplementation(() => {
        throw new Error('boom: overview.units is undefined');
      });
    });
    afterEach(() => jest.restoreAllMocks());

    test.each([
      ['zh', '任务窗格出错了,未能显示。工作簿没有被改动。', '详情:', '重新加载'],
      ['en', 'The task pane hit an error and cannot be shown. The workbook was not changed.', 'Details: ', 'Reload'],
    ] as const)('%s: shows the error and a reload button instead of a blank pane', async (language, title, detail, reload) => {
      const { host } = await sampleWorkbook();
      const onReload = jest.fn();
      const user = userEvent.setup();
      render(<App host={host} env={{ language, dark: false }} onReload={onReload} />);
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toContain(title);
      expect(alert.textContent).toContain(`${detail}boom: overview.units is undefined`);
      await user.click(within(alert).getByRole('button', { name: reload }));
      expect(onReload).toHaveBeenCalledTimes(1);
      expect(quiet).toHaveBeenCalled();
    });
  });

  test('taskpane.html shows a static text until React mounts, which replaces it', async () => {
    const html = readFileSync(join(__dirname, '../../src/office/taskpane.html'), 'utf8');
    document.body.innerHTML = /<body>([\s\S]*)<\/body>/.exec(html)![1];
    const container = document.getElementById('container')!;
    expect(container.textContent).toContain('正在加载 QS 优质服务考核');
    expect(container.textContent).toContain('Loading QS service assessment');
    expect(document.querySelector('noscript')).not.toBeNull();
    const { host } = await sampleWorkbook();
    const root = createRoot(container);
    await act(async () => root.render(<App host={host} env={zh} today={() => new Date(2026, 11, 4)} />));
    await waitFor(() => expect(screen.getByTestId('units').textContent).toContain('18'));
    expect(document.getElementById('qs-fallback')).toBeNull();
    expect(container.textContent).not.toContain('正在加载 QS 优质服务考核');
    act(() => root.unmount());
    document.body.innerHTML = '';
  });

  test('English when Office is not Chinese', async () => {
    const { host } = await sampleWorkbook();
    const { user } = renderPane(host, { language: 'en', dark: false });
    await waitFor(() => expect(screen.getByTestId('units').textContent).toBe('18 units (8 departments, 10 second-level units)'));
    expect(screen.getByRole('heading', { name: 'QS service assessment' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Validate' }));
    expect(await screen.findByText('All clear: 18 units, 300 records, no errors.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Generate 2026 Q3 summary' })).toBeTruthy();
  });

  test('dark theme when Office is dark, light otherwise', async () => {
    const { host } = await sampleWorkbook();
    // Fluent inserts its CSS variables as rules (insertRule), not as text.
    const styles = () => [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText)).join('\n');
    const dark = renderPane(host, { language: 'zh', dark: true });
    await waitFor(() => expect(screen.getByTestId('units').textContent).toContain('18'));
    expect(styles()).toContain(`--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1}`);
    dark.unmount();
    document.head.innerHTML = '';
    renderPane(host, { language: 'zh', dark: false });
    await waitFor(() => expect(screen.getByTestId('units').textContent).toContain('18'));
    expect(styles()).toContain(`--colorNeutralBackground1: ${webLightTheme.colorNeutralBackground1}`);
    expect(styles()).not.toContain(`--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1}`);
  });

  test('usable by keyboard alone: Tab reaches 校验 in order and Enter runs it', async () => {
    const { host } = await sampleWorkbook();
    const { user } = renderPane(host);
    await waitFor(() => expect(screen.getByTestId('units').textContent).toContain('18'));
    const order: string[] = [];
    for (let i = 0; i < 4; i++) {
      await user.tab();
      const el = document.activeElement as HTMLElement;
      order.push(el.getAttribute('aria-label') ?? el.textContent ?? '');
    }
    // Help first, then the period, the main button, 校验: what to do comes before what was found.
    expect(order).toEqual([
      zhText.helpLabel,
      expect.stringContaining('2026'),
      expect.stringContaining('季度'),
      expect.stringMatching(/^生成/),
    ]);
    await user.tab();
    expect(document.activeElement?.textContent).toBe('校验');
    await user.keyboard('{Enter}');
    expect(await screen.findByText(/^校验通过/)).toBeTruthy();
  });
});
