// An empty or half-set-up workbook: what is missing, and 新建模板 / 插入示例数据 as the main actions.
import { makeStyles, tokens } from '@fluentui/react-components';
import { Button } from './Button';
import { Subtitle2 } from './Text';
import { BeakerRegular, DocumentAddRegular } from '@fluentui/react-icons';
import { useStrings } from '../i18n';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  text: { margin: 0 },
});

export interface FirstRunProps {
  missing: ('units' | 'events')[];
  /** False for a workbook with no sheets of ours at all: then the general welcome is shown. */
  started: boolean;
  /** True when some sheet holds data we do not read: then it is never called empty (SPEC §1.5). */
  hasUnreadData?: boolean;
  busy: boolean;
  onTemplate(): void;
  onSample(): void;
  /**
   * Whether 新建模板 is the screen's one primary button. Not on the browser page, whose bar's
   * 打开工作簿… is the first thing to do there.
   */
  primary?: boolean;
  /** The page with no file open yet: say to open one first. */
  noFile?: boolean;
}

export function FirstRun({ missing, started, hasUnreadData, busy, onTemplate, onSample, primary = true, noFile = false }: FirstRunProps) {
  const s = useStrings();
  const styles = useStyles();
  const what = missing.map((m) => (m === 'units' ? s.missingUnits : s.missingEvents)).join(s.colon === ':' ? '、' : '; ');
  return (
    <section className={styles.box} aria-labelledby="qs-first-run-title" data-testid="first-run">
      <Subtitle2 as="h2" id="qs-first-run-title">
        {s.firstRunTitle}
      </Subtitle2>
      <p className={styles.text}>
        {noFile ? s.firstRunNoFile : hasUnreadData ? s.unreadData : started ? s.halfSetUp(what) : s.firstRunText}
      </p>
      <Button appearance={primary ? 'primary' : 'secondary'} icon={<DocumentAddRegular />} disabled={busy} onClick={onTemplate}>
        {s.createTemplate}
      </Button>
      <Button icon={<BeakerRegular />} disabled={busy} onClick={onSample}>
        {s.insertSample}
      </Button>
    </section>
  );
}
