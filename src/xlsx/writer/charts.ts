// A plan's ChartPlans → one drawing part (where each chart sits) and one chart part per chart
// (DrawingML): clustered bars for the 'bar' series, lines for the 'line' series (grade lines),
// categories and values referencing the plan's own cells, so Excel, WPS and LibreOffice draw and
// print them from the sheet. Cached values go with the references, for viewers that do not
// recalculate. The chart decides nothing: everything comes from the plan.
import type { CellRange, CellValue, ChartPlan, ChartSeriesPlan, SheetPlan } from '../../engine';
import { quoteSheet } from '../marker';
import { escapeText, escapeXml } from '../package/xml';
import { rangeRef } from './sheet';
import { SHEET_FONT } from './styles';

export interface ChartParts {
  /** The drawing part; chart i is its relationship `rId{i+1}`. */
  drawing: string;
  charts: string[];
}

const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const CAT_AXIS = 500010;
const VAL_AXIS = 500020;

export function chartParts(plan: SheetPlan): ChartParts {
  const anchors = plan.charts.map((chart, i) => anchorXml(chart, i));
  return {
    drawing:
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}">${anchors.join('')}</xdr:wsDr>`,
    charts: plan.charts.map((chart) => chartXml(plan, chart)),
  };
}

function anchorXml(chart: ChartPlan, i: number): string {
  const a = chart.anchor;
  const at = (col: number, row: number) =>
    `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return (
    '<xdr:twoCellAnchor editAs="oneCell">' +
    `<xdr:from>${at(a.col, a.row)}</xdr:from><xdr:to>${at(a.col + a.cols, a.row + a.rows)}</xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(`图表 ${i + 1}`)}" descr="${escapeXml(chart.title)}"/>` +
    '<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
    '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
  );
}

/** The plan's values in a one-column (or one-row) range, in order. */
function cellsOf(plan: SheetPlan, r: CellRange): CellValue[] {
  const out: CellValue[] = [];
  for (let row = r.row; row < r.row + r.rows; row++) {
    for (let col = r.col; col < r.col + r.cols; col++) out.push(plan.values[row]?.[col] ?? null);
  }
  return out;
}

function ref(plan: SheetPlan, r: CellRange): string {
  return escapeText(`${quoteSheet(plan.name)}!${rangeRef(r, true)}`);
}

function strRef(plan: SheetPlan, r: CellRange): string {
  const pts = cellsOf(plan, r)
    .map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${escapeText(String(v))}</c:v></c:pt>`))
    .join('');
  return `<c:strRef><c:f>${ref(plan, r)}</c:f><c:strCache><c:ptCount val="${r.rows * r.cols}"/>${pts}</c:strCache></c:strRef>`;
}

function numRef(plan: SheetPlan, r: CellRange): string {
  const pts = cellsOf(plan, r)
    .map((v, i) => (typeof v === 'number' && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : ''))
    .join('');
  return `<c:numRef><c:f>${ref(plan, r)}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${r.rows * r.cols}"/>${pts}</c:numCache></c:numRef>`;
}

function rgb(color: string): string {
  return color.replace('#', '').toUpperCase();
}

function seriesXml(plan: SheetPlan, chart: ChartPlan, s: ChartSeriesPlan, index: number): string {
  const head = `<c:idx val="${index}"/><c:order val="${index}"/><c:tx><c:v>${escapeText(s.name)}</c:v></c:tx>`;
  const data = `<c:cat>${strRef(plan, chart.categories)}</c:cat><c:val>${numRef(plan, s.values)}</c:val>`;
  if (s.type === 'bar') {
    return `<c:ser>${head}<c:spPr><a:solidFill><a:srgbClr val="${rgb(s.color)}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>${data}</c:ser>`;
  }
  return (
    `<c:ser>${head}<c:spPr><a:ln w="22225"><a:solidFill><a:srgbClr val="${rgb(s.color)}"/></a:solidFill><a:prstDash val="dash"/></a:ln></c:spPr>` +
    `<c:marker><c:symbol val="none"/></c:marker>${data}<c:smooth val="0"/></c:ser>`
  );
}

function richText(text: string, size: number, bold: boolean): string {
  return (
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr>` +
    `<a:r><a:rPr lang="zh-CN" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${escapeText(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/>`
  );
}

function chartXml(plan: SheetPlan, chart: ChartPlan): string {
  const indexed = chart.series.map((s, i) => ({ s, i }));
  const bars = indexed.filter((x) => x.s.type === 'bar').map((x) => seriesXml(plan, chart, x.s, x.i));
  const lines = indexed.filter((x) => x.s.type === 'line').map((x) => seriesXml(plan, chart, x.s, x.i));
  const axes = `<c:axId val="${CAT_AXIS}"/><c:axId val="${VAL_AXIS}"/>`;
  const barChart = bars.length
    ? `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${bars.join('')}<c:gapWidth val="80"/>${axes}</c:barChart>`
    : '';
  const lineChart = lines.length
    ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${lines.join('')}<c:marker val="1"/>${axes}</c:lineChart>`
    : '';
  const v = chart.valueAxis;
  const catAx =
    `<c:catAx><c:axId val="${CAT_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    '<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>' +
    `<c:crossAx val="${VAL_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valAx =
    `<c:valAx><c:axId val="${VAL_AXIS}"/><c:scaling><c:orientation val="minMax"/><c:max val="${v.max}"/><c:min val="${v.min}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>${v.title ? `<c:title>${richText(v.title, 1000, false)}</c:title>` : ''}` +
    '<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `<c:crossAx val="${CAT_AXIS}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  const font = `<a:latin typeface="${SHEET_FONT}"/><a:ea typeface="${SHEET_FONT}"/>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/>` +
    `<c:chart><c:title>${richText(chart.title, 1400, true)}</c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${barChart}${lineChart}${catAx}${valAx}</c:plotArea>` +
    '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900">${font}</a:defRPr></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>` +
    '</c:chartSpace>'
  );
}
