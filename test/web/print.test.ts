/**
 * @jest-environment jsdom
 */
// The print view's HTML from real plans (the bundled sample, 2026Q3 and 2026): what a printed page
// must carry — title rows in <thead> (repeated on every page), every unit, the sign-off line, the
// plan's number formats, merges as spans, the footer's page counters — and text never as markup.
import { parsePeriod, parseWorkbook, planSummaries, score, type SheetPlan, type Snapshot } from '../../src/engine';
import { sampleSheets } from '../../src/engine/template';
import { printDocument } from '../../src/web/print/document';
import { formatCell } from '../../src/web/print/format';
import { fitScale, footerContent, planHtml, printPageCss } from '../../src/web/print/plan-html';

function samplePlans(period: string): SheetPlan[] {
  const snapshot: Snapshot = { sheets: sampleSheets().map((s) => ({ name: s.name, values: [s.columns.map((c) => c.header), ...s.rows] })) };
  const { model, errors } = parseWorkbook(snapshot);
  expect(errors).toEqual([]);
  return planSummaries(model, score(model, parsePeriod(period)!));
}

function render(plan: SheetPlan): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = planHtml(plan, 't');
  return div;
}

/** The text of each row as the page shows it, cells joined by '|'. */
function rowTexts(rows: NodeListOf<HTMLTableRowElement>): string[] {
  return Array.from(rows).map((r) => Array.from(r.cells, (c) => c.textContent ?? '').join('|'));
}

describe('print view of a summary plan', () => {
  const [summary, detail] = samplePlans('2026Q3');

  it('puts the plan’s title rows in thead, so the browser repeats them on every page', () => {
    const el = render(summary);
    const head = rowTexts(el.querySelectorAll<HTMLTableRowElement>('thead tr'));
    const { first, last } = summary.print.titleRows;
    expect(head).toHaveLength(last - first + 1);
    expect(head[0]).toBe(String(summary.values[0][0]));
    expect(head[1]).toBe(String(summary.values[1][0]));
    expect(head[2]).toBe(summary.values[2].join('|'));
  });

  it('prints every unit and the sign-off line, in plan order, with the plan’s number formats', () => {
    const el = render(summary);
    const body = rowTexts(el.querySelectorAll<HTMLTableRowElement>('tbody tr'));
    expect(body).toHaveLength(summary.print.area.rows - 3);
    // Inside the print area only: the chart's data block lies beyond it and is never printed.
    for (let r = 3; r < summary.print.area.rows; r++) {
      const first = summary.values[r].slice(0, summary.print.area.cols).find((v) => v !== null);
      if (typeof first === 'string') expect(body[r - 3]).toContain(first);
    }
    expect(body.filter((t) => /^制表人：.*审核人：.*批准人：.*日期：____年__月__日$/.test(t))).toHaveLength(1);
    // 得分 with two decimals, whatever the value.
    const scoreCol = summary.values[2].indexOf('得分');
    const firstUnit = el.querySelectorAll<HTMLTableRowElement>('tbody tr')[0].cells[scoreCol].textContent!;
    expect(firstUnit).toMatch(/^\d+\.\d{2}$/);
    expect(Number(firstUnit)).toBeCloseTo(summary.values[3][scoreCol] as number, 2);
  });

  it('turns merges into spans and skips the cells they cover', () => {
    const el = render(summary);
    const title = el.querySelector('thead tr td')!;
    expect(title.getAttribute('colspan')).toBe(String(summary.print.area.cols));
    expect(el.querySelectorAll<HTMLTableRowElement>('thead tr')[0].cells).toHaveLength(1);
  });

  it('fits one page wide: columns as shares of the page, type scaled when the columns are wider than A4', () => {
    const el = render(detail);
    const widths = Array.from(el.querySelectorAll('col'), (c) => parseFloat((c as HTMLElement).style.width));
    expect(widths).toHaveLength(detail.print.area.cols);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0);
    const scale = fitScale(detail);
    expect(scale).toBeGreaterThan(0.3);
    expect(scale).toBeLessThanOrEqual(1);
  });

  it('writes the footer as the page counters of an @page margin box, A4 landscape with the plan’s margins', () => {
    expect(footerContent('第 &P 页 共 &N 页')).toBe('"第 " counter(page) " 页 共 " counter(pages) " 页"');
    const css = printPageCss(summary);
    expect(css).toContain('size: A4 landscape');
    expect(css).toContain(`margin: ${summary.print.margins.top}in ${summary.print.margins.right}in`);
    expect(css).toContain('@bottom-center { content: "第 " counter(page) " 页 共 " counter(pages) " 页"');
  });

  it('draws each chart as an SVG over its anchor, with the plan’s unit names and series', () => {
    expect(summary.charts).toHaveLength(1);
    const chart = summary.charts[0];
    const el = render(summary);
    const svg = el.querySelector('svg')!;
    expect(svg.getAttribute('aria-label')).toBe(chart.title);
    const cell = svg.closest('td')!;
    expect(cell.getAttribute('rowspan')).toBe(String(chart.anchor.rows));
    expect(cell.getAttribute('colspan')).toBe(String(chart.anchor.cols));
    const labels = Array.from(svg.querySelectorAll('text'), (t) => t.textContent);
    for (let r = chart.categories.row; r < chart.categories.row + chart.categories.rows; r++) {
      expect(labels).toContain(summary.values[r][chart.categories.col]);
    }
    const bars = chart.series.filter((s) => s.type === 'bar').reduce((n, s) => n + s.values.rows, 0);
    expect(svg.querySelectorAll('rect.bar')).toHaveLength(bars);
    expect(svg.querySelectorAll('polyline')).toHaveLength(chart.series.filter((s) => s.type === 'line').length);
  });

  it('starts each sheet of a print document on a new page', () => {
    const year = samplePlans('2026');
    const doc = printDocument([summary, detail, ...year]);
    expect(doc.css).toContain('break-before: page');
    const div = document.createElement('div');
    div.innerHTML = doc.html;
    expect(Array.from(div.querySelectorAll('section'), (s) => s.getAttribute('data-sheet'))).toEqual(
      [summary, detail, ...year].map((p) => p.name),
    );
  });
});

describe('cell text in the print view', () => {
  it('is text, never markup', () => {
    const [summary] = samplePlans('2026Q3');
    const plan: SheetPlan = { ...summary, values: summary.values.map((r) => [...r]) };
    plan.values[3][1] = '<img src=x onerror=alert(1)>&"\'';
    const el = render(plan);
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelectorAll<HTMLTableRowElement>('tbody tr')[0].cells[1].textContent).toBe('<img src=x onerror=alert(1)>&"\'');
  });

  it.each([
    [1234.5, '#,##0', '1,235'],
    [-1234567, '#,##0', '-1,234,567'],
    [2.005, '0.00', '2.01'],
    [-0.001, '0.00', '0.00'],
    [1.5, '0.0#', '1.5'],
    [2, '0.0#', '2.0'],
    [1.25, '0.0#', '1.25'],
    [3, '0', '3'],
    [1.5, '+0.00;-0.00;0.00', '+1.50'],
    [-2.25, '+0.00;-0.00;0.00', '-2.25'],
    [0, '+0.00;-0.00;0.00', '0.00'],
    [-0.001, '+0.00;-0.00;0.00', '0.00'],
    [46218, 'yyyy-mm-dd', '2026-07-15'],
    ['8.4', '@', '8.4'],
    [null, '0.00', ''],
    [0.1 + 0.2, undefined, '0.3'],
  ])('%p under %p shows as %p', (value, format, text) => {
    expect(formatCell(value, format)).toBe(text);
  });
});
