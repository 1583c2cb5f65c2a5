// The 考核通报 (.docx) for the result on screen: a download where the host can save a file and a
// writer was given, otherwise one line saying where to get it (the browser page, or the command).
import { useState } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { Button } from './Button';
import { DocumentArrowDownRegular } from '@fluentui/react-icons';
import { noticeFileName, parsePeriod, type NoticePlan } from '../../engine';
import type { WorkbookHost } from '../host';
import { asWorkbookError } from '../host';
import { useStrings } from '../i18n';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const useStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground3, margin: 0, fontSize: tokens.fontSizeBase200 },
});

export interface NoticeDownloadProps {
  /** The use case's notice plan for the result on screen (drawn on first use). */
  notice: () => NoticePlan;
  writeNotice?: (plan: NoticePlan) => Promise<Uint8Array>;
  download: WorkbookHost['download'];
  /**
   * The workbook's file name, asked at the click (a book saved meanwhile is named by it): the
   * notice is `<book>.2026Q3.通报.docx`, as `qs-assess notice` names it.
   */
  bookName?: () => string | null;
}

export function NoticeDownload({ notice, writeNotice, download, bookName }: NoticeDownloadProps) {
  const s = useStrings();
  const styles = useStyles();
  const [failure, setFailure] = useState<string | null>(null);
  if (!writeNotice || !download) return <p className={styles.muted}>{s.noticeElsewhere}</p>;
  const save = async () => {
    try {
      setFailure(null);
      const plan = notice();
      const period = parsePeriod(plan.period);
      const name = period ? noticeFileName(bookName?.() ?? '考核', period) : `${plan.period}.通报.docx`;
      await download(name, await writeNotice(plan), DOCX);
    } catch (e) {
      setFailure(asWorkbookError(e).message);
    }
  };
  return (
    <div>
      <Button icon={<DocumentArrowDownRegular />} onClick={() => void save()}>
        {s.downloadNotice}
      </Button>
      {failure ? (
        <p role="alert" className={styles.muted}>
          {s.detail + failure}
        </p>
      ) : null}
    </div>
  );
}
