// The penalty ladder (处罚标准) of SPEC §1.3 and level lookup by name or code.
import type { CellValue, Grade, Level } from '../types';
import { toHalfWidth } from '../text';

export const GRADES: readonly Grade[] = ['优秀', '良好', '合格', '不合格'];

const L = (
  name: string,
  code: string,
  points: number,
  unitFine: number,
  headFine: number,
  personFine: number,
  bonus: number,
  gradeCap: Grade | null,
): Level => ({ name, code, points, unitFine, headFine, personFine, bonus, gradeCap });

/** The built-in ladder, exactly SPEC §1.3. */
export const DEFAULT_LADDER: readonly Level[] = Object.freeze([
  L('轻微', 'L1', 1, 0, 0, 50, 0, null),
  L('一般', 'L2', 2, 200, 100, 200, 0, null),
  L('较大', 'L3', 5, 500, 300, 500, 0, null),
  L('重大', 'L4', 10, 2000, 1000, 1000, 0, '合格'),
  L('特别重大', 'L5', 20, 5000, 2000, 2000, 0, '不合格'),
  L('表扬', 'B1', 0, 0, 0, 0, 0.5, null),
  L('锦旗', 'B2', 0, 0, 0, 0, 1, null),
  L('市级表彰', 'B3', 0, 0, 0, 0, 2, null),
  L('省级以上表彰', 'B4', 0, 0, 0, 0, 3, null),
]) as readonly Level[];

/** What each built-in level means (SPEC §1.3), for the docs, the task pane and input hints. */
export const LEVEL_MEANINGS: Readonly<Record<string, string>> = Object.freeze({
  L1: '检查中某项不合格,缺计划、总结、培训记录或满意度调查等(第六、七、十二、十三条)',
  L2: '有效投诉(属实且有责),承诺时限未达到(8.4、8.5、9.3、10、11),违反柜台或电话服务规范',
  L3: '重复或越级投诉,市级媒体曝光,区、市人大代表或政协委员批评,市公司通报',
  L4: '省级媒体曝光,省公司或省人大代表、政协委员批评',
  L5: '中央媒体曝光或引发群体性事件(第十四条)',
  B1: '客户表扬信或 95598 表扬工单',
  B2: '客户赠送锦旗',
  B3: '市级媒体正面报道或市级表彰',
  B4: '省级及以上表彰',
});

/** True when events of this level deduct points (an “incident”, SPEC §2 rule 5). */
export function isIncident(level: Level): boolean {
  return level.points > 0;
}

/** A grade name, or null for blank; undefined when the text is not a grade. */
export function parseGrade(value: CellValue): Grade | null | undefined {
  if (value === null || (typeof value === 'string' && value.trim() === '')) return null;
  const t = typeof value === 'string' ? value.trim() : String(value);
  return (GRADES as readonly string[]).includes(t) ? (t as Grade) : undefined;
}

/**
 * The form in which a level's name is stored and looked up: trimmed, half-width ('Ａ级' → 'A级').
 * Names are otherwise exact; codes are compared in upper case as well.
 */
export function levelNameKey(text: string): string {
  return toHalfWidth(text).trim();
}

/**
 * A cached resolver of 等级 cells against a ladder: by name ('一般', 'Ａ级' = 'A级') or by code
 * in any case ('L2', 'l2', 'Ｌ２'). Names and codes are folded the same way when the table is
 * built and when a cell is looked up. Returns the level or null.
 */
export function makeLevelLookup(ladder: readonly Level[]): (value: CellValue) => Level | null {
  const byName = new Map<string, Level>();
  const byCode = new Map<string, Level>();
  for (const l of ladder) {
    const k = levelNameKey(l.name);
    if (!byName.has(k)) byName.set(k, l);
    byCode.set(levelNameKey(l.code).toUpperCase(), l);
  }
  const cache = new Map<CellValue, Level | null>();
  return (value) => {
    let r = cache.get(value);
    if (r !== undefined) return r;
    const t = typeof value === 'string' ? levelNameKey(value) : value === null ? '' : String(value);
    // A code wins over another level's name (the 处罚标准 sheet refuses such pairs anyway).
    r = byCode.get(t.toUpperCase()) ?? byName.get(t) ?? null;
    cache.set(value, r);
    return r;
  };
}

/** One-off lookup of a level by name or code (custom functions). */
export function findLevel(ladder: readonly Level[], value: CellValue): Level | null {
  return makeLevelLookup(ladder)(value);
}
