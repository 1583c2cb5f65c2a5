// Fonts for the notice's PDF. The .docx names the GB/T 9704 faces (方正小标宋简体, 黑体, 楷体_GB2312,
// 仿宋_GB2312), which a Chinese Windows office has. LibreOffice on a machine without them would
// substitute whatever fontconfig offers — often a sans face for the 仿宋 body — so for the PDF the
// command asks fontconfig which faces are installed and names, per role, the first one present:
// the GB/T face itself, then its common Windows/Founder variants, then a free CJK serif (or sans
// for 黑体), then WenQuanYi. Without fontconfig (Windows, macOS) the GB/T names stay.
import { execFileSync } from 'child_process';
import { GBT_FONTS, type NoticeFonts } from '../notice/docx';

const PREFERENCES: Record<keyof NoticeFonts, string[]> = {
  title: [
    '方正小标宋简体',
    '方正小标宋_GBK',
    'FZXiaoBiaoSong-B05S',
    '华文中宋',
    'STZhongsong',
    '宋体',
    'SimSun',
    'Noto Serif CJK SC',
    'Source Han Serif SC',
    'AR PL UMing CN',
  ],
  heading: ['黑体', 'SimHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Zen Hei', 'WenQuanYi Micro Hei'],
  kai: ['楷体_GB2312', '楷体', 'KaiTi', 'AR PL UKai CN', 'Noto Serif CJK SC', 'Source Han Serif SC'],
  body: ['仿宋_GB2312', '仿宋', 'FangSong', 'Noto Serif CJK SC', 'Source Han Serif SC', 'AR PL UMing CN'],
  song: ['宋体', 'SimSun', 'Noto Serif CJK SC', 'Source Han Serif SC', 'AR PL UMing CN'],
};
const LAST_RESORT = 'WenQuanYi Micro Hei';

/** The installed family names (every alias fontconfig lists), or null when fontconfig is not there. */
export function installedFamilies(): Set<string> | null {
  try {
    const out = execFileSync('fc-list', [':', 'family'], { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] });
    return new Set(
      out
        .split('\n')
        .flatMap((line) => line.split(',').map((s) => s.trim()))
        .filter(Boolean),
    );
  } catch {
    return null;
  }
}

/** Per role, the first preferred face that is installed; GB/T names when nothing can be checked. */
export function pdfFonts(families: Set<string> | null = installedFamilies()): { fonts: NoticeFonts; substituted: string[] } {
  if (!families) return { fonts: { ...GBT_FONTS }, substituted: [] };
  const fonts = { ...GBT_FONTS };
  const substituted: string[] = [];
  for (const role of Object.keys(PREFERENCES) as (keyof NoticeFonts)[]) {
    const pick = PREFERENCES[role].find((f) => families.has(f)) ?? (families.has(LAST_RESORT) ? LAST_RESORT : GBT_FONTS[role]);
    if (pick !== GBT_FONTS[role]) substituted.push(`${GBT_FONTS[role]} → ${pick}`);
    fonts[role] = pick;
  }
  return { fonts, substituted };
}
