// What the pane found in the workbook: units, event rows per sheet, where the rules come from,
// and whether the holiday calendar covers the years recorded.
import { Button, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import { useStrings } from '../i18n';
import type { Overview } from '../workflow';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between' },
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
  return (
    <section className={styles.card} aria-labelledby="qs-overview-title">
      <div className={styles.head}>
        <Subtitle2 as="h2" id="qs-overview-title">
          {s.found}
        </Subtitle2>
        <Button appearance="subtle" size="small" icon={<ArrowClockwiseRegular />} onClick={onRefresh} disabled={busy}>
          {s.refresh}
        </Button>
      </div>
      {!overview ? (
        // Nothing read yet: reading now, or the last read failed (its notice says why).
        <Caption1>{busy ? s.loading : s.notRead}</Caption1>
      ) : (
        <>
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
        </>
      )}
    </section>
  );
}
