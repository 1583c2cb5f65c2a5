// Sheets with data that are not read (SPEC §1.5), each with the engine's own explanation: which
// table it resembles, what its header has and lacks, which of its headers could serve, and the
// import to use. Shown unfolded, above the overview, so a clerk's own ledger never meets "no data".
import { makeStyles, tokens } from '@fluentui/react-components';
import { MessageBar, MessageBarBody, MessageBarTitle } from './MessageBar';
import type { Overview } from '../../engine';
import { useStrings } from '../i18n';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
});

export function UnreadSheets({ unread }: { unread: Overview['unread'] }) {
  const s = useStrings();
  const styles = useStyles();
  if (unread.length === 0) return null;
  return (
    <section className={styles.box} aria-label={s.unreadTitle} data-testid="unread-sheets">
      {unread.map((u) => (
        <MessageBar key={u.name} intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.unreadSheet(u.name, u.rows)}</MessageBarTitle>
            {u.message}
          </MessageBarBody>
        </MessageBar>
      ))}
    </section>
  );
}
