// What the last action did or why it failed: a Fluent MessageBar with what happened and what to
// do next. Every bar has a title, which is its accessible name (MessageBar points its
// aria-labelledby at the title's id). Host errors always land here, so the pane is never blank.
import { forwardRef } from 'react';
import { Button } from './Button';
import { Link } from './Link';
import { DismissRegular } from '@fluentui/react-icons';
import { periodText, useStrings } from '../i18n';
import { MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from './MessageBar';
import type { Notice } from '../useAssessment';
import type { Period } from '../../engine';
import { PublishNotice } from './PublishNotice';

export interface NoticeBarProps {
  notice: Notice | null;
  onDismiss(): void;
  onOpenSheet(sheet: string): void;
  /** The user confirmed a republish with a reason (SPEC §10). */
  onRepublish(period: Period, action: 'generate' | 'publish', reason: string): void;
}

/** The sheet to fill next after 新建模板, or to look at after 插入示例数据. */
const NEXT_SHEET = { template: '单位', sample: '部门考核记录' } as const;

export const NoticeBar = forwardRef<HTMLDivElement, NoticeBarProps>(function NoticeBar(
  { notice, onDismiss, onOpenSheet, onRepublish },
  ref,
) {
  const s = useStrings();
  if (!notice) return null;
  if (notice.type === 'published' || notice.type === 'republish') {
    return <PublishNotice ref={ref} notice={notice} onDismiss={onDismiss} onRepublish={onRepublish} />;
  }
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
      <MessageBar ref={ref} tabIndex={-1} intent="error" layout="multiline" role="alert">
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

  if (notice.type === 'deleted') {
    return (
      <MessageBar ref={ref} tabIndex={-1} intent="success" layout="multiline" role="status">
        <MessageBarBody>
          <MessageBarTitle>{s.deleted(periodText(s, notice.period))}</MessageBarTitle>
        </MessageBarBody>
        {dismiss}
      </MessageBar>
    );
  }

  if (notice.type === 'error-list') {
    return (
      <MessageBar ref={ref} tabIndex={-1} intent="success" layout="multiline" role="status">
        <MessageBarBody>
          <MessageBarTitle>{s.errorListWritten(notice.sheet)}</MessageBarTitle>
          {notice.warnings.map((w) => (
            <div key={w}>{w}</div>
          ))}
          <Link as="button" onClick={() => onOpenSheet(notice.sheet)}>
            {s.openSheet(notice.sheet)}
          </Link>
        </MessageBarBody>
        {dismiss}
      </MessageBar>
    );
  }

  if (notice.downloaded && notice.created.length === 0) {
    return (
      <MessageBar ref={ref} tabIndex={-1} intent="success" layout="multiline" role="status">
        <MessageBarBody>
          <MessageBarTitle>{s.downloadedFile(notice.downloaded)}</MessageBarTitle>
          {notice.warnings.map((w) => (
            <div key={w}>{w}</div>
          ))}
        </MessageBarBody>
        {dismiss}
      </MessageBar>
    );
  }

  const nothing = notice.created.length === 0;
  const next = NEXT_SHEET[notice.action];
  // Link only to a sheet the workbook has: created now, or there already.
  const nextExists = notice.created.includes(next) || notice.skipped.includes(next);
  return (
    <MessageBar ref={ref} tabIndex={-1} intent={nothing ? 'warning' : 'success'} layout="multiline" role="status">
      <MessageBarBody>
        <MessageBarTitle>{nothing ? s.nothingCreated : s.created(notice.created.join('、'))}</MessageBarTitle>
        {notice.skipped.length > 0 && !nothing ? <div>{s.skippedExisting(notice.skipped.join('、'))}</div> : null}
        {notice.warnings.map((w) => (
          <div key={w}>{w}</div>
        ))}
        <div>{notice.action === 'template' ? s.nextAfterTemplate : s.nextAfterSample}</div>
        {nextExists ? (
          <Link as="button" onClick={() => onOpenSheet(next)}>
            {notice.action === 'template' ? s.openToFill(next) : s.openToLook(next)}
          </Link>
        ) : null}
      </MessageBarBody>
      {dismiss}
    </MessageBar>
  );
});
