// A plan's native charts through ET: ChartObjects().Add over the anchor cells, then one series
// per plan series (bars for scores, lines for the grade lines), title and value axis. The plan
// decides everything; a chart this WPS cannot draw becomes a note, never a lost summary.
import type { ChartPlan, SheetPlan } from '../engine';
import { a1, bgr } from './app';
import { XL, type EtWorksheet } from './et';

export function drawChart(ws: EtWorksheet, chart: ChartPlan): void {
  const anchor = ws.Range(a1(chart.anchor));
  const object = ws.ChartObjects().Add(anchor.Left, anchor.Top, anchor.Width, anchor.Height);
  const c = object.Chart;
  c.ChartType = XL.columnClustered;
  const categories = ws.Range(a1(chart.categories));
  const collection = c.SeriesCollection();
  for (const s of chart.series) {
    const series = collection.NewSeries();
    series.Name = s.name;
    series.Values = ws.Range(a1(s.values));
    series.XValues = categories;
    if (s.type === 'line') {
      series.ChartType = XL.line;
      series.Border.Color = bgr(s.color);
    } else {
      series.Interior.Color = bgr(s.color);
    }
  }
  c.HasTitle = true;
  c.ChartTitle.Text = chart.title;
  const axis = c.Axes(XL.valueAxis);
  axis.MinimumScale = chart.valueAxis.min;
  axis.MaximumScale = chart.valueAxis.max;
  if (chart.valueAxis.title) {
    axis.HasTitle = true;
    axis.AxisTitle.Text = chart.valueAxis.title;
  }
}

/** Draws every chart of the plan; returns a note for those that failed. */
export function drawCharts(ws: EtWorksheet, plan: SheetPlan): string[] {
  const notes: string[] = [];
  for (const chart of plan.charts) {
    try {
      drawChart(ws, chart);
    } catch (e) {
      notes.push(
        `工作表「${plan.name}」的图表「${chart.title}」未能生成(${e instanceof Error ? e.message : String(e)}),表格数据不受影响;可用「插入 ▸ 图表」手工添加。`,
      );
    }
  }
  return notes;
}
