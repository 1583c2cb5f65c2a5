// The summaries generated so far (from the markers), one entry per period with open, regenerate
// and delete: delete is the undo Office.js does not give. Delete asks once before it acts.
import { forwardRef, useState } from 'react';
import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { Button } from './Button';
import { Link } from './Link';
import type { GeneratedSheet } from '../host';
import { periodText, useStrings } from '../i18n';
import { groupGenerated } from '../workflow';

const useStyles = makeStyles({
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  item: { display: 'flex', flexDirection: 'column', rowGap: '2px' },
  buttons: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground3, margin: 0 },
});

export interface GeneratedListProps {
  sheets: GeneratedSheet[];
  busy: boolean;
  onOpen(sheet: string): void;
  onRegenerate(period: string): void;
  onDelete(period: string): void;
}

export const GeneratedList = forwardRef<HTMLHeadingElement, GeneratedListProps>(function GeneratedList(
  { sheets, busy, onOpen, onRegenerate, onDelete },
  ref,
) {
  const s = useStrings();
  const styles = useStyles();
  const [confirming, setConfirming] = useState<string | null>(null);
  const groups = groupGenerated(sheets);
  return (
    <section className={styles.section} aria-labelledby="qs-generated-title" data-testid="generated">
      <h2 className={styles.heading} id="qs-generated-title" ref={ref} tabIndex={-1}>
        {s.generatedTitle}
      </h2>
      {groups.length === 0 ? (
        <p className={styles.muted}>{s.noneGenerated}</p>
      ) : (
        <ul className={styles.list}>
          {groups.map(({ period, sheets: list }) => {
            const name = periodText(s, period);
            return (
              <li key={period} className={styles.item} data-period={period}>
                <strong>{name}</strong>
                {list.map((sheet) => (
                  <Link key={sheet.name} as="button" onClick={() => onOpen(sheet.name)}>
                    {s.openSheet(sheet.name)}
                  </Link>
                ))}
                {confirming === period ? (
                  <div role="group" aria-label={s.confirmDelete(name)}>
                    <p className={styles.muted}>{s.confirmDelete(name)}</p>
                    <div className={styles.buttons}>
                      <Button
                        size="small"
                        disabled={busy}
                        onClick={() => {
                          setConfirming(null);
                          onDelete(period);
                        }}
                      >
                        {s.confirm}
                      </Button>
                      <Button size="small" appearance="subtle" onClick={() => setConfirming(null)}>
                        {s.cancel}
                      </Button>
                    </div>
                  </div>
                ) : (
                  <div className={styles.buttons}>
                    <Button size="small" disabled={busy} aria-label={s.regenerateLabel(name)} onClick={() => onRegenerate(period)}>
                      {s.regenerate}
                    </Button>
                    <Button size="small" disabled={busy} aria-label={s.deleteLabel(name)} onClick={() => setConfirming(period)}>
                      {s.delete}
                    </Button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
});
