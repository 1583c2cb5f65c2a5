// What the pane found in the workbook, as one line that unfolds: units, event rows per sheet, where
// the rules come from, whether the holiday calendar covers the years recorded, what was skipped.
// One line, so the period and the main action stay above the fold at 320×640.
import { makeStyles, tokens } from '@fluentui/react-components';
import { Button } from './Button';
import { Caption1 } from './Text';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import { useStrings } from '../i18n';
import type { Overview } from '../../engine';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  details: { flexGrow: 1, minWidth: 0 },
  summary: { cursor: 'pointer', paddingTop: '4px', paddingBottom: '4px' },
  body: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  missing: { color: tokens.colorPaletteRedForeground1 },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface OverviewCardProps {
  overview: Overview | null;
  busy: boolean;
  onRefresh(): void;
}

export function OverviewCard({ overview, busy, onRefresh }: OverviewCardProps) {
  const s = useStrings();
  const styles = useStyles();
  const refresh = (
    <Button
      appearance="subtle"
      size="small"
      icon={<ArrowClockwiseRegular />}
      onClick={onRefresh}
      disabled={busy}
      aria-label={s.refresh}
      title={s.refresh}
    />
  );
  if (!overview) {
    // Nothing read yet: reading now, or the last read failed (its notice says why).
    return (
      <section className={styles.card} aria-label={s.found}>
        <Caption1 className={styles.details} style={{ paddingTop: 4 }}>
          {busy ? s.loading : s.notRead}
        </Caption1>
        {refresh}
      </section>
    );
  }
  return (
    <section className={styles.card} aria-label={s.found}>
      <details className={styles.details}>
        <summary className={styles.summary} data-testid="overview-line">
          {s.overviewLine(overview.units.total, overview.events)}
        </summary>
        <div className={styles.body}>
          <div data-testid="units">{s.units(overview.units.total, overview.units.departments, overview.units.subUnits)}</div>
          <div>{s.eventRows}</div>
          {overview.eventSheets.length === 0 ? (
            <Caption1 className={styles.muted}>{s.noEventSheets}</Caption1>
          ) : (
            <ul className={styles.list} data-testid="event-sheets">
              {overview.eventSheets.map((sheet) => (
                <li key={sheet.name}>
                  {sheet.name}
                  {s.colon}
                  {s.rows(sheet.rows)}
                </li>
              ))}
            </ul>
          )}
          <div>{s.rules}</div>
          <ul className={styles.list} data-testid="rules">
            <li>{s.rulesFrom(s.clausesPart, overview.rules.clauses === 'workbook')}</li>
            <li>{s.rulesFrom(s.ladderPart, overview.rules.ladder === 'workbook')}</li>
            <li>{s.rulesFrom(s.paramsPart, overview.rules.params === 'workbook')}</li>
          </ul>
          {overview.calendar.covered.length + overview.calendar.missing.length > 0 ? (
            <div data-testid="calendar">
              {s.calendar}
              {s.colon}
              {overview.calendar.covered.length > 0 ? s.calendarCovers(overview.calendar.covered.join('、')) : null}
              {overview.calendar.missing.length > 0 ? (
                <span className={styles.missing}> {s.calendarMissing(overview.calendar.missing.join('、'))}</span>
              ) : null}
            </div>
          ) : null}
          {overview.skipped.length > 0 ? <Caption1 className={styles.muted}>{s.skipped(overview.skipped.join('、'))}</Caption1> : null}
        </div>
      </details>
      {refresh}
    </section>
  );
}
