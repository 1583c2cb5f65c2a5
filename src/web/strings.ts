// What the page itself says around the pane (the pane has its own strings): Chinese by default,
// English when the browser's language is not Chinese.
import type { Language } from '../ui/env';

const zh = {
  title: 'QS 优质服务考核',
  subtitle: '浏览器版 · 离线可用 · 文件只在本机处理,不上传',
  open: '打开工作簿…',
  openHint: '或把 .xlsx 文件拖到本页',
  dropHere: '松开鼠标以打开此工作簿',
  noFile: '未打开工作簿',
  opened: (name: string, kb: number) => `${name}(${kb.toLocaleString()} KB)`,
  download: (name: string) => `下载 ${name}`,
  downloadSummary: '下载汇总工作簿',
  saveBack: '保存回原文件',
  saveBackConfirm: (name: string) =>
    `将用含汇总表的新版本覆盖原文件「${name}」。您原有的工作表按原样保留,之前生成的同名汇总表会被替换。确定保存吗?`,
  saveBackYes: '确定覆盖原文件',
  cancel: '取消',
  savedInPlace: (name: string) => `已保存到原文件「${name}」。`,
  downloaded: (name: string) => `已下载「${name}」。`,
  printPreview: '打印预览',
  print: '打印 / 存为 PDF',
  back: '返回',
  printSheets: '打印内容',
  allSheets: '全部生成的表',
  printHint: '打印设置:A4 横向,边距默认,勾选「背景图形」以打印表头底色。',
  rowTitle: (sheet: string) => `「${sheet}」中的位置`,
  rowWhere: (row: number | null, col: string | null) => `${row !== null ? `第 ${row} 行` : '整张表'}${col ? `,${col} 列` : ''}`,
  rowMissing: (sheet: string) => `工作簿中没有名为「${sheet}」的工作表。`,
  rowEmpty: '该行没有内容。',
  rowHeader: '行',
  close: '关闭',
  previewTitle: '生成的汇总表',
  previewSheet: '查看',
  previewTooLong: (name: string, rows: number) =>
    `「${name}」有 ${rows.toLocaleString()} 行,不在此处显示。请用「打印预览」查看,或下载汇总工作簿在 Excel / WPS 中打开。`,
  welcomeTitle: '怎么用',
  welcome: [
    '打开考核工作簿(.xlsx),或先新建模板、下载示例。',
    '点「校验」:有错误时逐条列出,点位置可在右侧看到出错的那一行。',
    '选择期间,生成季度或年度汇总,再下载汇总工作簿或打印。',
  ],
  privacy: '本页不联网:工作簿在浏览器内存中处理,不会上传到任何地方。',
  openFailed: '无法打开此文件',
  saveFailed: '保存未完成',
  busyOpening: '正在读取文件…',
  fileActions: '工作簿',
  unsaved: '● 尚未保存',
  rereadTitle: '已重新读取原文件',
  reread: (name: string, dropped: boolean) =>
    `「${name}」在本页打开后被修改过,这里现在是修改后的内容。` +
    (dropped ? '之前生成的汇总是按旧内容算的,且尚未保存,已作废:请重新生成。' : ''),
  conflictTitle: '原文件已被修改,未保存',
  conflict: (name: string) =>
    `「${name}」在本页读取之后又被修改过(例如在 Excel 或 WPS 中编辑并保存了)。覆盖它会丢掉那些修改,所以本页没有写入。` +
    '您可以:下载一份含汇总表的副本(原文件不动);或重新读取原文件,再重新生成汇总。',
  conflictDownload: '改为下载副本',
  conflictReread: '重新读取原文件',
};

export type PageStrings = typeof zh;

const en: PageStrings = {
  title: 'QS service assessment',
  subtitle: 'Browser edition · works offline · files stay on this computer',
  open: 'Open workbook…',
  openHint: 'or drop an .xlsx file on this page',
  dropHere: 'Release to open this workbook',
  noFile: 'No workbook open',
  opened: (name, kb) => `${name} (${kb.toLocaleString()} KB)`,
  download: (name) => `Download ${name}`,
  downloadSummary: 'Download the summary workbook',
  saveBack: 'Save to the original file',
  saveBackConfirm: (name) =>
    `This overwrites “${name}” with a version that contains the summaries. Your own sheets are kept as they are; summaries generated earlier with the same names are replaced. Save?`,
  saveBackYes: 'Overwrite the original',
  cancel: 'Cancel',
  savedInPlace: (name) => `Saved to “${name}”.`,
  downloaded: (name) => `Downloaded “${name}”.`,
  printPreview: 'Print preview',
  print: 'Print / save as PDF',
  back: 'Back',
  printSheets: 'Print',
  allSheets: 'All generated sheets',
  printHint: 'Print settings: A4 landscape, default margins, tick “Background graphics” for the header fill.',
  rowTitle: (sheet) => `Location in “${sheet}”`,
  rowWhere: (row, col) => `${row !== null ? `row ${row}` : 'whole sheet'}${col ? `, column ${col}` : ''}`,
  rowMissing: (sheet) => `The workbook has no sheet named “${sheet}”.`,
  rowEmpty: 'This row is empty.',
  rowHeader: 'Row',
  close: 'Close',
  previewTitle: 'Generated sheets',
  previewSheet: 'Show',
  previewTooLong: (name, rows) =>
    `“${name}” has ${rows.toLocaleString()} rows and is not drawn here. Use the print preview, or download the workbook and open it in Excel or WPS.`,
  welcomeTitle: 'How to use it',
  welcome: [
    'Open the assessment workbook (.xlsx), or start from a new template or the sample.',
    'Validate: every error is listed; click a location to see the offending row here.',
    'Pick the period, generate the quarter or the year, then download the workbook or print.',
  ],
  privacy: 'This page never goes online: the workbook is processed in the browser’s memory and uploaded nowhere.',
  openFailed: 'Could not open this file',
  saveFailed: 'Not saved',
  busyOpening: 'Reading the file…',
  fileActions: 'Workbook',
  unsaved: '● Not saved yet',
  rereadTitle: 'Read the original file again',
  reread: (name, dropped) =>
    `“${name}” was changed after this page opened it; what you see now is the changed content.` +
    (dropped ? ' Summaries generated from the old content were not saved and have been dropped: generate them again.' : ''),
  conflictTitle: 'The original file has changed: not saved',
  conflict: (name) =>
    `“${name}” was changed after this page read it (for example edited and saved in Excel or WPS). Overwriting it would lose those changes, so nothing was written. ` +
    'You can download a copy with the summaries (the original stays as it is), or read the original again and generate the summaries again.',
  conflictDownload: 'Download a copy instead',
  conflictReread: 'Read the original again',
};

export function pageStrings(language: Language): PageStrings {
  return language === 'zh' ? zh : en;
}
