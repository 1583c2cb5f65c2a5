// 历史未闭环事项 and the period's overdue ones (SPEC §10) under the result: the same lines the
// summary prints, each a link to its row, so the clerk goes straight to the 完成日期 to fill.
import { Link } from './Link';
import { MessageBar, MessageBarBody, MessageBarTitle } from './MessageBar';
import type { FollowUp, OpenItem } from '../../engine';
import { useStrings } from '../i18n';

export function FollowUpList({ followUp, onGoTo }: { followUp: FollowUp; onGoTo(sheet: string, row: number): void }) {
  const s = useStrings();
  const blocks: [string, OpenItem[]][] = [
    [s.historyOpen(followUp.history.length), followUp.history],
    [s.overdueOpen(followUp.overdue.length), followUp.overdue],
  ];
  if (!followUp.history.length && !followUp.overdue.length) return null;
  return (
    <MessageBar intent="info" layout="multiline" data-testid="follow-up">
      <MessageBarBody>
        {blocks
          .filter(([, items]) => items.length > 0)
          .map(([title, items]) => (
            <div key={title}>
              <MessageBarTitle>{title}</MessageBarTitle>
              {items.map((it) => (
                <div key={`${it.sheet}:${it.row}`}>
                  <Link as="button" inline onClick={() => onGoTo(it.sheet, it.row)}>
                    {`${it.unitName} ${it.date} ${it.clause}:${it.description}`}
                  </Link>
                  {it.overdueDays !== null ? ` ${s.overdueDays(it.overdueDays)}` : ''}
                </div>
              ))}
            </div>
          ))}
      </MessageBarBody>
    </MessageBar>
  );
}
