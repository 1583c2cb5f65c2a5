/** @jest-environment jsdom */
// What issue 20 found hard to read, each as a behaviour: the grade lines' labels never run together
// ("9095"), the quarters' colours are not the grades' colours, lines are drawn behind the values,
// warnings take one line until 详情, and a template downloaded beside an open workbook is never
// announced as 「已创建」 in it.
import './setup-dom';
import { fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Params, UnitResult } from '../../src/engine';
import { NoticeBar } from '../../src/ui/components/NoticeBar';
import { ScoreChart } from '../../src/ui/components/ScoreChart';
import { WarningsBar, firstSentence } from '../../src/ui/components/WarningsBar';
import { STRINGS, StringsContext } from '../../src/ui/strings';

const params = { base: 100, bonusCap: 5, excellentLine: 95, goodLine: 90, passLine: 80 } as Params;

function unit(code: string, score: number, quarters?: number[]): UnitResult {
  return {
    code,
    name: code,
    category: '二级单位',
    score,
    grade: score >= 95 ? '优秀' : score >= 80 ? '合格' : '不合格',
    rank: 1,
    quarters,
  } as UnitResult;
}

function inPane(node: React.ReactNode) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <StringsContext.Provider value={STRINGS.zh}>{node}</StringsContext.Provider>
    </FluentProvider>,
  );
}

describe('the score chart', () => {
  it('puts close grade-line labels on two rows (a low score widens the scale: 90 and 95 come close)', () => {
    inPane(<ScoreChart units={[unit('A', 12), unit('B', 96)]} params={params} periodName="2026 年第 3 季度" />);
    const y = (g: string) => Number(document.querySelector(`[data-line="${g}"] text`)!.getAttribute('y'));
    expect(y('优秀')).not.toBe(y('良好'));
  });

  it('keeps the labels on one row when the lines are far apart', () => {
    inPane(<ScoreChart units={[unit('A', 96)]} params={params} periodName="2026 年第 3 季度" />);
    const y = (g: string) => Number(document.querySelector(`[data-line="${g}"] text`)!.getAttribute('y'));
    expect(y('优秀')).toBe(y('良好'));
  });

  it('draws the grade lines before the bars, so values are painted over them', () => {
    inPane(<ScoreChart units={[unit('A', 96)]} params={params} periodName="2026 年第 3 季度" />);
    const svg = screen.getByTestId('score-chart');
    const order = [...svg.children].map((c) => (c.hasAttribute('data-line') ? 'line' : c.hasAttribute('data-unit') ? 'unit' : c.tagName));
    expect(order.lastIndexOf('line')).toBeLessThan(order.indexOf('unit'));
  });

  it('gives the year’s quarters colours that no grade uses', () => {
    inPane(<ScoreChart units={[unit('A', 96, [96, 90, 85, 70]), unit('B', 79)]} params={params} periodName="2026 年度" />);
    const fills = (sel: string) => new Set([...document.querySelectorAll(sel)].map((r) => r.getAttribute('fill')));
    const quarters = fills('[data-unit="A"] rect');
    expect(quarters.size).toBe(4);
    inPane(<ScoreChart units={[unit('C', 99), unit('D', 92), unit('E', 85), unit('F', 50)]} params={params} periodName="q" />);
    const grades = fills('[data-unit="C"] rect, [data-unit="D"] rect, [data-unit="E"] rect, [data-unit="F"] rect');
    for (const q of quarters) expect(grades.has(q)).toBe(false);
  });
});

describe('warnings', () => {
  const ladder = '处罚标准为系统默认值(考核办法第十七条原文缺失),尚未经公司确认。确认后,请在「考核参数」表中把“处罚标准已确认”填为“是”。';

  it('show the first sentence on one line, the rest behind 详情', () => {
    inPane(<WarningsBar warnings={[ladder, '另一条提示。']} />);
    expect(screen.getByTestId('warnings').textContent).toContain(
      '处罚标准为系统默认值(考核办法第十七条原文缺失),尚未经公司确认。(另有 1 条)',
    );
    expect(screen.getByTestId('warnings').textContent).not.toContain('处罚标准已确认');
    fireEvent.click(screen.getByRole('button', { name: '详情' }));
    expect(screen.getByTestId('warnings').textContent).toContain('把“处罚标准已确认”填为“是”');
    expect(screen.getByRole('button', { name: '收起' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('cut at the first full stop', () => {
    expect(firstSentence('一句。两句。')).toBe('一句。');
    expect(firstSentence('no stop')).toBe('no stop');
  });
});

describe('a template downloaded beside the open workbook', () => {
  it('is announced as downloaded, with no 「已创建」 and no link into the open workbook', () => {
    inPane(
      <NoticeBar
        notice={{
          type: 'created',
          action: 'template',
          created: [],
          skipped: [],
          downloaded: 'QS考核模板.xlsx',
          warnings: ['当前打开的「考核.xlsx」未改动。'],
        }}
        onDismiss={() => {}}
        onOpenSheet={() => {}}
        onRepublish={() => {}}
      />,
    );
    expect(screen.getByText('已下载「QS考核模板.xlsx」')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/已创建|都已存在/);
    expect(screen.queryByRole('button', { name: /打开「/ })).toBeNull();
  });
});
