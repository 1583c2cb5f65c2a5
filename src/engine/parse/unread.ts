// Sheets with data that are not read, explained (SPEC §1.5): which table each resembles, which
// required headers it has, which are missing, and which of its own headers could serve
// (「问题」 → 事项描述, by the import's synonym table) — so a clerk's own ledger is never met with
// "no data", and the import (SPEC §9) is offered for it.
import type { CellValue, SheetRole, SheetSnapshot, UnreadSheet } from '../types';
import { cellText, labelKey } from '../text';
import { fieldOfHeader } from '../import/synonyms';
import { CALENDAR_TABLE, CLAUSE_TABLE, EVENT_TABLE, LADDER_TABLE, UNIT_TABLE, type TableSchema } from './schema';
import type { Issues } from './table';

/** As deep as the import looks for a header (exports put titles above it). */
const EXPLAIN_ROWS = 20;

/** The tables a sheet may resemble, with what to call them. 考核记录 first: it is what people keep. */
const CANDIDATES: readonly { schema: TableSchema; label: string }[] = [
  { schema: EVENT_TABLE, label: '考核记录' },
  { schema: UNIT_TABLE, label: '单位' },
  { schema: CLAUSE_TABLE, label: '考核条款' },
  { schema: LADDER_TABLE, label: '处罚标准' },
  { schema: CALENDAR_TABLE, label: '节假日' },
];

/**
 * Explains each sheet nobody claimed (role null, not skipped for a clash, not generated, not
 * already warned about) that holds data: adds the warning `unread-sheet` and returns the details.
 */
export function explainUnreadSheets(
  sheets: readonly SheetSnapshot[],
  role: readonly (SheetRole | null)[],
  skip: readonly boolean[],
  issues: Issues,
): UnreadSheet[] {
  const out: UnreadSheet[] = [];
  sheets.forEach((s, k) => {
    if (role[k] !== null || skip[k] || s.generated) return;
    if (issues.warnings.some((w) => w.sheet === s.name && w.code === 'ledger-like-sheet')) return;
    const u = explain(s);
    if (!u) return;
    out.push(u);
    issues.warn('unread-sheet', s.name, u.message, u.headerRow);
  });
  return out;
}

/** Headers only our generated detail sheet has: a copy of it is not a ledger, nor unread data. */
const DETAIL_ONLY = new Set(['第几次', '系数'].map(labelKey));

export function isDetailCopy(header: readonly unknown[]): boolean {
  return header.some((v) => typeof v === 'string' && DETAIL_ONLY.has(labelKey(v)));
}

/** The explanation of one sheet, or null when it holds no table-like data (or is a copy of our 扣分明细). */
export function explain(s: SheetSnapshot): UnreadSheet | null {
  const top = s.top ?? 1;
  let best: {
    i: number;
    label: string;
    found: string[];
    missing: string[];
    serve: { header: string; as: string }[];
    score: number;
  } | null = null;
  for (let i = 0; i < s.values.length && i < EXPLAIN_ROWS; i++) {
    const row = s.values[i] ?? [];
    const headers = row.map(headerText).filter((h) => h !== '');
    if (headers.length < 2) continue;
    if (isDetailCopy(row)) return null;
    for (const c of CANDIDATES) {
      const m = matchSchema(headers, c.schema);
      if (m.score >= 2 && (best === null || m.score > best.score)) best = { i, label: c.label, ...m };
    }
  }
  if (best) {
    const rows = dataRowsBelow(s.values, best.i);
    if (rows === 0) return null;
    const headerRow = top + best.i;
    return {
      name: s.name,
      rows,
      headerRow,
      resembles: best.label,
      found: best.found,
      missing: best.missing,
      couldServe: best.serve,
      message: messageFor(s.name, rows, headerRow, best),
    };
  }
  // No header of ours at all: only a table (two rows of three cells or more) is worth a word.
  const rows = s.values.filter((r) => (r ?? []).filter((v) => cellText(v) !== '').length >= 3).length;
  if (rows < 2) return null;
  return {
    name: s.name,
    rows,
    headerRow: null,
    resembles: null,
    found: [],
    missing: [],
    couldServe: [],
    message: `工作表「${s.name}」有 ${rows} 行数据,没有读取:前 ${EXPLAIN_ROWS} 行内找不到任何一张表的表头(考核记录要有 日期、单位、来源、条款、等级、事项描述)。如这是考核记录,可用「导入记录…」或 qs-assess import 命令导入,并指定各列的含义(--map 源列=字段);如是说明或统计,可不理会。`,
  };
}

/** Required headers of `schema` found in `headers` (name or English alias), missing ones, and the headers that could serve (by synonym). */
function matchSchema(headers: readonly string[], schema: TableSchema) {
  const keys = new Set(headers.map(labelKey));
  const found: string[] = [];
  const missing: string[] = [];
  const serve: { header: string; as: string }[] = [];
  const required = schema.fields.filter((f) => f.required);
  for (const f of required) {
    if (keys.has(labelKey(f.name)) || keys.has(labelKey(f.alias))) found.push(f.name);
    else {
      // Only the ledger has a synonym table (the import's); other tables are ours alone.
      const h = schema === EVENT_TABLE ? headers.find((x) => fieldOfHeader(x) === f.key) : undefined;
      if (h) serve.push({ header: h, as: f.name });
      else missing.push(f.name);
    }
  }
  return { found, missing, serve, score: found.length + serve.length };
}

function messageFor(
  name: string,
  rows: number,
  headerRow: number,
  b: { label: string; found: string[]; missing: string[]; serve: { header: string; as: string }[] },
): string {
  const list = (xs: string[]) => xs.map((x) => `「${x}」`).join('');
  const parts = [
    `工作表「${name}」有 ${rows} 行数据,没有读取:它像${b.label === '考核记录' ? '考核记录' : `「${b.label}」表`}(表头在第 ${headerRow} 行)`,
  ];
  if (b.found.length) parts.push(`已有${list(b.found)}`);
  if (b.serve.length) parts.push(`${b.serve.map((x) => `「${x.header}」可作「${x.as}」`).join('、')}`);
  if (b.missing.length) parts.push(`缺少${list(b.missing)}`);
  const tail =
    b.label === '考核记录'
      ? '可用「导入记录…」或 qs-assess import 命令把这些行导入考核记录:能对应的列自动对应,缺少的列留空并标色待补填'
      : `如要读取,请把表头改为「${b.label}」表的列名,并把工作表改名为「${b.label}」`;
  return `${parts.join(';')}。${tail}。`;
}

/** Rows under the header with at least one non-blank cell. */
function dataRowsBelow(values: readonly (readonly CellValue[])[], headerIndex: number): number {
  let n = 0;
  for (let i = headerIndex + 1; i < values.length; i++) if ((values[i] ?? []).some((v) => cellText(v) !== '')) n++;
  return n;
}

function headerText(v: CellValue): string {
  return typeof v === 'string' ? v.trim() : '';
}
