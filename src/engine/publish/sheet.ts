// The 发布记录 sheet (SPEC §10): every publication of every period as rows of one table, written
// by the tool into the workbook itself and protected (without a password) so that it is not
// changed by accident. It is visible, not hidden: the clerk can see and print the history, and a
// hidden sheet is easily lost when a workbook is copied sheet by sheet. It is read back from any
// Snapshot, so every door sees the same record.
//
// One table, one row per fact, the kind in 类型:
//   发布 / 重新发布   the entry: 期间, 次序, 发布日期, 通报文号, 原因
//   单位              得分, 等级, 名次, 扣分 and the three fines of one unit
//   个人              the 罚款 of one person in one role (第一责任人 / 直接责任人)
//   事项              one event: 工作表, 行, its 指纹 (the scored fields), 扣分 and fines
import type { CellValue, Grade, SheetPlan, Snapshot, ValidationWarning } from '../types';
import { cellText, parseNumber } from '../text';
import type { PublishEntry } from './record';

export const PUBLISH_SHEET = '发布记录';
export const PUBLISH_MARKER = 'QSAssess.record.publish';

const COLUMNS = [
  '期间',
  '次序',
  '类型',
  '发布日期',
  '通报文号',
  '原因',
  '单位编码',
  '名称',
  '角色',
  '得分',
  '等级',
  '名次',
  '扣分',
  '单位罚款',
  '第一责任人罚款',
  '直接责任人罚款',
  '罚款',
  '工作表',
  '行',
  '指纹',
] as const;
type Col = (typeof COLUMNS)[number];
const C = Object.fromEntries(COLUMNS.map((c, i) => [c, i])) as Record<Col, number>;

const TITLE = '发布记录(由 QS Assess 在发布结果时写入,工作表已保护,请勿修改;是已发布考核结果的依据和历史)';
const HEADER_ROW = 1;

/** The whole record as a sheet: every entry, in the order given (oldest first). */
export function planPublishRecord(entries: readonly PublishEntry[]): SheetPlan {
  const rows: CellValue[][] = [];
  const line = (e: PublishEntry, kind: string, cells: Partial<Record<Col, CellValue>>) => {
    const r: CellValue[] = new Array(COLUMNS.length).fill(null);
    r[C.期间] = e.period;
    r[C.次序] = e.seq;
    r[C.类型] = kind;
    for (const [k, v] of Object.entries(cells)) r[C[k as Col]] = v ?? null;
    rows.push(r);
  };
  for (const e of entries) {
    line(e, e.seq > 1 ? '重新发布' : '发布', { 发布日期: e.date, 通报文号: e.number, 原因: e.reason });
    for (const u of e.units) {
      line(e, '单位', {
        单位编码: u.code,
        名称: u.name,
        得分: u.score,
        等级: u.grade,
        名次: u.rank,
        扣分: u.points,
        单位罚款: u.unitFine,
        第一责任人罚款: u.headFine,
        直接责任人罚款: u.personFine,
      });
    }
    for (const p of e.people) line(e, '个人', { 单位编码: p.unit, 名称: p.name, 角色: p.role, 罚款: p.fine });
    for (const v of e.events) {
      line(e, '事项', {
        单位编码: v.unit,
        扣分: v.points,
        单位罚款: v.unitFine,
        第一责任人罚款: v.headFine,
        直接责任人罚款: v.personFine,
        工作表: v.sheet,
        行: v.row,
        指纹: v.fingerprint,
      });
    }
  }
  const cols = COLUMNS.length;
  const title: CellValue[] = new Array(cols).fill(null);
  title[0] = TITLE;
  const values = [title, [...COLUMNS], ...rows];
  const widths = COLUMNS.map((c) => (c === '指纹' ? 60 : c === '原因' || c === '工作表' || c === '通报文号' ? 20 : c === '名称' ? 16 : 10));
  return {
    name: PUBLISH_SHEET,
    kind: 'publish-record',
    period: '',
    marker: PUBLISH_MARKER,
    values,
    styles: [
      { range: { row: 0, col: 0, rows: 1, cols }, style: { bold: true, hAlign: 'left' } },
      { range: { row: HEADER_ROW, col: 0, rows: 1, cols }, style: { bold: true, fill: '#D9E1F2', border: true, hAlign: 'center' } },
      // Text columns stay text (a 文号 or a name is never read as a number or a date).
      ...(['期间', '类型', '发布日期', '通报文号', '原因', '单位编码', '名称', '角色', '等级', '工作表', '指纹'] as Col[]).map((c) => ({
        range: { row: HEADER_ROW + 1, col: C[c], rows: Math.max(1, rows.length), cols: 1 },
        style: { numberFormat: '@' },
      })),
    ],
    merges: [{ row: 0, col: 0, rows: 1, cols }],
    columnWidths: widths,
    rowHeights: [],
    freeze: { rows: HEADER_ROW + 1, cols: 0 },
    print: {
      paper: 'A4',
      orientation: 'landscape',
      fitToWidth: 1,
      titleRows: { first: HEADER_ROW, last: HEADER_ROW },
      footer: '第 &P 页 共 &N 页',
      area: { row: 0, col: 0, rows: values.length, cols },
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      centerHorizontally: false,
    },
    charts: [],
    protect: true,
  };
}

