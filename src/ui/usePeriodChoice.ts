// The period the pane works on: the last one chosen in this document (a setting the host keeps)
// wins over the workbook's default (the last completed quarter with events, SPEC §2); choosing
// one remembers it. Carried as a Period end to end; the setting holds its canonical text.
import { useEffect, useMemo, useState } from 'react';
import { defaultPeriodOf, formatPeriod, parsePeriod, periodYears, ymdOf, type Period, type WorkbookReading } from '../engine';
import type { WorkbookHost } from './host';

const SETTING_PERIOD = 'period';

export interface PeriodChoice {
  period: Period;
  /** The years the picker offers: those with events, and the chosen one. */
  years: number[];
  choose(period: Period): void;
}

export function usePeriodChoice(host: WorkbookHost, reading: WorkbookReading | null, today: () => Date): PeriodChoice {
  const initial = useMemo(() => defaultPeriodOf(reading, ymdOf(today())), [reading, today]);
  const [choice, setChoice] = useState<Period | null>(null);
  const [remembered, setRemembered] = useState<Period | null | undefined>(undefined);
  useEffect(() => {
    host
      .loadSetting(SETTING_PERIOD)
      .then((v) => setRemembered(v ? parsePeriod(v) : null))
      .catch(() => setRemembered(null));
  }, [host]);
  useEffect(() => {
    if (reading && !choice && remembered !== undefined) setChoice(remembered ?? initial);
  }, [reading, choice, initial, remembered]);
  const period = choice ?? initial;
  const years = useMemo(() => periodYears(reading?.model ?? null, period.year), [reading, period.year]);
  const choose = (p: Period) => {
    setChoice(p);
    void host.saveSetting(SETTING_PERIOD, formatPeriod(p)).catch(() => {});
  };
  return { period, years, choose };
}
