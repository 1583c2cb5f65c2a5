// The generated sheets on the page, beside the pane: each as it will print (the print view's HTML
// of its plan), so the results are seen at full width without opening the workbook. A sheet too
// long to draw on screen at once (a big quarter's detail) says so and points to the print view
// and the download, which hold every row.
import { Caption1, Field, Select, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { SheetPlan } from '../../engine';
import { planHtml, PRINT_SHEET_CSS } from '../print/plan-html';
import type { PageStrings } from '../strings';

/** Rows drawn on screen at most; the print view and the workbook have them all. */
export const PREVIEW_MAX_ROWS = 2000;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  head: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalM,
  },
  title: { margin: 0 },
  paper: {
    overflow: 'auto',
    maxHeight: '80vh',
    padding: tokens.spacingHorizontalM,
    backgroundColor: '#fff',
    color: '#000',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow4,
  },
});

export interface SheetPreviewProps {
  plans: SheetPlan[];
  /** The sheet shown first (the latest generation's first). */
  initial: string | null;
  strings: PageStrings;
}

export function SheetPreview({ plans, initial, strings: s }: SheetPreviewProps) {
  const styles = useStyles();
  const [chosen, setChosen] = useState<string | null>(initial);
  const plan = plans.find((p) => p.name === chosen) ?? plans[0];
  const tooLong = plan.values.length > PREVIEW_MAX_ROWS;
  const html = useMemo(() => (tooLong ? '' : planHtml(plan, 'qs-preview')), [plan, tooLong]);
  return (
    <section className={styles.root} aria-labelledby="qs-preview-title" data-testid="sheet-preview">
      <div className={styles.head}>
        <h2 id="qs-preview-title" className={styles.title}>
          <Subtitle2>{s.previewTitle}</Subtitle2>
        </h2>
        <Field label={s.previewSheet}>
          <Select value={plan.name} onChange={(_, d) => setChosen(d.value)}>
            {plans.map((p) => (
              <option key={p.name} value={p.name}>
                {p.name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {tooLong ? (
        <Caption1 role="status">{s.previewTooLong(plan.name, plan.values.length)}</Caption1>
      ) : (
        <div className={styles.paper} tabIndex={0} role="region" aria-label={`${s.previewTitle}:${plan.name}`}>
          {/* On screen the sheet keeps an A4 page's width and scrolls, rather than squeezing its columns. */}
          <style>{`${PRINT_SHEET_CSS}\n[data-testid="sheet-preview"] .qs-print-table { min-width: 1000px; }`}</style>
          <div dangerouslySetInnerHTML={{ __html: html }} />
        </div>
      )}
    </section>
  );
}
