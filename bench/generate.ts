// A deterministic synthetic assessment workbook: 60 units (8 departments + 52 sub-units) and N
// events spread over a year, with the mix of sources, clauses and levels a real ledger shows
// (mostly minor findings and complaints, a few media cases, some praise, a few overrides, some
// incidents not yet closed). Same seed, same workbook: benches and tests can compare runs.
//
//   import { generateWorkbook } from './generate';
//   const snapshot = generateWorkbook({ events: 100_000 });
//
// Events go to the two ledgers (部门考核记录 / 二级单位考核记录) as a host would hand them over:
// dates as Excel serials, rows appended roughly in date order, names as typed.
import type { CellValue, SheetSnapshot, Snapshot } from '../src/engine/types';
import { ymdToSerial } from '../src/engine/dates';

export interface GenerateOptions {
  /** Number of event rows. */
  events: number;
  /** PRNG seed (default 2026). */
  seed?: number;
  /** Calendar year of the events (default 2026). */
  year?: number;
  /** Rows for the 考核参数 sheet (default: 未闭环扣分 0.5 and a 制表人, so open items count). */
  params?: [string, CellValue][];
  /**
   * Size of the company's staff (≤ 500 is realistic): each event's 直接责任人 is one of its unit's
   * share of them. Without it (the default shape) most events name a one-off person, which makes
   * the 个人罚款 sheet as long as a quarter has events: the worst case, not the usual one.
   */
  people?: number;
}

export const DEPARTMENTS = ['办公室', '党建工作部', '人力资源部', '财务资产部', '发展建设部', '安全监察质量部', '运维检修部', '营销部'];

const NAMED_SUB_UNITS = [
  '客户服务中心',
  '供电服务指挥中心',
  '城区供电所',
  '路口供电所',
  '堵城供电所',
  '陈策楼供电所',
  '陶店供电所',
  '禹王供电所',
  '南湖供电所',
  '计量中心',
];
const PLACES = ['赤壁', '东湖', '禹王', '南湖', '路口', '堵城', '陈策楼', '陶店', '龙王山', '西湖', '宝塔', '青砖湖', '汪家冲', '三台河'];

/** 52 sub-units: the district's ten, then service stations named after its places. */
export const SUB_UNITS: string[] = [
  ...NAMED_SUB_UNITS,
  ...Array.from({ length: 42 }, (_, i) => `${PLACES[i % PLACES.length]}${['一', '二', '三'][Math.floor(i / PLACES.length)]}片供电服务站`),
];

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = ['伟', '芳', '娜', '敏', '静', '强', '磊', '军', '洋', '勇', '艳', '杰', '涛', '明', '超', '霞', '平', '刚'];

// [value, weight]: the shape of a year of records in a district company.
const SOURCES: [string, number][] = [
  ['95598工单', 35],
  ['来信来访', 10],
  ['新闻媒体', 3],
  ['明察暗访', 10],
  ['上级检查', 7],
  ['公司检查', 15],
  ['日常考核', 12],
  ['客户表扬', 6],
  ['其他', 2],
];
const INCIDENT_LEVELS: [string, number][] = [
  ['轻微', 45],
  ['一般', 38],
  ['较大', 13],
  ['重大', 3],
  ['特别重大', 1],
];
const PRAISE_LEVELS: [string, number][] = [
  ['表扬', 70],
  ['锦旗', 25],
  ['市级表彰', 4],
  ['省级以上表彰', 1],
];
const DEPARTMENT_CLAUSES = ['5.1', '5.2', '5.3', '5.4', '14'];
const SUB_UNIT_CLAUSES = [
  '6.1',
  '6.2',
  '6.3',
  '7.1',
  '7.2',
  '7.3',
  '7.4',
  '8.1',
  '8.2',
  '8.3',
  '8.4',
  '8.5',
  '8.6',
  '9.1',
  '9.2',
  '9.3',
  '9.4',
  '10',
  '11',
  '12',
  '13.1',
  '13.2',
  '14',
];
const DESCRIPTIONS: Record<string, string[]> = {
  '95598工单': ['客户投诉装表接电超过承诺时限', '客户反映电费多收,经核实属实', '客户投诉抢修人员到达超时', '客户反映停电未提前公告'],
  来信来访: ['客户来信反映营业厅服务态度差', '客户来访反映欠费复电拖延'],
  新闻媒体: ['媒体报道停电影响居民生活', '媒体报道营业厅排队时间过长'],
  明察暗访: ['暗访发现柜台人员未统一着装', '暗访发现服务电话响铃超过5声未接', '暗访发现营业厅意见簿缺失'],
  上级检查: ['市公司检查发现工作总结缺失', '市公司检查发现培训记录不全'],
  公司检查: ['公司检查发现营业厅环境不整洁', '公司检查发现服务公示内容过期', '公司检查发现抄表差错'],
  日常考核: ['未按时报送优质服务工作计划', '部门间协作推诿影响工作进度', '季度工作总结未按时上报'],
  客户表扬: ['客户来信表扬抢修及时', '客户赠送锦旗感谢上门服务', '95598表扬工单'],
  其他: ['其他服务质量问题'],
};

