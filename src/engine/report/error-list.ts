// 写入错误清单: the validation errors as a sheet of their own, each row linking to the cell it is
// about, so a long list can be worked through (and printed) in the workbook itself. The sheet is
// marked like a summary, so it is never read as input and is replaced by the next list.
import { cellAddress } from '../cells';
import type { CellLink, Params, SheetPlan, ValidationError } from '../types';
import { COUNT, TEXT, layoutSheet, HEADER_ROW, type Column } from './layout';
import { MARKER_PREFIX } from './names';

export const ERROR_LIST_SHEET = '校验错误清单';
/** Not a period's marker (parseMarker ignores it), yet under our prefix: hosts know the sheet is ours. */
export const ERROR_LIST_MARKER = `${MARKER_PREFIX}errors`;

const COLUMNS: Column[] = [
  { header: '序号', format: COUNT, align: 'center', minWidth: 5 },
  { header: '工作表', format: TEXT, minWidth: 10, maxWidth: 20 },
  { header: '行', format: COUNT, align: 'center' },
  { header: '列', format: TEXT, align: 'center' },
  { header: '表头', format: TEXT, align: 'center', maxWidth: 14 },
  { header: '单元格内容', format: TEXT, maxWidth: 20 },
  { header: '问题与改法', format: TEXT, minWidth: 30, maxWidth: 60, wrap: true },
  { header: '位置', format: TEXT, align: 'center', minWidth: 8 },
];
const LINK_COL = COLUMNS.length - 1;

/**
 * The plan of the error list. `sheets` are the workbook's sheet names: an error about a sheet that
 * is not there (a missing 单位 sheet) gets no link, as in the pane.
 */
export function planErrorList(errors: ValidationError[], params: Params, sheets: string[]): SheetPlan {
  const present = new Set(sheets.map((n) => n.toLowerCase()));
  const links: CellLink[] = [];
  const rows = errors.map((e, i) => {
    const cell = cellAddress(e.row ?? 1, e.column ?? 1);
    const linked = present.has(e.sheet.toLowerCase());
    if (linked) links.push({ row: HEADER_ROW + 1 + i, col: LINK_COL, sheet: e.sheet, cell });
    return [
      i + 1,
      e.sheet,
      e.row,
      e.column === null ? null : cell.replace(/\d+$/, ''),
      e.header,
      e.value === null ? null : String(e.value),
      e.message,
      linked ? `转到 ${e.row === null ? e.sheet : cell}` : null,
    ];
  });
  const plan = layoutSheet({
    name: ERROR_LIST_SHEET,
    kind: 'error-list',
    period: '',
    marker: ERROR_LIST_MARKER,
    title: `${params.company} 考核工作簿校验错误清单`,
    subtitle: `共 ${errors.length} 个错误。逐条改正后请重新校验;本表由 QS Assess 生成,下次写入时整表替换。`,
    columns: COLUMNS,
    rows,
    totals: null,
    notes: ['注:单击“位置”列可转到出错的单元格。有错误时不会生成任何汇总表。'],
    params,
    warning: null,
    chart: null,
  });
  return { ...plan, links };
}
