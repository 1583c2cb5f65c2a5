// The validation result: all clear, or every error grouped by sheet, each a link that selects
// the offending cell in Excel.
import { Link, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { columnLetter, type ValidationError } from '../../engine';
import { useStrings } from '../i18n';
import { groupBySheet } from '../workflow';

const useStyles = makeStyles({
  group: { marginTop: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  message: { display: 'block', color: tokens.colorNeutralForeground2 },
});

export interface ErrorListProps {
  errors: ValidationError[];
  units: number;
  events: number;
  onGoTo(sheet: string, row: number | null, column: number | null): void;
}

export function ErrorList({ errors, units, events, onGoTo }: ErrorListProps) {
  const s = useStrings();
  const styles = useStyles();
  if (errors.length === 0) {
    return (
      <MessageBar intent="success" role="status">
        <MessageBarBody>{s.clean(units, events)}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <section aria-labelledby="qs-errors-title">
      <MessageBar intent="error" role="alert">
        <MessageBarBody>
          <MessageBarTitle id="qs-errors-title">{s.errorsTitle(errors.length)}</MessageBarTitle>
        </MessageBarBody>
      </MessageBar>
      {groupBySheet(errors).map((group) => (
        <div key={group.sheet} className={styles.group}>
          <Subtitle2 as="h3">{s.errorsInSheet(group.sheet, group.errors.length)}</Subtitle2>
          <ul className={styles.list}>
            {group.errors.map((e, i) => {
              const where = s.where(e.row, e.column !== null ? columnLetter(e.column) : null, e.header);
              return (
                <li key={`${e.row}-${e.column}-${i}`}>
                  <Link as="button" aria-label={`${s.goTo(where)}:${e.message}`} onClick={() => onGoTo(e.sheet, e.row, e.column)}>
                    {where}
                  </Link>
                  <span className={styles.message}>{e.message}</span>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
