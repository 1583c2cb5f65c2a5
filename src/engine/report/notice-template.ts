// The optional 通报模板 sheet (SPEC §7): what the office words itself in the 考核通报.
//
//   项目    | 内容
//   工作要求 | one paragraph of 五、工作要求 (one row per paragraph, in order)
//   主送    | the addressees, e.g. 各部门、各二级单位
//   版头    | the red header's issuing body, e.g. 国网黄冈市黄州区供电公司文件
//
// Decisions: the sheet is read here, by name and header like every sheet (SPEC §1), but it is not
// part of the assessment model — it only words the notice — so `validate` lists it as skipped.
// Its problems never stop a summary or a notice: a row this reader does not understand becomes a
// warning naming sheet, row and column, and the default wording is used for what is missing.
import type { CellValue, Snapshot, ValidationWarning } from '../types';
import { cellText, labelKey, quote } from '../text';

export const NOTICE_TEMPLATE_SHEET = '通报模板';

export interface NoticeTemplate {
  /** Paragraphs of 五、工作要求; null keeps the default. */
  requirements: string[] | null;
  recipients: string | null;
  issuer: string | null;
}

const ITEMS: Record<string, keyof NoticeTemplate> = {
  [labelKey('工作要求')]: 'requirements',
  [labelKey('Requirements')]: 'requirements',
  [labelKey('主送')]: 'recipients',
  [labelKey('主送单位')]: 'recipients',
  [labelKey('Recipients')]: 'recipients',
  [labelKey('版头')]: 'issuer',
  [labelKey('发文机关')]: 'issuer',
  [labelKey('Issuer')]: 'issuer',
};
const KEY_HEADERS = new Set([labelKey('项目'), labelKey('Item'), labelKey('参数'), labelKey('Key')]);
const VALUE_HEADERS = new Set([labelKey('内容'), labelKey('Text'), labelKey('值'), labelKey('Value')]);
const HEADER_ROWS = 10;

/** Reads 通报模板 from a snapshot; `template` is null when the sheet is absent or has no usable header. */
export function readNoticeTemplate(snapshot: Snapshot): { template: NoticeTemplate | null; warnings: ValidationWarning[] } {
  const warnings: ValidationWarning[] = [];
  const sheet = snapshot.sheets.find((s) => !s.generated && s.name.trim() === NOTICE_TEMPLATE_SHEET);
  if (!sheet) return { template: null, warnings };
  const top = sheet.top ?? 1;
  const left = sheet.left ?? 1;
  const warn = (message: string, row: number | null = null, column: number | null = null) =>
    warnings.push({ code: 'notice-template', sheet: sheet.name, row, column, message });

  let header = -1;
  let keyCol = -1;
  let valueCol = -1;
  for (let i = 0; i < sheet.values.length && top + i <= HEADER_ROWS && header < 0; i++) {
    const row = sheet.values[i] ?? [];
    const k = row.findIndex((v) => typeof v === 'string' && KEY_HEADERS.has(labelKey(v)));
    const v = row.findIndex((x) => typeof x === 'string' && VALUE_HEADERS.has(labelKey(x)));
    if (k >= 0 && v >= 0) [header, keyCol, valueCol] = [i, k, v];
  }
  if (header < 0) {
    warn(
      `找不到表头「项目」「内容」:通报使用默认文字。请在本表前 ${HEADER_ROWS} 行内放一行表头“项目 | 内容”,下面逐行填写 工作要求、主送、版头`,
    );
    return { template: null, warnings };
  }

  const template: NoticeTemplate = { requirements: null, recipients: null, issuer: null };
  for (let i = header + 1; i < sheet.values.length; i++) {
    const row = sheet.values[i] ?? [];
    const key: CellValue = row[keyCol] ?? null;
    const text = cellText(row[valueCol] ?? null).trim();
    if (cellText(key) === '' && text === '') continue;
    const item = ITEMS[labelKey(cellText(key))];
    if (!item) {
      warn(`未知的项目${quote(key)},这一行没有用到通报中:可填写的项目有 工作要求、主送、版头`, top + i, left + keyCol);
      continue;
    }
    if (text === '') continue; // a blank 内容 keeps the default
    if (item === 'requirements') (template.requirements ??= []).push(text);
    else template[item] = text;
  }
  return { template, warnings };
}
