// The print view: the generated sheets as the printer will get them, in a layer of its own
// directly under <body> (so print CSS can hide the rest of the page), with a toolbar that does
// not print. The browser's Print / Save as PDF does the rest: A4 landscape, title rows on every
// page, 第 N 页 共 M 页 in the footer (see print/plan-html.ts).
import { Button, Caption1, Field, FluentProvider, Select, makeStyles, tokens, type Theme } from '@fluentui/react-components';
import { ArrowLeftRegular, PrintRegular } from '@fluentui/react-icons';
import { useEffect, useMemo, useRef } from 'react';
import { createPortal } from 'react-dom';
import type { SheetPlan } from '../../engine';
import { printDocument } from '../print/document';
import type { PageStrings } from '../strings';

const useStyles = makeStyles({
  bar: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, alignSelf: 'center' },
  paper: { padding: '16px', backgroundColor: '#fff', color: '#000' },
});

export interface PrintViewProps {
  plans: SheetPlan[];
  /** The sheet to print, or null for all of them. */
  selected: string | null;
  strings: PageStrings;
  /** The page's theme: a portal sits outside the page's FluentProvider, so it needs its own. */
  theme: Theme;
  onSelect(sheet: string | null): void;
  onClose(): void;
}

export function PrintView({ plans, selected, strings: s, theme, onSelect, onClose }: PrintViewProps) {
  const styles = useStyles();
  const chosen = useMemo(() => (selected ? plans.filter((p) => p.name === selected) : plans), [plans, selected]);
  const doc = useMemo(() => printDocument(chosen), [chosen]);
  const back = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    document.body.classList.add('qs-previewing');
    back.current?.focus();
    return () => document.body.classList.remove('qs-previewing');
  }, []);

  return createPortal(
    <FluentProvider theme={theme} id="qs-print-root">
      <style>{doc.css}</style>
      <header className={`${styles.bar} qs-no-print`}>
        <h1 className={styles.title}>{s.printPreview}</h1>
        <Button ref={back} icon={<ArrowLeftRegular />} onClick={onClose}>
          {s.back}
        </Button>
        <Field label={s.printSheets}>
          <Select value={selected ?? ''} onChange={(_, d) => onSelect(d.value || null)}>
            <option value="">{s.allSheets}</option>
            {plans.map((p) => (
              <option key={p.name} value={p.name}>
                {p.name}
              </option>
            ))}
          </Select>
        </Field>
        <Button appearance="primary" icon={<PrintRegular />} onClick={() => window.print()}>
          {s.print}
        </Button>
        <Caption1>{s.printHint}</Caption1>
      </header>
      <main className={styles.paper} aria-label={s.printPreview} dangerouslySetInnerHTML={{ __html: doc.html }} />
    </FluentProvider>,
    document.body,
  );
}
