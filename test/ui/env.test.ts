import { isDarkColor, languageFor } from '../../src/ui/env';
import { defaultPeriod, groupBySheet, yearChoices } from '../../src/ui/workflow';
import type { Model } from '../../src/engine';

test('Chinese by default and for every zh locale; English for any other display language', () => {
  expect(languageFor(undefined)).toBe('zh');
  expect(languageFor('zh-CN')).toBe('zh');
  expect(languageFor('zh-TW')).toBe('zh');
  expect(languageFor('en-US')).toBe('en');
  expect(languageFor('fr-FR')).toBe('en');
});

test("dark when Office's body background is dark", () => {
  expect(isDarkColor('#262626')).toBe(true); // Office "Black" theme
  expect(isDarkColor('#444444')).toBe(true); // Office "Dark Gray"
  expect(isDarkColor('#FFFFFF')).toBe(false);
  expect(isDarkColor('#E6E6E6')).toBe(false); // Office "Colorful"/light gray
  expect(isDarkColor('not a colour')).toBe(false);
});

test('the default period is the quarter of the latest event', () => {
  const model = { events: [{ date: 46204 }, { date: 46300 }] } as unknown as Model; // 2026-07-01, 2026-10-06
  expect(defaultPeriod(model)).toEqual({ year: 2026, quarter: 4 });
  expect(defaultPeriod(null, new Date(2025, 4, 20))).toEqual({ year: 2025, quarter: 2 });
  expect(yearChoices(model, 2026)).toEqual([2025, 2026, 2027]);
});

test('the default period copes with a million events (no spread into Math.max)', () => {
  const events = Array.from({ length: 1_000_000 }, (_, i) => ({ date: 46023 + (i % 365) })); // 2026
  events[123_456] = { date: 46388 }; // 2027-01-01
  expect(defaultPeriod({ events } as unknown as Model)).toEqual({ year: 2027, quarter: 1 });
});

test('errors are grouped by sheet in order of first appearance', () => {
  const e = (sheet: string, row: number) => ({ sheet, row, column: 1, header: null, value: null, message: 'x' });
  expect(groupBySheet([e('A', 2), e('B', 3), e('A', 4)]).map((g) => [g.sheet, g.errors.map((x) => x.row)])).toEqual([
    ['A', [2, 4]],
    ['B', [3]],
  ]);
});
