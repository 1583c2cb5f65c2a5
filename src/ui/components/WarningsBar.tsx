// Warnings (SPEC §2 rule 11: the default ladder is not yet confirmed; a period with no events …)
// as one notice: they never stop a summary, but the user should read them before printing.
import { MessageBar, MessageBarBody, MessageBarTitle } from './MessageBar';
import { useStrings } from '../i18n';

export function WarningsBar({ warnings }: { warnings: string[] }) {
  const s = useStrings();
  if (warnings.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="warnings">
      <MessageBarBody>
        <MessageBarTitle>{s.warningsTitle}</MessageBarTitle>
        {warnings.map((w) => (
          <div key={w}>{w}</div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
