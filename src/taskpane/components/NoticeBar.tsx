// The one place results and failures are announced: a Fluent MessageBar with what happened and
// what to do next. Office errors always land here, so the pane is never left blank.
import { Button, Link, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useStrings } from '../i18n';
import type { Notice } from '../useAssessment';

export interface NoticeBarProps {
  notice: Notice | null;
  onDismiss(): void;
  onOpenSheet(sheet: string): void;
}

export function NoticeBar({ notice, onDismiss, onOpenSheet }: NoticeBarProps) {
  const s = useStrings();
  if (!notice) return null;
  const dismiss = (
    <MessageBarActions
      containerAction={<Button appearance="transparent" aria-label={s.dismiss} icon={<DismissRegular />} onClick={onDismiss} />}
    />
  );

  if (notice.type === 'error') {
    const { error } = notice;
    const text = s.errorKinds[error.kind] || error.message;
    const sheets = s.errorKinds[error.kind] && error.sheets.length > 0 ? ` (${error.sheets.join(', ')})` : '';
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{s.officeError}</MessageBarTitle>
          {text}
          {sheets}
          {error.kind === 'unknown' && error.message ? <div>{s.detail + error.message}</div> : null}
        </MessageBarBody>
        {dismiss}
      </MessageBar>
    );
  }

  if (notice.type === 'generated') {
    return (
      <MessageBar intent="success" layout="multiline" role="status">
        <MessageBarBody>
          {s.generated(notice.sheets.length)}
          {notice.sheets.map((name) => (
            <div key={name}>
              <Link as="button" onClick={() => onOpenSheet(name)}>
                {s.openSheet(name)}
              </Link>
            </div>
          ))}
          {notice.warnings.map((w) => (
            <div key={w}>{w}</div>
          ))}
        </MessageBarBody>
        {dismiss}
      </MessageBar>
    );
  }

  const nothing = notice.created.length === 0;
  return (
    <MessageBar intent={nothing ? 'warning' : 'success'} layout="multiline" role="status">
      <MessageBarBody>
        {nothing ? s.nothingCreated : s.created(notice.created.join('、'))}
        {notice.skipped.length > 0 && !nothing ? <div>{s.skippedExisting(notice.skipped.join('、'))}</div> : null}
        {notice.warnings.map((w) => (
          <div key={w}>{w}</div>
        ))}
      </MessageBarBody>
      {dismiss}
    </MessageBar>
  );
}
