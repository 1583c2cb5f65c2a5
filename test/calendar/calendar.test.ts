// The Chinese working-day calendar: statutory data from chinese-days, 节假日 overrides, coverage.
import { buildCalendar, CalendarCoverageError } from '../../src/engine/calendar';
import { ymdToSerial, serialToIso } from '../../src/engine/dates';
import type { CalendarOverride } from '../../src/engine/types';

const d = (iso: string): number => {
  const [y, m, day] = iso.split('-').map(Number);
  return ymdToSerial(y, m, day);
};

describe('statutory calendar (chinese-days data)', () => {
  const cal = buildCalendar();

  test('the worked example of DOMAIN.md: accepted Fri 2025-09-26, five working days end 2025-10-10', () => {
    // 09-28 (Sun) is a make-up working day; 10-01..10-08 are off in 2025.
    expect(serialToIso(cal.addWorkdays(d('2025-09-26'), 5))).toBe('2025-10-10');
    expect(cal.workdaysBetween(d('2025-09-26'), d('2025-10-10'))).toBe(5);
    // Going back five working days returns to the acceptance day.
    expect(serialToIso(cal.addWorkdays(d('2025-10-10'), -5))).toBe('2025-09-26');
  });

  test.each(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'])(
    '2026 make-up weekend day %s is a working day',
    (iso) => {
      expect(cal.isWorkday(d(iso))).toBe(true);
    },
  );

  test.each(['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07', '2026-09-25', '2026-01-02', '2026-02-16'])(
    '2026 statutory holiday %s is not a working day',
    (iso) => {
      expect(cal.isWorkday(d(iso))).toBe(false);
    },
  );

  test('plain weekdays work and plain weekends do not', () => {
    expect(cal.isWorkday(d('2026-09-24'))).toBe(true); // Thu
    expect(cal.isWorkday(d('2026-10-08'))).toBe(true); // Thu after National Day
    expect(cal.isWorkday(d('2026-03-01'))).toBe(false); // Sun
    expect(cal.isWorkday(d('2026-10-11'))).toBe(false); // Sun after the make-up Saturday
  });

  test('across Mid-Autumn and National Day 2026', () => {
    // After Fri 09-18 up to Mon 10-12: 09-20 (班) 1, 09-21..24 → 5, 09-25..27 off,
    // 09-28..30 → 8, 10-01..07 off, 10-08, 10-09 → 10, 10-10 (班) → 11, 10-11 Sun, 10-12 → 12.
    expect(cal.workdaysBetween(d('2026-09-18'), d('2026-10-12'))).toBe(12);
    expect(cal.workdaysBetween(d('2026-10-12'), d('2026-09-18'))).toBe(-12);
    expect(serialToIso(cal.addWorkdays(d('2026-09-30'), 1))).toBe('2026-10-08');
    expect(serialToIso(cal.addWorkdays(d('2026-09-30'), 3))).toBe('2026-10-10');
    expect(serialToIso(cal.addWorkdays(d('2026-09-30'), 4))).toBe('2026-10-12');
    expect(serialToIso(cal.addWorkdays(d('2026-10-08'), -1))).toBe('2026-09-30');
  });

  test('zero days: the same date, no count', () => {
    expect(cal.workdaysBetween(d('2026-10-01'), d('2026-10-01'))).toBe(0);
    expect(serialToIso(cal.addWorkdays(d('2026-10-03'), 0))).toBe('2026-10-03');
  });

  test('a time of day is ignored (serials with a fraction)', () => {
    expect(cal.workdaysBetween(d('2025-09-26') + 0.75, d('2025-10-10') + 0.1)).toBe(5);
  });

  test('covers exactly the years in the package data', () => {
    const years = cal.coveredYears();
    expect(years[0]).toBe(2004);
    expect(years).toContain(2026);
    expect(cal.covers(2027)).toBe(false);
    expect(cal.covers(2003)).toBe(false);
  });

  test('a count touching an uncovered year is an error naming the year, never a guess', () => {
    expect(() => cal.addWorkdays(d('2026-12-30'), 5)).toThrow(CalendarCoverageError);
    try {
      cal.workdaysBetween(d('2026-12-25'), d('2027-01-05'));
      throw new Error('expected an error');
    } catch (e) {
      expect(e).toBeInstanceOf(CalendarCoverageError);
      expect((e as CalendarCoverageError).year).toBe(2027);
      expect((e as Error).message).toContain('2027 年不在节假日日历范围内');
      expect((e as Error).message).toContain('节假日');
    }
    expect(() => cal.isWorkday(d('2003-06-02'))).toThrow(/2003 年/);
  });
});

describe('节假日 overrides', () => {
  const rows = (...pairs: [string, '休' | '班'][]): CalendarOverride[] => pairs.map(([iso, type]) => ({ date: d(iso), type }));

  test('a row in a year makes that year covered, and its 休 days count as off', () => {
    const cal = buildCalendar(rows(['2027-10-01', '休']));
    expect(cal.covers(2027)).toBe(true);
    // After Thu 2027-09-30 up to Mon 10-04: Fri 10-01 is declared off, the weekend is off, Mon counts.
    expect(cal.workdaysBetween(d('2027-09-30'), d('2027-10-04'))).toBe(1);
    // 2028 is still not covered.
    expect(() => cal.workdaysBetween(d('2027-12-30'), d('2028-01-04'))).toThrow(/2028 年/);
  });

  test('rows override the package both ways', () => {
    const cal = buildCalendar(rows(['2026-03-01', '班'], ['2026-10-10', '休']));
    expect(cal.isWorkday(d('2026-03-01'))).toBe(true); // a Sunday declared a working day
    expect(cal.isWorkday(d('2026-10-10'))).toBe(false); // the package's make-up Saturday, cancelled
    // After Wed 09-30 up to Mon 10-12: 10-08, 10-09, 10-12 (10-10 now off).
    expect(cal.workdaysBetween(d('2026-09-30'), d('2026-10-12'))).toBe(3);
  });

  test('overrides do not leak between calendars', () => {
    buildCalendar(rows(['2026-03-01', '班']));
    expect(buildCalendar().isWorkday(d('2026-03-01'))).toBe(false);
  });
});
