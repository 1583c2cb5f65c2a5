// The validation result: all clear, or every error grouped by sheet (each group folds), each a
// link that selects the offending cell. Marked stale when a sheet changes after the check.
import { forwardRef } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { Button } from './Button';
import { Link } from './Link';
import { columnLetter, type ValidationError } from '../../engine';
import { useStrings } from '../i18n';
import { MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from './MessageBar';
import { groupBySheet } from '../workflow';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  group: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalXS },
  summary: {
    cursor: 'pointer',
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  message: { display: 'block', color: tokens.colorNeutralForeground2 },
});

export interface ErrorListProps {
  errors: ValidationError[];
  units: number;
  events: number;
  /** The workbook's sheets: an error about a sheet that is not there gets no link. */
  sheets: string[];
  stale: boolean;
  busy: boolean;
  onRevalidate(): void;
  /** 写入错误清单: the list as a sheet with links to the cells. */
  onWriteList(): void;
  onGoTo(sheet: string, row: number | null, column: number | null): void;
}

export const ErrorList = forwardRef<HTMLDivElement, ErrorListProps>(function ErrorList(
  { errors, units, events, sheets, stale, busy, onRevalidate, onWriteList, onGoTo },
  ref,
) {
  const s = useStrings();
  const styles = useStyles();
  const staleBar = stale ? (
    <MessageBar intent="warning" layout="multiline" role="status" data-testid="stale">
      <MessageBarBody>
        <MessageBarTitle>{s.stale}</MessageBarTitle>
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" disabled={busy} onClick={onRevalidate}>
          {s.revalidate}
        </Button>
      </MessageBarActions>
    </MessageBar>
  ) : null;
  if (errors.length === 0) {
    return (
      <div className={styles.section}>
        {staleBar}
        <MessageBar ref={ref} tabIndex={-1} intent="success" role="status">
          <MessageBarBody>
            <MessageBarTitle>{s.clean(units, events)}</MessageBarTitle>
          </MessageBarBody>
        </MessageBar>
      </div>
    );
  }
  const present = new Set(sheets.map((n) => n.toLowerCase()));
  return (
    <section className={styles.section} aria-labelledby="qs-errors-title" data-testid="errors">
      {staleBar}
      <MessageBar ref={ref} tabIndex={-1} intent="error" role="alert">
        <MessageBarBody>
          <MessageBarTitle id="qs-errors-title">{s.errorsTitle(errors.length)}</MessageBarTitle>
        </MessageBarBody>
        <MessageBarActions>
          <Button size="small" disabled={busy} onClick={onWriteList}>
            {s.writeErrorList}
          </Button>
        </MessageBarActions>
      </MessageBar>
      {groupBySheet(errors).map((group, g) => (
        // Native <details>: folds and unfolds by keyboard and screen reader with no code of ours.
        <details key={group.sheet} className={styles.group} open={errors.length <= 30 || g === 0}>
          <summary className={styles.summary}>
            <h2 style={{ display: 'inline', font: 'inherit', margin: 0 }}>{s.errorsInSheet(group.sheet, group.errors.length)}</h2>
          </summary>
          <ul className={styles.list}>
            {group.errors.map((e, i) => {
              const where = s.where(e.row, e.column !== null ? columnLetter(e.column) : null, e.header);
              return (
                <li key={`${e.row}-${e.column}-${i}`}>
                  {present.has(e.sheet.toLowerCase()) ? (
                    <Link
                      as="button"
                      aria-label={`${s.goTo(where)}${s.colon}${e.message}`}
                      onClick={() => onGoTo(e.sheet, e.row, e.column)}
                    >
                      {where}
                    </Link>
                  ) : (
                    <span>{where}</span>
                  )}
                  <span className={styles.message}>{e.message}</span>
                </li>
              );
            })}
          </ul>
        </details>
      ))}
    </section>
  );
});
