// The period's one home (src/engine/period.ts): text forms, days, the period before, labels and
// the period a door offers first.
import {
  defaultPeriod,
  formatPeriod,
  parsePeriod,
  periodBounds,
  periodLabel,
  periodYears,
  previousPeriod,
  quarterPeriod,
  serialToIso,
  yearPeriod,
  ymdOf,
  ymdToSerial,
  type Model,
} from '../../src/engine';

const events = (...isoDates: string[]) =>
  ({ events: isoDates.map((d) => ({ date: ymdToSerial(...(d.split('-').map(Number) as [number, number, number])) })) }) as unknown as Pick<
    Model,
    'events'
  >;

test('every text form of a period parses to one Period and formats back to its canonical text', () => {
  for (const t of ['2026Q3', '2026q3', '2026-Q3', '2026年第3季度', '2026年第三季度'])
    expect(parsePeriod(t)).toEqual(quarterPeriod(2026, 3));
  for (const t of ['2026', '2026年', '2026年度']) expect(parsePeriod(t)).toEqual(yearPeriod(2026));
  for (const t of ['2026Q5', '26Q3', '', 'Q3']) expect(parsePeriod(t)).toBeNull();
  expect(formatPeriod(quarterPeriod(2026, 3))).toBe('2026Q3');
  expect(formatPeriod(yearPeriod(2026))).toBe('2026');
});

test('bounds, previous period and label', () => {
  const iso = (p: ReturnType<typeof periodBounds>) => [serialToIso(p.first), serialToIso(p.last)];
  expect(iso(periodBounds(quarterPeriod(2026, 1)))).toEqual(['2026-01-01', '2026-03-31']);
  expect(iso(periodBounds(quarterPeriod(2024, 1)))).toEqual(['2024-01-01', '2024-03-31']);
  expect(iso(periodBounds(quarterPeriod(2026, 4)))).toEqual(['2026-10-01', '2026-12-31']);
  expect(iso(periodBounds(yearPeriod(2026)))).toEqual(['2026-01-01', '2026-12-31']);
  expect(previousPeriod(quarterPeriod(2026, 1))).toEqual(quarterPeriod(2025, 4));
  expect(previousPeriod(quarterPeriod(2026, 3))).toEqual(quarterPeriod(2026, 2));
  expect(previousPeriod(yearPeriod(2026))).toEqual(yearPeriod(2025));
  expect(periodLabel(quarterPeriod(2026, 3))).toBe('2026年第3季度');
  expect(periodLabel(yearPeriod(2026))).toBe('2026年度');
});

describe('the default period: the last completed quarter that has events', () => {
  const today = { year: 2026, month: 11, day: 20 }; // Q4 is running

  test('a quarter still running is not offered, even when it has events', () => {
    expect(defaultPeriod(events('2026-04-02', '2026-08-15', '2026-10-06'), today)).toEqual(quarterPeriod(2026, 3));
  });

  test('a completed quarter without events is skipped for the last one that has them', () => {
    expect(defaultPeriod(events('2026-02-10', '2026-05-03'), today)).toEqual(quarterPeriod(2026, 2));
  });

  test('when only the running quarter has events, that quarter', () => {
    expect(defaultPeriod(events('2026-10-06'), today)).toEqual(quarterPeriod(2026, 4));
  });

  test('with no events, the quarter before today', () => {
    expect(defaultPeriod(null, today)).toEqual(quarterPeriod(2026, 3));
    expect(defaultPeriod(null, { year: 2026, month: 2, day: 1 })).toEqual(quarterPeriod(2025, 4));
  });

  test('the year form is that quarter’s year', () => {
    expect(defaultPeriod(events('2025-12-30', '2026-01-05'), { year: 2026, month: 1, day: 10 }, 'year')).toEqual(yearPeriod(2025));
  });

  test('copes with a million events (no spread into Math.max)', () => {
    const many = { events: Array.from({ length: 1_000_000 }, (_, i) => ({ date: 46023 + (i % 300) })) } as unknown as Model; // 2026
    expect(defaultPeriod(many, today)).toEqual(quarterPeriod(2026, 3));
  });
});

test('years offered: every year with events and one either side of the chosen one', () => {
  expect(periodYears(events('2024-03-01', '2026-07-01'), 2026)).toEqual([2024, 2025, 2026, 2027]);
});

test('today from a Date is the local wall-clock day', () => {
  expect(ymdOf(new Date(2026, 6, 1, 0, 30))).toEqual({ year: 2026, month: 7, day: 1 });
});
