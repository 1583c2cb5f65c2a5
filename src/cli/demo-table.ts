// The quarter's results as an aligned terminal table (npm run demo).
import type { Result } from '../engine';
import { formatTable } from './table';

export function resultTable(result: Result): string[] {
  const money = (n: number) => n.toLocaleString('en-US');
  const rows = result.units.map((u) => [
    String(u.rank),
    u.name,
    u.category,
    u.head,
    u.points.toFixed(2),
    u.bonus.toFixed(2),
    u.score.toFixed(2),
    u.grade,
    String(u.events),
    String(u.complaints),
    money(u.unitFine),
    u.veto ? '是' : '',
    u.openItems ? String(u.openItems) : '',
  ]);
  return formatTable(
    ['名次', '单位', '类别', '第一责任人', '扣分', '加分', '得分', '等级', '事件', '投诉', '单位罚款', '否决', '未闭环'],
    rows,
    ['right', 'left', 'left', 'left', 'right', 'right', 'right', 'left', 'right', 'right', 'right', 'left', 'right'],
  );
}
