import { isDarkColor, languageFor } from '../../src/ui/env';
import { groupBySheet } from '../../src/ui/workflow';

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

test('errors are grouped by sheet in order of first appearance', () => {
  const e = (sheet: string, row: number) => ({ sheet, row, column: 1, header: null, value: null, message: 'x' });
  expect(groupBySheet([e('A', 2), e('B', 3), e('A', 4)]).map((g) => [g.sheet, g.errors.map((x) => x.row)])).toEqual([
    ['A', [2, 4]],
    ['B', [3]],
  ]);
});
