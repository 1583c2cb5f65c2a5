// The period's scores as horizontal bars (unit names fit a 320 px pane better beside bars than
// under columns), with the three grade lines. For a year, four thin bars per unit: Q1–Q4.
// Our own SVG with Fluent tokens rather than a chart library: it costs a few KB of the page's
// 140 KB budget, where @fluentui/react-charts (with d3) would cost more than the budget has left
// (docs/taskpane.md). It decides nothing: the numbers and lines come from the engine's Result and Params.
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Grade, Params, UnitResult } from '../../engine';
import { useStrings } from '../i18n';

const ROW = 20;
const QUARTER_ROW = 26;
const LABEL = 92;
const WIDTH = 300;
/** Room above the bars for the grade lines' labels, on two staggered rows when lines are close. */
const TOP = 28;
/** Two line labels nearer than this (in chart units) would run together ("9095"): the second goes up a row. */
const LABEL_GAP = 16;

const useStyles = makeStyles({
  // Drawn for a 320 px pane; on the page's wider column it grows only so far, so its text stays body-sized.
  svg: { display: 'block', width: '100%', maxWidth: '440px', height: 'auto', overflow: 'visible' },
  label: { fill: tokens.colorNeutralForeground1, fontSize: '11px' },
  // A halo in the background colour: a grade line passing behind a value never crosses its digits.
  value: {
    fill: tokens.colorNeutralForeground2,
    fontSize: '10px',
    stroke: tokens.colorNeutralBackground1,
    strokeWidth: '3px',
    paintOrder: 'stroke',
    strokeLinejoin: 'round',
  },
  line: { stroke: tokens.colorNeutralForeground3, strokeWidth: 1, strokeDasharray: '3 2' },
  lineLabel: { fill: tokens.colorNeutralForeground3, fontSize: '9px' },
  legend: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: 0 },
});

/** Bar colours by grade, from Fluent's palette so they follow light and dark themes. */
const GRADE_COLOR: Record<Grade, string> = {
  优秀: tokens.colorPaletteGreenBackground3,
  良好: tokens.colorPaletteBlueBorderActive,
  合格: tokens.colorPaletteMarigoldBackground3,
  不合格: tokens.colorPaletteRedBackground3,
};
/** Quarters in hues no grade uses (grades are green, blue, marigold, red), so a bar never reads as a grade. */
const QUARTER_COLOR = [
  tokens.colorPaletteLavenderBorderActive,
  tokens.colorPalettePlumBorderActive,
  tokens.colorPaletteMinkBorderActive,
  tokens.colorPaletteBrownBorderActive,
];

/** The value axis: from a round number under the lowest score or line, to the highest possible score. */
export function chartScale(units: UnitResult[], params: Params): { min: number; max: number } {
  let low = params.passLine;
  for (const u of units) for (const s of [u.score, ...(u.quarters ?? [])]) if (s < low) low = s;
  const min = Math.max(0, Math.floor((low - 5) / 10) * 10);
  const max = params.base + params.bonusCap;
  return { min, max: max > min ? max : min + 10 };
}

export interface ScoreChartProps {
  units: UnitResult[];
  params: Params;
  periodName: string;
}

export function ScoreChart({ units, params, periodName }: ScoreChartProps) {
  const s = useStrings();
  const styles = useStyles();
  const annual = units.some((u) => u.quarters);
  const { min, max } = chartScale(units, params);
  const row = annual ? QUARTER_ROW : ROW;
  const height = TOP + units.length * row + 4;
  const x = (v: number) => LABEL + ((Math.min(Math.max(v, min), max) - min) / (max - min)) * (WIDTH - LABEL - 28);
  const lines: [string, number][] = [
    ['优秀', params.excellentLine],
    ['良好', params.goodLine],
    ['合格', params.passLine],
  ];
  // Lines drawn right to left; a label too near the one before it moves up a row.
  const labelRow = new Map<string, number>();
  let lastX = Infinity;
  let lastRow = 1;
  for (const [grade, value] of [...lines].sort((a, b) => b[1] - a[1])) {
    const row = lastX - x(value) < LABEL_GAP && lastRow === 0 ? 1 : 0;
    labelRow.set(grade, row);
    lastX = x(value);
    lastRow = row;
  }
  const label = s.chartLabel(periodName, lines.map(([g, v]) => s.gradeLine(s.grades[g], v)).join('、'));
  return (
    <figure style={{ margin: 0 }}>
      <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={label} data-testid="score-chart">
        <title>{s.chartTitle(periodName)}</title>
        {/* Lines first, so the bars and their values are drawn over them. */}
        {lines.map(([grade, value]) => (
          <g key={grade} data-line={grade}>
            <line className={styles.line} x1={x(value)} x2={x(value)} y1={TOP - 4} y2={height - 2} />
            <text className={styles.lineLabel} x={x(value)} y={TOP - 7 - (labelRow.get(grade) ?? 0) * 10} textAnchor="middle">
              {value}
            </text>
          </g>
        ))}
        {units.map((u, i) => {
          const y = TOP + i * row;
          const name = u.name.length > 7 ? `${u.name.slice(0, 6)}…` : u.name;
          return (
            <g key={u.code} data-unit={u.code}>
              <text className={styles.label} x={LABEL - 4} y={y + row / 2 + 4} textAnchor="end">
                {name}
              </text>
              {annual ? (
                (u.quarters ?? []).map((q, k) => (
                  <rect key={k} x={LABEL} y={y + 3 + k * 5} width={Math.max(1, x(q) - LABEL)} height={4} fill={QUARTER_COLOR[k]} />
                ))
              ) : (
                <rect x={LABEL} y={y + 3} width={Math.max(1, x(u.score) - LABEL)} height={row - 6} fill={GRADE_COLOR[u.grade]} />
              )}
              <text className={styles.value} x={x(annual ? Math.max(u.score, ...(u.quarters ?? [])) : u.score) + 3} y={y + row / 2 + 4}>
                {u.score}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className={styles.legend}>
        {lines.map(([g, v]) => s.gradeLine(s.grades[g], v)).join(' · ')}
        {annual ? ` · ${s.quarterLegend}` : ''}
      </figcaption>
    </figure>
  );
}
