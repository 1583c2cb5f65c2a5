// Shown instead of the pane when this Excel cannot run the add-in: says so plainly, what is needed,
// and where everyone else goes (the browser page, WPS). Nothing in the workbook is touched.
import { FluentProvider, makeStyles, tokens } from '@fluentui/react-components';
import { Title3 } from './Text';
import { MessageBar, MessageBarBody, MessageBarTitle } from './MessageBar';
import type { PaneEnv } from '../env';
import type { Strings } from '../i18n';
import type { Look } from '../look';

const useStyles = makeStyles({
  provider: { minHeight: '100vh' },
  root: { padding: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  text: { margin: 0 },
});

export interface CompatPageProps {
  env: PaneEnv;
  /** The words and theme for `env` (loadLook). */
  look: Look;
  ie: boolean;
  missing: string[];
}

export function compatLines(s: Strings, ie: boolean, missing: string[]): string[] {
  return [...(ie ? [s.compatIe] : []), ...(missing.length > 0 ? [s.compatSets(missing.join('、'))] : []), s.compatNeeds, s.compatElse];
}

export function CompatPage({ env, look, ie, missing }: CompatPageProps) {
  const styles = useStyles();
  const s = look.strings;
  return (
    <FluentProvider theme={look.theme} className={styles.provider} lang={env.language === 'zh' ? 'zh-CN' : 'en'}>
      <main className={styles.root}>
        <Title3 as="h1">{s.appTitle}</Title3>
        <MessageBar intent="warning" layout="multiline" data-testid="compat">
          <MessageBarBody>
            <MessageBarTitle>{s.compatTitle}</MessageBarTitle>
          </MessageBarBody>
        </MessageBar>
        {compatLines(s, ie, missing).map((line) => (
          <p key={line} className={styles.text}>
            {line}
          </p>
        ))}
      </main>
    </FluentProvider>
  );
}
