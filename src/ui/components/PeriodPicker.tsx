// Year and quarter (or the whole year) for the summaries. Native selects: labelled, and usable
// by keyboard and screen readers without any work of ours.
import { Field, makeStyles, tokens } from '@fluentui/react-components';
import { Select } from './Select';
import { useStrings } from '../i18n';

export type QuarterChoice = 1 | 2 | 3 | 4 | 'year';

const useStyles = makeStyles({
  // Two columns at 320 px, one when the pane is narrower (200% zoom).
  row: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(110px, 1fr))',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
});

export interface PeriodPickerProps {
  years: number[];
  year: number;
  quarter: QuarterChoice;
  disabled: boolean;
  onChange(year: number, quarter: QuarterChoice): void;
}

export function PeriodPicker({ years, year, quarter, disabled, onChange }: PeriodPickerProps) {
  const s = useStrings();
  const styles = useStyles();
  return (
    <fieldset style={{ border: 'none', padding: 0, margin: 0 }}>
      <legend>{s.period}</legend>
      <div className={styles.row}>
        <Field label={s.year}>
          <Select value={String(year)} disabled={disabled} onChange={(_e, d) => onChange(Number(d.value), quarter)}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={s.quarter}>
          <Select
            value={String(quarter)}
            disabled={disabled}
            onChange={(_e, d) => onChange(year, d.value === 'year' ? 'year' : (Number(d.value) as 1 | 2 | 3 | 4))}
          >
            {[1, 2, 3, 4].map((q) => (
              <option key={q} value={q}>
                {s.quarterN(q)}
              </option>
            ))}
            <option value="year">{s.wholeYear}</option>
          </Select>
        </Field>
      </div>
    </fieldset>
  );
}