export interface PublishRecord {
  entries: PublishEntry[];
  /** Rows that could not be read (the sheet was unprotected and edited): said, never a crash. */
  warnings: ValidationWarning[];
}

/** The record read back from a workbook; no entries when the workbook has no 发布记录 sheet. */
export function readPublishRecord(snapshot: Snapshot): PublishRecord {
  const sheet = snapshot.sheets.find((s) => s.name === PUBLISH_SHEET);
  if (!sheet) return { entries: [], warnings: [] };
  const top = sheet.top ?? 1;
  const warnings: ValidationWarning[] = [];
  const warn = (row: number | null, message: string) =>
    warnings.push({ code: 'publish-record', sheet: PUBLISH_SHEET, row, column: null, message });
  const headerAt = sheet.values.findIndex((r) => r && cellText(r[0] ?? null) === '期间' && cellText(r[2] ?? null) === '类型');
  if (headerAt < 0) {
    // A user's own sheet that happens to have the name is none of ours: nothing to read, nothing to say.
    if (!sheet.generated) return { entries: [], warnings };
    warn(null, '「发布记录」表的表头不完整,无法读取已发布的结果:请从发布时的文件恢复该表,或重新发布');
    return { entries: [], warnings };
  }
  const header = sheet.values[headerAt].map((v) => cellText(v ?? null));
  const at = Object.fromEntries(COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<Col, number>;
  // Plain functions over (row, column), no closures per row: a year's record can hold a million rows.
  const cell = (r: CellValue[], j: number): CellValue => (j < 0 ? null : (r[j] ?? null));
  const txt = (r: CellValue[], j: number): string => {
    const v = cell(r, j);
    return v === null ? '' : typeof v === 'string' ? v.trim() : cellText(v).trim();
  };
  const num = (r: CellValue[], j: number): number => {
    const v = cell(r, j);
    return typeof v === 'number' ? v : (parseNumber(v) ?? 0);
  };
  const entries: PublishEntry[] = [];
  const byKey = new Map<string, PublishEntry>();
  let last: { key: string; entry: PublishEntry | undefined } = { key: '', entry: undefined };
  for (let i = headerAt + 1; i < sheet.values.length; i++) {
    const r = sheet.values[i] ?? [];
    const kind = txt(r, at.类型);
    const period = txt(r, at.期间);
    if (!kind && !period) continue;
    const seqCell = cell(r, at.次序);
    const seq = typeof seqCell === 'number' ? seqCell : parseNumber(seqCell);
    const sheetRow = top + i;
    if (!period || seq === null) {
      warn(sheetRow, `「发布记录」第 ${sheetRow} 行缺少期间或次序,已忽略该行`);
      continue;
    }
    const key = `${period}#${seq}`;
    if (kind === '发布' || kind === '重新发布') {
      const entry: PublishEntry = {
        period,
        seq,
        date: txt(r, at.发布日期),
        number: txt(r, at.通报文号),
        reason: txt(r, at.原因),
        units: [],
        people: [],
        events: [],
      };
      byKey.set(key, entry);
      entries.push(entry);
      continue;
    }
    if (last.key !== key) last = { key, entry: byKey.get(key) };
    const entry = last.entry;
    if (!entry) {
      warn(sheetRow, `「发布记录」第 ${sheetRow} 行不属于任何一次发布(${period} 第 ${seq} 次),已忽略该行`);
      continue;
    }
    if (kind === '事项') {
      entry.events.push({
        sheet: txt(r, at.工作表),
        row: num(r, at.行),
        unit: txt(r, at.单位编码),
        fingerprint: txt(r, at.指纹),
        points: num(r, at.扣分),
        unitFine: num(r, at.单位罚款),
        headFine: num(r, at.第一责任人罚款),
        personFine: num(r, at.直接责任人罚款),
      });
    } else if (kind === '单位') {
      entry.units.push({
        code: txt(r, at.单位编码),
        name: txt(r, at.名称),
        score: num(r, at.得分),
        grade: txt(r, at.等级) as Grade,
        rank: num(r, at.名次),
        points: num(r, at.扣分),
        unitFine: num(r, at.单位罚款),
        headFine: num(r, at.第一责任人罚款),
        personFine: num(r, at.直接责任人罚款),
      });
    } else if (kind === '个人') {
      entry.people.push({
        name: txt(r, at.名称),
        unit: txt(r, at.单位编码),
        role: txt(r, at.角色) === '第一责任人' ? '第一责任人' : '直接责任人',
        fine: num(r, at.罚款),
      });
    } else warn(sheetRow, `「发布记录」第 ${sheetRow} 行的类型“${kind}”无法识别,已忽略该行`);
  }
  return { entries, warnings };
}
