import { parsePeriod, formatPeriod } from '../../src/engine/period';
import { quarterBounds, serialToIso, ymdToSerial, weekday } from '../../src/engine/dates';

describe('periods', () => {
  test.each([
    ['2026Q3', { kind: 'quarter', year: 2026, quarter: 3 }],
    ['2026q1', { kind: 'quarter', year: 2026, quarter: 1 }],
    ['2026年第四季度', { kind: 'quarter', year: 2026, quarter: 4 }],
    ['2026', { kind: 'year', year: 2026 }],
    ['2026年度', { kind: 'year', year: 2026 }],
  ])('%s is understood', (text, expected) => {
    expect(parsePeriod(text)).toEqual(expected);
  });

  test('nonsense is refused', () => {
    expect(parsePeriod('2026Q5')).toBeNull();
    expect(parsePeriod('Q3')).toBeNull();
  });

  test('formats back to the canonical form', () => {
    expect(formatPeriod({ kind: 'quarter', year: 2026, quarter: 3 })).toBe('2026Q3');
    expect(formatPeriod({ kind: 'year', year: 2026 })).toBe('2026');
  });
});

describe('Excel serial dates', () => {
  test('2026-07-15 is serial 46218, a Wednesday', () => {
    expect(ymdToSerial(2026, 7, 15)).toBe(46218);
    expect(serialToIso(46218)).toBe('2026-07-15');
    expect(weekday(46218)).toBe(3);
  });

  test('2026Q3 runs from 07-01 to 09-30', () => {
    const { first, last } = quarterBounds(2026, 3);
    expect(serialToIso(first)).toBe('2026-07-01');
    expect(serialToIso(last)).toBe('2026-09-30');
  });
});
