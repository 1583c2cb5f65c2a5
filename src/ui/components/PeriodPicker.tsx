// Year and quarter (or the whole year) for the summaries. Native selects: labelled, and usable
// by keyboard and screen readers without any work of ours.
import { Field, makeStyles, tokens } from '@fluentui/react-components';
import { quarterPeriod, yearPeriod, type Period, type Quarter } from '../../engine';
import { Select } from './Select';
import { useStrings } from '../i18n';

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
  period: Period;
  disabled: boolean;
  onChange(period: Period): void;
}

/** The quarter select's value: '1'…'4', or 'year' for the whole year. */
const choiceOf = (p: Period) => (p.kind === 'year' ? 'year' : String(p.quarter));
const periodFrom = (year: number, choice: string): Period =>
  choice === 'year' ? yearPeriod(year) : quarterPeriod(year, Number(choice) as Quarter);

export function PeriodPicker({ years, period, disabled, onChange }: PeriodPickerProps) {
  const s = useStrings();
  const styles = useStyles();
  const year = period.year;
  const choice = choiceOf(period);
  return (
    <fieldset style={{ border: 'none', padding: 0, margin: 0 }}>
      <legend>{s.period}</legend>
      <div className={styles.row}>
        <Field label={s.year}>
          <Select value={String(year)} disabled={disabled} onChange={(_e, d) => onChange(periodFrom(Number(d.value), choice))}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={s.quarter}>
          <Select value={choice} disabled={disabled} onChange={(_e, d) => onChange(periodFrom(year, d.value))}>
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
