// The QS functions as WPS registers them, and the ribbon: the golden ribbon.xml, its callbacks,
// the pane toggle and the three commands against the strict ET double.
import * as fs from 'fs';
import * as path from 'path';
import * as QS from '../../src/functions/functions';
import { FUNCTION_IDS, NAMESPACE, registerFunctions, wpsFunction } from '../../src/wps/functions';
import { BUTTONS, installRibbon, paneUrlFrom, ribbonCallbacks } from '../../src/wps/ribbon';
import { showPane } from '../../src/wps/taskpane';
import type { EtApplication } from '../../src/wps/et';
import { EtDouble } from '../doubles/et-double';
import { enginePlans, sampleBook, shown, written } from './helpers';

const ROOT = path.resolve(__dirname, '../..');

describe('QS functions in WPS', () => {
  test('all nine ids are registered under QS, the same ids as the Excel functions', () => {
    const calls: [string, string][] = [];
    const ids = registerFunctions({ AddCustomFunction: (ns, name) => void calls.push([ns, name]) });
    expect(ids).toEqual([...FUNCTION_IDS]);
    expect(calls).toEqual(FUNCTION_IDS.map((id) => [NAMESPACE, id]));
    const excelIds = Object.keys(QS).sort();
    expect([...FUNCTION_IDS].sort()).toEqual(excelIds);
  });

  test('a WPS without custom functions registers nothing and does not fail', () => {
    expect(registerFunctions(undefined)).toEqual([]);
    expect(registerFunctions({})).toEqual([]);
  });

  test('the same numbers as the Excel functions; omitted arguments arrive as undefined', () => {
    expect(wpsFunction('QUARTER')('2026-07-15')).toBe('2026Q3');
    expect(wpsFunction('POINTS')('一般', 2)).toBe(QS.POINTS('一般', 2, null as never, null as never));
    expect(wpsFunction('POINTS')('一般', undefined, undefined, undefined)).toBe(2);
    expect(wpsFunction('FINE')('较大', '单位', 3)).toBe(QS.FINE('较大', '单位', 3));
    expect(wpsFunction('WORKDAYS')('2026-09-30', '2026-10-09')).toBe(QS.WORKDAYS('2026-09-30', '2026-10-09'));
    expect(wpsFunction('GRADE')(85)).toBe('合格');
  });

  test('bad input is thrown with the Excel error code first and the Chinese reason', () => {
    expect(() => wpsFunction('POINTS')('不存在的等级')).toThrow(/^#N\/A .+/);
    expect(() => wpsFunction('QUARTER')('不是日期')).toThrow(/^#VALUE! .*不是日期/);
  });
});

describe('the ribbon tab 优质服务考核', () => {
  const ribbonXml = fs.readFileSync(path.join(ROOT, 'src/wps/addin/ribbon.xml'), 'utf8');

  test('ribbon.xml matches the golden copy and starts with <customUI (the publish check rejects an XML declaration)', () => {
    expect(ribbonXml).toBe(fs.readFileSync(path.join(__dirname, 'ribbon.golden.xml'), 'utf8'));
    expect(ribbonXml.startsWith('<customUI')).toBe(true);
  });

  test('its five buttons are the ones the callbacks know, with their labels, and every callback it names exists', () => {
    const buttons = [...ribbonXml.matchAll(/<button id="(\w+)" label="([^"]+)"/g)].map((m) => [m[1], m[2]]);
    expect(buttons).toEqual(Object.entries(BUTTONS).map(([id, b]) => [id, b.label]));
    expect(buttons.map((b) => b[1])).toEqual(['打开考核窗格', '校验', '生成季度汇总', '生成年度汇总', '发布结果']);
    const named = new Set([...ribbonXml.matchAll(/(?:onLoad|onAction|getImage|getEnabled)="(\w+)"/g)].map((m) => m[1]));
    const scope: Record<string, unknown> = {};
    installRibbon(scope, { app: () => null, notify: () => {} });
    for (const name of named) expect(typeof scope[name]).toBe('function');
    for (const b of Object.values(BUTTONS)) expect(fs.existsSync(path.join(ROOT, 'assets/wps', path.basename(b.image)))).toBe(true);
  });

  /** `answer` stands in for the user at the period prompt: it gets the proposed period's text. */
  function ribbonFor(app: EtApplication | null, answer: (proposed: string) => string | null = (p) => p) {
    const messages: string[] = [];
    const questions: string[] = [];
    const queue: (() => void)[] = [];
    const callbacks = ribbonCallbacks({
      app: () => app,
      paneUrl: () => 'http://127.0.0.1:3889/taskpane.html',
      notify: (m) => messages.push(m),
      later: (w) => queue.push(w),
      ask: (question, proposed) => (questions.push(question), answer(proposed)),
      // The sample has events up to 2026-12: Q4 is still running on this day.
      today: () => new Date(2026, 11, 4),
    });
    // Runs the queued work and waits for its message (commands end with one; the pane toggle with none).
    const flush = async (expectMessage = true) => {
      const before = messages.length;
      while (queue.length) queue.shift()!();
      for (let i = 0; i < 500 && expectMessage && messages.length === before; i++) await new Promise((r) => setTimeout(r, 10));
      await new Promise((r) => setTimeout(r, 0));
    };
    return { callbacks, messages, questions, flush };
  }

  test('callbacks return at once (synchronously); the work runs afterwards', async () => {
    const { app } = sampleBook();
    const { callbacks, messages, flush } = ribbonFor(app);
    expect(callbacks.OnAction({ Id: 'btnQsValidate' })).toBe(true);
    expect(messages).toEqual([]);
    await flush();
    expect(messages[0]).toMatch(/^校验通过:18 个单位,300 条考核记录,没有错误。/);
  });

  test('生成季度汇总 names the last completed quarter, then writes it as the engine plans it; 生成年度汇总 the year', async () => {
    const { et, app } = sampleBook();
    const { callbacks, messages, questions, flush } = ribbonFor(app);
    callbacks.OnAction({ Id: 'btnQsQuarter' });
    await flush();
    expect(questions[0]).toMatch(/^将生成「2026年第3季度」的季度汇总。/);
    const quarter = enginePlans('2026Q3');
    for (const plan of quarter) expect(written(et, plan)).toEqual(shown(plan));
    expect(messages[0]).toContain('已生成2026年第3季度的汇总');
    callbacks.OnAction({ Id: 'btnQsYear' });
    await flush();
    for (const plan of enginePlans('2026')) expect(written(et, plan)).toEqual(shown(plan));
  });

  test('the user may change the period at the prompt, or cancel: then nothing is written', async () => {
    const { et, app } = sampleBook();
    const changed = ribbonFor(app, () => '2026Q2');
    changed.callbacks.OnAction({ Id: 'btnQsQuarter' });
    await changed.flush();
    for (const plan of enginePlans('2026Q2')) expect(written(et, plan)).toEqual(shown(plan));
    expect(changed.messages[0]).toContain('已生成2026年第2季度的汇总');

    const fresh = sampleBook();
    const cancelled = ribbonFor(fresh.app, () => null);
    cancelled.callbacks.OnAction({ Id: 'btnQsQuarter' });
    await cancelled.flush(false);
    expect(cancelled.messages).toEqual([]);
    expect(fresh.et.sheets.some((s) => s.name.includes('考核汇总'))).toBe(false);

    const typo = ribbonFor(fresh.app, () => '2026Q5');
    typo.callbacks.OnAction({ Id: 'btnQsQuarter' });
    await typo.flush();
    expect(typo.messages[0]).toBe('无法识别的考核期间「2026Q5」:季度写作 2026Q3,年度写作 2026。未生成汇总。');
    expect(fresh.et.sheets.some((s) => s.name.includes('考核汇总'))).toBe(false);
  });

  test('the ribbon shows the same warnings as the pane and the command (here: the unconfirmed ladder)', async () => {
    const { app } = sampleBook();
    const { callbacks, messages, flush } = ribbonFor(app);
    callbacks.OnAction({ Id: 'btnQsQuarter' });
    await flush();
    expect(messages[0]).toContain('处罚标准');
  });

  test('with errors in the book nothing is generated: the message lists them and the pane opens', async () => {
    const { et, app } = sampleBook();
    et.sheet('单位')!.cells.set('2,0', { value: 'D01' }); // a duplicate unit code
    const { callbacks, messages, flush } = ribbonFor(app);
    callbacks.OnAction({ Id: 'btnQsQuarter' });
    await flush();
    expect(messages[0]).toMatch(/^发现 \d+ 处错误,未生成汇总:\n「单位」第 3 行/);
    expect(et.sheets.some((s) => s.name.includes('考核汇总'))).toBe(false);
    expect(et.panes).toHaveLength(1);
    expect(et.panes[0].visible).toBe(true);
  });

  test('打开考核窗格 creates the pane once, docked right, and toggles it afterwards', async () => {
    const { et, app } = sampleBook();
    const { callbacks, flush } = ribbonFor(app);
    callbacks.OnAction({ Id: 'btnQsPane' });
    await flush(false);
    expect(et.panes).toEqual([{ id: 1, url: 'http://127.0.0.1:3889/taskpane.html', visible: true, dock: 2 }]);
    callbacks.OnAction({ Id: 'btnQsPane' });
    await flush(false);
    expect(et.panes).toHaveLength(1);
    expect(et.panes[0].visible).toBe(false);
    expect(callbacks.GetImage({ Id: 'btnQsYear' })).toBe('images/year.svg');
  });

  test('outside WPS the buttons say so instead of failing', async () => {
    const { callbacks, messages } = ribbonFor(null);
    callbacks.OnAction({ Id: 'btnQsValidate' });
    expect(messages[0]).toContain('只能在 WPS 表格中运行');
  });

  test('a WPS spelling CreateTaskPane (capital P) works too; one with neither says to upgrade', () => {
    const et = new EtDouble({ unsupported: ['Application.CreateTaskpane', 'Application.GetTaskpane'] });
    et.addSheet('Sheet1');
    expect(() => showPane(et.application() as EtApplication, 'http://x/taskpane.html')).toThrow('不支持任务窗格');
    const created: string[] = [];
    const capital = {
      PluginStorage: { getItem: () => null, setItem: () => {} },
      CreateTaskPane: (url: string) => (created.push(url), { ID: 7, Visible: false, DockPosition: 0 }),
    } as unknown as EtApplication;
    expect(showPane(capital, 'http://x/taskpane.html').Visible).toBe(true);
    expect(created).toEqual(['http://x/taskpane.html']);
  });

  test('the pane address is taskpane.html beside the hidden page, wherever it is served from', () => {
    expect(paneUrlFrom('http://127.0.0.1:3889/index.html')).toBe('http://127.0.0.1:3889/taskpane.html');
    expect(paneUrlFrom('file:///C:/Users/a/AppData/Roaming/kingsoft/wps/jsaddons/qs-assess_0.1.0/index.html')).toBe(
      'file:///C:/Users/a/AppData/Roaming/kingsoft/wps/jsaddons/qs-assess_0.1.0/taskpane.html',
    );
  });
});
