// One unit's events of the period (clause, level, points, fines), each with a link to the row it
// came from, so a manager can check a score against the records. Focus moves here when it opens.
import { useEffect, useRef } from 'react';
import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { Button } from './Button';
import { Link } from './Link';
import type { EventResult, Level, UnitResult } from '../../engine';
import { useStrings } from '../i18n';

const useStyles = makeStyles({
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  box: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground3, margin: 0 },
});

export interface UnitEventsProps {
  unit: UnitResult;
  events: EventResult[];
  ladder: Level[];
  onGoTo(sheet: string, row: number | null): void;
  onClose(): void;
}

export function UnitEvents({ unit, events, ladder, onGoTo, onClose }: UnitEventsProps) {
  const s = useStrings();
  const styles = useStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView?.({ block: 'nearest' });
  }, [unit.code]);
  const levelName = (code: string) => ladder.find((l) => l.code === code)?.name ?? code;
  return (
    <section className={styles.box} aria-labelledby="qs-unit-title" data-testid="unit-events">
      <div className={styles.head}>
        <h3 className={styles.heading} id="qs-unit-title" ref={heading} tabIndex={-1}>
          {s.unitTitle(unit.name)}
        </h3>
        <Button size="small" appearance="subtle" onClick={onClose}>
          {s.closeUnit}
        </Button>
      </div>
      <p className={styles.muted}>{s.unitScore(unit.score, s.grades[unit.grade], unit.rank)}</p>
      {unit.quarters ? <p className={styles.muted}>{s.unitQuarters(unit.quarters.join(' · '))}</p> : null}
      {events.length === 0 ? (
        <p className={styles.muted}>{s.noEvents}</p>
      ) : (
        <ul className={styles.list}>
          {events.map((e) => (
            <li key={`${e.sheet}-${e.row}`}>
              <div>
                {s.eventLine(e.date, e.clause, levelName(e.level))}
                {e.open ? s.openMark : ''}
              </div>
              <div className={styles.muted}>{s.eventAmounts(e.points, e.unitFine + e.headFine + e.personFine, e.bonus)}</div>
              <Link as="button" aria-label={s.goToRow(e.sheet, e.row)} onClick={() => onGoTo(e.sheet, e.row)}>
                {s.sourceRow(e.sheet, e.row)}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
