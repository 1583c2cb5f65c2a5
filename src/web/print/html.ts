// Text into HTML, and the fonts printed sheets use: shared by the sheet and chart renderers.

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** 宋体 as the sheets use; the CJK fonts Linux desktops and 信创 machines have otherwise. */
export const PRINT_FONTS = `"SimSun", "宋体", "Songti SC", "Noto Serif CJK SC", "Source Han Serif SC", "WenQuanYi Micro Hei", "Noto Sans CJK SC", serif`;
