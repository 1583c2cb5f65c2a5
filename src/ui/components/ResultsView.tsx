// The period's result, straight from the engine's Result: totals, a ranking per category (tabs
// 部门 / 二级单位) with the flags a manager looks for, the chart, and a unit's events with links to
// their source rows. Shown after a clean 校验 and after 生成.
import { forwardRef, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import { Button } from './Button';
import { Link } from './Link';
import type { Category, Level, Params, Result, UnitResult } from '../../engine';
import { useStrings } from '../i18n';
import { ScoreChart } from './ScoreChart';
import { UnitEvents } from './UnitEvents';

const CATEGORIES: Category[] = ['部门', '二级单位'];

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  heading: { ...typographyStyles.subtitle2, margin: 0, ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  muted: { color: tokens.colorNeutralForeground3, margin: 0 },
  tabs: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  tab: {
    minWidth: 0,
    borderRadius: 0,
    borderBottom: '2px solid transparent',
  },
  // The selected tab: a brand underline, bold, and a tinted ground, so it shows without colour too.
  tabSelected: {
    borderBottomColor: tokens.colorCompoundBrandStroke,
    borderBottomWidth: '3px',
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground1Selected,
    color: tokens.colorNeutralForeground1,
    // Fluent's hover rules come later in the sheet: the underline must survive the pointer over it.
    ':hover': { borderBottomColor: tokens.colorCompoundBrandStroke, backgroundColor: tokens.colorNeutralBackground1Selected },
  },
  // 「不合格」 is one word: never broken over two lines.
  grade: { whiteSpace: 'nowrap', overflowWrap: 'normal' },
  table: { width: '100%', tableLayout: 'fixed', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  th: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    padding: '2px 4px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  td: { padding: '2px 4px', verticalAlign: 'top', borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  flags: { display: 'flex', flexWrap: 'wrap', columnGap: '4px' },
  // Neutral text on a neutral ground (readable in light and dark), the colour on the edge only.
  flag: {
    fontSize: tokens.fontSizeBase100,
    padding: '0 4px',
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    borderLeft: `3px solid ${tokens.colorPaletteRedBorderActive}`,
  },
  flagWarn: { borderLeft: `3px solid ${tokens.colorPaletteMarigoldBorderActive}` },
});

export interface ResultsViewProps {
  result: Result;
  params: Params;
  ladder: Level[];
  periodName: string;
  /** What to say first under the heading: the sheets written, the warnings. */
  intro?: ReactNode;
  onGoTo(sheet: string, row: number | null): void;
}

export const ResultsView = forwardRef<HTMLHeadingElement, ResultsViewProps>(function ResultsView(
  { result, params, ladder, periodName, intro, onGoTo },
  headingRef,
) {
  const s = useStrings();
  const styles = useStyles();
  const [category, setCategory] = useState<Category>('部门');
  const [selected, setSelected] = useState<string | null>(null);
  const units = useMemo(
    () => result.units.filter((u) => u.category === category).sort((a, b) => a.rank - b.rank || a.code.localeCompare(b.code)),
    [result, category],
  );
  const totals = useMemo(
    () => ({
      events: result.events.length,
      complaints: result.units.reduce((n, u) => n + u.complaints, 0),
      fines: result.units.reduce((n, u) => n + u.unitFine + u.headFine + u.personFine, 0),
    }),
    [result],
  );
  const unit = result.units.find((u) => u.code === selected) ?? null;

  // Arrow keys move between the two tabs, as the ARIA tabs pattern expects.
  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const next = CATEGORIES[(CATEGORIES.indexOf(category) + 1) % 2];
    setCategory(next);
    document.getElementById(`qs-tab-${next}`)?.focus();
  };

  return (
    <section className={styles.section} aria-labelledby="qs-results-title" data-testid="results">
      <h2 id="qs-results-title" className={styles.heading} ref={headingRef} tabIndex={-1}>
        {s.resultsTitle(periodName)}
      </h2>
      {intro}
      <p className={styles.muted} data-testid="totals">
        {s.totals(totals.events, totals.complaints, totals.fines)}
      </p>
      <div role="tablist" aria-label={s.categoryTabs} className={styles.tabs}>
        {CATEGORIES.map((c) => (
          <Button
            key={c}
            id={`qs-tab-${c}`}
            role="tab"
            appearance="transparent"
            aria-selected={c === category}
            aria-controls="qs-tabpanel"
            tabIndex={c === category ? 0 : -1}
            className={mergeClasses(styles.tab, c === category && styles.tabSelected)}
            onClick={() => setCategory(c)}
            onKeyDown={onTabKey}
          >
            {s.categories[c]}
          </Button>
        ))}
      </div>
      <div role="tabpanel" id="qs-tabpanel" aria-labelledby={`qs-tab-${category}`}>
        {units.length === 0 ? (
          <p className={styles.muted}>{s.noUnits}</p>
        ) : (
          <>
            <ScoreChart units={units} params={params} periodName={periodName} />
            <RankTable units={units} onSelect={(code) => setSelected(code)} />
          </>
        )}
      </div>
      {unit ? (
        <UnitEvents
          unit={unit}
          events={result.events.filter((e) => e.unit === unit.code)}
          ladder={ladder}
          onGoTo={onGoTo}
          onClose={() => setSelected(null)}
        />
      ) : null}
    </section>
  );
});

function RankTable({ units, onSelect }: { units: UnitResult[]; onSelect(code: string): void }) {
  const s = useStrings();
  const styles = useStyles();
  return (
    <table className={styles.table} data-testid="ranking">
      <colgroup>
        <col style={{ width: s.rankWidths[0] }} />
        <col />
        <col style={{ width: s.rankWidths[1] }} />
        <col style={{ width: s.rankWidths[2] }} />
      </colgroup>
      <thead>
        <tr>
          <th scope="col" className={`${styles.th} ${styles.num}`}>
            {s.rankCol}
          </th>
          <th scope="col" className={styles.th}>
            {s.unitCol}
          </th>
          <th scope="col" className={`${styles.th} ${styles.num}`}>
            {s.scoreCol}
          </th>
          <th scope="col" className={styles.th}>
            {s.gradeCol}
          </th>
        </tr>
      </thead>
      <tbody>
        {units.map((u) => (
          <tr key={u.code} data-unit={u.code}>
            <td className={`${styles.td} ${styles.num}`}>{u.rank}</td>
            <th scope="row" className={styles.td} style={{ fontWeight: 'normal', textAlign: 'left' }}>
              <Link as="button" aria-label={s.showUnit(u.name)} onClick={() => onSelect(u.code)}>
                {u.name}
              </Link>
              <Flags unit={u} />
            </th>
            <td className={`${styles.td} ${styles.num}`}>{u.score}</td>
            <td className={mergeClasses(styles.td, styles.grade)}>{s.grades[u.grade]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Flags({ unit }: { unit: UnitResult }) {
  const s = useStrings();
  const styles = useStyles();
  const flags: { text: string; warn: boolean }[] = [];
  if (unit.veto) flags.push({ text: s.veto, warn: false });
  if (unit.grade === '不合格') flags.push({ text: s.failed, warn: false });
  if (unit.openItems > 0) flags.push({ text: s.openItems(unit.openItems), warn: true });
  if (flags.length === 0) return null;
  return (
    <span className={styles.flags}>
      {flags.map((f) => (
        <span key={f.text} className={mergeClasses(styles.flag, styles.grade, f.warn && styles.flagWarn)}>
          {f.text}
        </span>
      ))}
    </span>
  );
}
