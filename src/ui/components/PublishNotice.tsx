// What 发布结果 did (SPEC §10), and the confirmation a changed published period needs before it is
// generated or published again: the engine's message (which unit, which numbers, which rows), a
// reason to give, and one button that republishes with it. Nothing is written without the reason.
import { forwardRef, useState } from 'react';
import { Field } from '@fluentui/react-components';
import { Button } from './Button';
import { MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from './MessageBar';
import { DismissRegular } from '@fluentui/react-icons';
import { useStrings } from '../i18n';
import type { Period } from '../../engine';
import type { Notice } from '../useAssessment';

export type PublishNoticeValue = Extract<Notice, { type: 'published' } | { type: 'republish' }>;

export interface PublishNoticeProps {
  notice: PublishNoticeValue;
  onDismiss(): void;
  onRepublish(period: Period, action: 'generate' | 'publish', reason: string): void;
}

export const PublishNotice = forwardRef<HTMLDivElement, PublishNoticeProps>(function PublishNotice(
  { notice, onDismiss, onRepublish },
  ref,
) {
  const s = useStrings();
  const [reason, setReason] = useState('');
  const dismiss = (
    <MessageBarActions
      containerAction={<Button appearance="transparent" aria-label={s.dismiss} icon={<DismissRegular />} onClick={onDismiss} />}
    />
  );
  if (notice.type === 'published') {
    return (
      <MessageBar
        ref={ref}
        tabIndex={-1}
        intent={notice.done ? 'success' : 'info'}
        layout="multiline"
        role="status"
        data-testid="published"
      >
        <MessageBarBody>
          <MessageBarTitle>{s.publishedTitle}</MessageBarTitle>
          {notice.message}
          {notice.warnings.map((w) => (
            <div key={w}>{w}</div>
          ))}
        </MessageBarBody>
        {dismiss}
      </MessageBar>
    );
  }
  const ok = reason.trim() !== '';
  return (
    <MessageBar ref={ref} tabIndex={-1} intent="warning" layout="multiline" role="alert" data-testid="republish">
      <MessageBarBody>
        <MessageBarTitle>{s.republishTitle}</MessageBarTitle>
        <div>{notice.message}</div>
        <div>{s.republishHint}</div>
        <Field label={s.republishReason}>
          {/* A native input: the pane's bundle budget has no room for Fluent's Input. */}
          <input
            data-testid="republish-reason"
            aria-label={s.republishReason}
            value={reason}
            maxLength={200}
            onChange={(e) => setReason(e.target.value)}
          />
        </Field>
        <Button appearance="primary" disabled={!ok} onClick={() => onRepublish(notice.period, notice.action, reason.trim())}>
          {notice.action === 'generate' ? s.republishGenerate : s.republishPublish}
        </Button>
      </MessageBarBody>
      {dismiss}
    </MessageBar>
  );
});
