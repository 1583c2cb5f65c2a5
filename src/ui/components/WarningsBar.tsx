// Warnings (SPEC §2 rule 11: the default ladder is not yet confirmed; a period with no events …)
// as one notice: they never stop a summary, but the user should read them before printing. One
// line by default (the first sentence of the first warning), the full text behind 「详情」: at 200 %
// zoom in a 320 px pane six lines of warning would be the whole screen.
import { useState } from 'react';
import { makeStyles } from '@fluentui/react-components';
import { Button } from './Button';
import { MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from './MessageBar';
import { useStrings } from '../i18n';

const useStyles = makeStyles({
  // One line by clamping, not by nowrap: a nowrap line is as wide as its sentence and pushed the
  // 320 px pane sideways; clamped text still wraps inside, so it never needs more width than it has.
  line: { display: '-webkit-box', WebkitLineClamp: 1, WebkitBoxOrient: 'vertical', overflow: 'hidden', overflowWrap: 'anywhere' },
});

/** The first sentence (up to 。 or . followed by a space), where a warning's headline ends. */
export function firstSentence(text: string): string {
  const m = /^.*?(。|\.\s|:|:)/.exec(text);
  return m ? m[0].replace(/[::]$/, '').trim() : text;
}

export function WarningsBar({ warnings }: { warnings: string[] }) {
  const s = useStrings();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  if (warnings.length === 0) return null;
  const more = warnings.length > 1 || firstSentence(warnings[0]) !== warnings[0];
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="warnings">
      <MessageBarBody>
        <MessageBarTitle>{s.warningsTitle}</MessageBarTitle>
        {open ? (
          <div id="qs-warnings-detail">
            {warnings.map((w) => (
              <div key={w}>{w}</div>
            ))}
          </div>
        ) : (
          <span className={styles.line} title={warnings.join('\n')}>
            {firstSentence(warnings[0])}
            {warnings.length > 1 ? s.moreWarnings(warnings.length - 1) : ''}
          </span>
        )}
      </MessageBarBody>
      {more ? (
        <MessageBarActions>
          <Button size="small" aria-expanded={open} aria-controls={open ? 'qs-warnings-detail' : undefined} onClick={() => setOpen(!open)}>
            {open ? s.lessDetail : s.moreDetail}
          </Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