/** mulberry32: small, fast, and the same sequence on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function picker<T>(choices: [T, number][], random: () => number): () => T {
  const total = choices.reduce((s, [, w]) => s + w, 0);
  return () => {
    let r = random() * total;
    for (const [v, w] of choices) if ((r -= w) < 0) return v;
    return choices[choices.length - 1][0];
  };
}

/** `count` distinct names, deterministic: surname × given name(s) by index. */
export function staffNames(count: number): string[] {
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const given = GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length];
    const second = Math.floor(i / (SURNAMES.length * GIVEN.length));
    names.push(SURNAMES[i % SURNAMES.length] + given + (second ? GIVEN[(second - 1) % GIVEN.length] + String(second) : ''));
  }
  return names;
}

export function generateWorkbook(options: GenerateOptions): Snapshot {
  const random = prng(options.seed ?? 2026);
  const year = options.year ?? 2026;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const person = () => SURNAMES[Math.floor(random() * SURNAMES.length)] + pick(GIVEN) + (random() < 0.5 ? pick(GIVEN) : '');
  const units = [...DEPARTMENTS, ...SUB_UNITS];
  // With a staff pool, unit k's people are the pool's names k, k + 60, k + 120, …
  const pool = options.people ? staffNames(Math.max(options.people, units.length)) : null;
  const staff = (unit: string) => {
    if (!pool) return person();
    const k = units.indexOf(unit);
    const share = Math.ceil((pool.length - k) / units.length);
    return pool[k + units.length * Math.floor(random() * share)];
  };

  const unitRows: CellValue[][] = [['单位编码', '单位名称', '类别', '第一责任人', '归口部门']];
  DEPARTMENTS.forEach((name, i) => unitRows.push([`D${String(i + 1).padStart(2, '0')}`, name, '部门', person(), null]));
  SUB_UNITS.forEach((name, i) => unitRows.push([`S${String(i + 1).padStart(2, '0')}`, name, '二级单位', person(), '营销部']));

  const header = ['日期', '单位', '来源', '条款', '等级', '事项描述', '直接责任人', '扣分调整', '原因查清', '责任处理', '整改落实', '备注'];
  const departmentRows: CellValue[][] = [header];
  const subUnitRows: CellValue[][] = [header];
  const source = picker(SOURCES, random);
  const incident = picker(INCIDENT_LEVELS, random);
  const praise = picker(PRAISE_LEVELS, random);
  const first = ymdToSerial(year, 1, 1);
  const days = ymdToSerial(year + 1, 1, 1) - first;

  for (let i = 0; i < options.events; i++) {
    // Ledgers are kept in date order, give or take a late entry.
    const day = Math.min(days - 1, Math.floor((i * days) / options.events) + (random() < 0.1 ? Math.floor(random() * 3) : 0));
    const department = random() < 0.15;
    const src = source();
    const praised = src === '客户表扬';
    const level = praised ? praise() : incident();
    const clause = level === '重大' || level === '特别重大' ? '14' : pick(department ? DEPARTMENT_CLAUSES : SUB_UNIT_CLAUSES);
    const overridden = !praised && random() < 0.01;
    // 85% of incidents are closed; the rest miss one of the three checks.
    const open = !praised && random() < 0.15 ? Math.floor(random() * 3) : -1;
    const checks = praised ? [null, null, null] : [0, 1, 2].map((k) => (k === open ? '否' : '是'));
    const unit = department ? pick(DEPARTMENTS) : pick(SUB_UNITS);
    const row: CellValue[] = [
      first + day,
      unit,
      src,
      clause,
      level,
      pick(DESCRIPTIONS[src]),
      praised ? null : staff(unit),
      overridden ? Math.round(random() * 20) / 10 : null,
      ...checks,
      overridden ? '经核实部分属实,酌情调整' : null,
    ];
    (department ? departmentRows : subUnitRows).push(row);
  }

  const params: [string, CellValue][] = options.params ?? [
    ['未闭环扣分', 0.5],
    ['制表人', '张晓梅'],
  ];
  const sheets: SheetSnapshot[] = [
    { name: '单位', values: unitRows },
    { name: '考核参数', values: [['参数', '值'], ...params] },
    { name: '部门考核记录', values: departmentRows },
    { name: '二级单位考核记录', values: subUnitRows },
  ];
  return { sheets };
}
