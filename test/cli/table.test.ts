// Terminal output helpers: CJK-aware alignment and the progress line.
import { displayWidth, formatTable } from '../../src/cli/table';
import { Progress } from '../../src/cli/progress';
import { bufferIo } from '../../src/cli/io';
import { resultTable } from '../../src/cli/demo-table';

test('a CJK character takes two columns, ASCII one', () => {
  expect(displayWidth('营销部')).toBe(6);
  expect(displayWidth('D01')).toBe(3);
  expect(displayWidth('第一责任人\uff0cA')).toBe(13); // a full-width comma is wide too
});

test('columns line up by display width, numbers to the right', () => {
  const lines = formatTable(
    ['单位', '得分'],
    [
      ['营销部', '96.50'],
      ['供电服务指挥中心', '100.00'],
    ],
    ['left', 'right'],
  );
  expect(lines).toEqual([
    '单位' + ' '.repeat(12 + 2 + 2) + '得分', // headers align like their column
    '----------------  ------',
    '营销部             96.50',
    '供电服务指挥中心  100.00',
  ]);
  expect(new Set(lines.map(displayWidth)).size).toBe(1);
});

test('the progress line stays quiet off a terminal for quick runs, and speaks on a terminal', () => {
  const quiet = bufferIo();
  new Progress(quiet).step('读取…');
  expect(quiet.stderr).toEqual([]);
  const tty = { ...bufferIo(), errIsTTY: true };
  const lines: string[] = [];
  tty.err = (l) => lines.push(l);
  new Progress(tty).step('读取…');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^\[0\.\ds\] 读取…$/);
});

test("the demo's result table has a row per unit, veto marked", () => {
  const unit = (code: string, name: string, veto: boolean) => ({
    code,
    name,
    category: '二级单位' as const,
    head: '孙伟',
    base: 100,
    points: 4.5,
    bonus: 0,
    score: 95.5,
    grade: '优秀' as const,
    rank: 1,
    veto,
    events: 3,
    complaints: 1,
    unitFine: 1200,
    headFine: 0,
    personFine: 0,
    openItems: 0,
  });
  const lines = resultTable({
    period: '2026Q3',
    company: 'X',
    units: [unit('S01', '城区供电所', false), unit('S02', '路口供电所', true)],
    events: [],
    people: [],
  });
  expect(lines).toHaveLength(4);
  expect(lines[3]).toMatch(/路口供电所.*95\.50.*1,200\s+是$/);
});
