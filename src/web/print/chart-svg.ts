// A ChartPlan as an SVG for the print view: bars for the scores, lines for the grade lines, over
// the plan's own cells. The plan decides what is drawn (ranges, colours, axis); this only draws.
import type { CellRange, CellValue, ChartPlan, SheetPlan } from '../../engine';
import { escapeHtml, PRINT_FONTS } from './html';

const W = 960;
const H = 360;
const PAD = { left: 48, right: 16, top: 36, bottom: 96 };

function cells(plan: SheetPlan, range: CellRange): CellValue[] {
  const out: CellValue[] = [];
  for (let r = range.row; r < range.row + range.rows; r++)
    for (let c = range.col; c < range.col + range.cols; c++) out.push(plan.values[r]?.[c] ?? null);
  return out;
}

export function chartSvg(plan: SheetPlan, chart: ChartPlan): string {
  const labels = cells(plan, chart.categories).map((v) => (v === null ? '' : String(v)));
  const n = Math.max(1, labels.length);
  const { min, max } = chart.valueAxis;
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const y = (v: number) => PAD.top + plotH * (1 - (Math.min(max, Math.max(min, v)) - min) / (max - min || 1));
  const slot = plotW / n;
  const bars = chart.series.filter((s) => s.type === 'bar');
  const barW = (slot * 0.7) / Math.max(1, bars.length);
  const parts: string[] = [];

  parts.push(`<text x="${W / 2}" y="20" text-anchor="middle" font-size="15" font-weight="bold">${escapeHtml(chart.title)}</text>`);
  // Horizontal grid and the value axis: five steps.
  for (let i = 0; i <= 5; i++) {
    const v = min + ((max - min) * i) / 5;
    parts.push(`<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(v)}" y2="${y(v)}" stroke="#ddd"/>`);
    parts.push(`<text x="${PAD.left - 4}" y="${y(v) + 4}" text-anchor="end" font-size="11">${Math.round(v * 10) / 10}</text>`);
  }
  bars.forEach((s, k) => {
    cells(plan, s.values).forEach((v, i) => {
      if (typeof v !== 'number') return;
      const x = PAD.left + slot * i + slot * 0.15 + barW * k;
      parts.push(
        `<rect class="bar" x="${x}" y="${y(v)}" width="${barW}" height="${y(min) - y(v)}" fill="${s.color}"><title>${escapeHtml(`${labels[i]} ${s.name} ${v}`)}</title></rect>`,
      );
    });
  });
  for (const s of chart.series.filter((s) => s.type === 'line')) {
    const points = cells(plan, s.values)
      .map((v, i) => (typeof v === 'number' ? `${PAD.left + slot * (i + 0.5)},${y(v)}` : null))
      .filter((p): p is string => p !== null);
    parts.push(`<polyline points="${points.join(' ')}" fill="none" stroke="${s.color}" stroke-width="2" stroke-dasharray="6 3"/>`);
  }
  labels.forEach((label, i) => {
    const x = PAD.left + slot * (i + 0.5);
    parts.push(
      `<text transform="translate(${x},${H - PAD.bottom + 12}) rotate(-45)" text-anchor="end" font-size="11">${escapeHtml(label)}</text>`,
    );
  });
  const legend = chart.series
    .map(
      (s, i) =>
        `<g transform="translate(${PAD.left + i * 150},${H - 14})"><rect class="legend" width="12" height="12" y="-10" fill="${s.color}"/><text x="16" font-size="11">${escapeHtml(s.name)}</text></g>`,
    )
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" preserveAspectRatio="xMidYMid meet" role="img" aria-label="${escapeHtml(chart.title)}" font-family='${PRINT_FONTS}'>` +
    parts.join('') +
    legend +
    `<text transform="translate(12,${PAD.top + plotH / 2}) rotate(-90)" text-anchor="middle" font-size="11">${escapeHtml(chart.valueAxis.title)}</text></svg>`
  );
}
