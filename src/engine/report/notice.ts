// The 考核通报 (SPEC §7) as a NoticePlan: every sentence and number the office issues after a
// quarter (or a year), decided here so that the .docx, its PDF and any later renderer agree.
//
//   版头 · 文号 · title · 主送 · opening
//   一、总体情况   events by source, valid complaints, points and fines, against the previous period
//   二、考核结果   a table per category: 名次, 单位, 得分, 等级, 一票否决
//   三、主要问题   the clauses that cost most points; every 一票否决 event; open items
//   四、处罚情况   unit fines; personal fines (the same lines as the 个人罚款 sheet)
//   五、工作要求   the 通报模板 sheet's paragraphs, else a default
//   落款          company and date; SPEC §2 rule 11's footnote while the ladder is the default
import type {
  AssessmentEvent,
  CellValue,
  EventResult,
  Model,
  NoticeBlock,
  NoticePlan,
  Period,
  Result,
  UnitResult,
  ValidationWarning,
} from '../types';
import { parsePeriod } from '../period';
import { quarterBounds, serialToYmd, ymdToSerial } from '../dates';
import { fullWidth } from '../text';
import { roundPoints } from '../round';
import { EVENT_SOURCES } from '../rules/lists';
import { DEFAULT_LADDER_NOTE, ladderUnconfirmed } from '../rules/confirmation';
import { periodLabel } from './names';
import { previousResult } from './previous';
import type { PublishEntry } from '../publish/record';
import { followUp } from '../followup';
import type { NoticeTemplate } from './notice-template';

export { readNoticeTemplate, NOTICE_TEMPLATE_SHEET } from './notice-template';
export type { NoticeTemplate } from './notice-template';

export interface NoticeOptions {
  /**
   * The day the notice is made (the host's today; the engine has no clock). The 成文日期 is
   * 考核参数 通报日期 when set, else this day, and never before the period's end.
   */
  date: { year: number; month: number; day: number };
  /** From readNoticeTemplate; null or absent for the default wording. */
  template?: NoticeTemplate | null;
  /** The 发布记录 entries: the previous period's published numbers are the comparison's reference (SPEC §10). */
  published?: readonly PublishEntry[];
}

/** 五、工作要求 when the workbook has no 通报模板 sheet (or leaves it empty). */
export const DEFAULT_REQUIREMENTS: readonly string[] = [
  '各单位要对照本通报查找问题,按照“三不放过”的要求查清原因、落实责任、整改到位,尚未闭环的事项务必于下季度首月底前整改完毕,并将整改情况报营销部。',
  '被一票否决的单位要深刻剖析原因,主要负责人要亲自部署整改;各单位要加强95598工单、来信来访等客户诉求的闭环管理,严防重复投诉和越级投诉。',
  '个人罚款由各单位按照“分级考核、下管一级”的原则落实到人,纳入当月工资考核,并于通报下发后十个工作日内将落实情况报人力资源部。',
];

const POINTS = '0.00';
const YUAN = '#,##0';
const COUNT = '0';
const TOP_CLAUSES = 5;
const CN_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export function planNotice(model: Model, result: Result, options: NoticeOptions): NoticePlan {
  const period = parsePeriod(result.period);
  if (!period) throw new Error(`无法识别的考核期间“${result.period}”`);
  const p = model.rules.params;
  const label = periodLabel(period);
  const previous = previousResult(model, period, options.published);
  const sources = eventSources(model, result.events);
  const t = options.template ?? null;
  const warnings: ValidationWarning[] = [];
  const date = chineseDate(serialToIso(issueDate(p, period, options.date, warnings)));
  if (!p.noticeNumber.trim()) {
    warnings.push(
      warning(
        'notice-number-missing',
        `未填写通报文号:通报的发文字号处印有灰色占位「${NUMBER_PLACEHOLDER}」。请在「考核参数」表中填写“通报文号”(如 黄州供电〔${period.year}〕12号)后重新生成,或打印后手填。`,
      ),
    );
  }

  const blocks: NoticeBlock[] = [
    para(`为持续提升优质服务水平,根据《${p.regulation}》,对各部门、各二级单位${label}的优质服务工作进行了考核。现将考核情况通报如下:`),
    heading(1, '一、总体情况'),
    ...overview(model, result, previous, period),
    heading(1, '二、考核结果'),
    ...(period.kind === 'year' ? [para(annualMethodSentence(p))] : []),
    ...ranking(result, p),
    heading(1, '三、主要问题'),
    ...problems(model, result, sources),
    heading(1, '四、处罚情况'),
    ...penalties(model, result),
    heading(1, '五、工作要求'),
    ...(t?.requirements?.length ? t.requirements : DEFAULT_REQUIREMENTS).map((text, i) => para(`${i + 1}. ${stripNumber(text)}`)),
  ];
  const copyTo = p.copyTo.trim();
  return punctuate({
    period: result.period,
    issuer: t?.issuer ?? `${p.company}文件`,
    number: p.noticeNumber,
    numberLine: p.noticeNumber.trim()
      ? { text: p.noticeNumber.trim(), placeholder: false }
      : { text: NUMBER_PLACEHOLDER, placeholder: true },
    title: `关于${label}优质服务考核情况的通报`,
    // Too long for one line of 2号 type (about 20 characters): the period on the first line.
    titleLines: [`关于${label}`, '优质服务考核情况的通报'],
    recipients: `${stripColon(t?.recipients ?? '各部门、各二级单位')}:`,
    blocks,
    signature: { issuer: p.company, date },
    footnote: ladderUnconfirmed(model.rules) ? DEFAULT_LADDER_NOTE : null,
    record: { copyTo: copyTo ? stripColon(copyTo) + '。' : null, printer: p.printer.trim() || `${p.company}办公室`, printDate: date },
    warnings,
  });
}

/** The 发文字号 line when 通报文号 is empty: the shape of a number, to be filled in by hand. */
export const NUMBER_PLACEHOLDER = '〔    〕    号';

/**
 * The 成文日期 as a serial: 通报日期 when set, else the day the notice is made; a notice cannot be
 * dated before the period it reports on has ended, so an earlier date is moved to the period's
 * last day, with a warning.
 */
function issueDate(p: Model['rules']['params'], period: Period, today: NoticeOptions['date'], warnings: ValidationWarning[]): number {
  const chosen = p.noticeDate ?? ymdToSerial(today.year, today.month, today.day);
  const end = period.kind === 'year' ? quarterBounds(period.year, 4).last : quarterBounds(period.year, period.quarter).last;
  if (chosen >= end) return chosen;
  const what = p.noticeDate !== null ? '「考核参数」中的通报日期' : '今天';
  warnings.push(
    warning(
      'notice-date-before-period-end',
      `${what}(${chineseDate(serialToIso(chosen))})早于考核期间的最后一天,通报的成文日期改为 ${chineseDate(serialToIso(end))}。如需其他日期,请在「考核参数」表中填写“通报日期”。`,
    ),
  );
  return end;
}

function serialToIso(serial: number): string {
  const { year, month, day } = serialToYmd(serial);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Both warnings are settled in the 考核参数 sheet. */
function warning(code: string, message: string): ValidationWarning {
  return { code, sheet: '考核参数', row: null, column: null, message };
}

/** SPEC §2 rule 9 in a sentence: how the year's score is made from the quarters. */
function annualMethodSentence(p: Model['rules']['params']): string {
  return p.annualMethod === '年度累计'
    ? `年度得分按“年度累计”方式计算:基础分 ${p.base} 分减去全年扣分和未闭环扣分,加上全年加分(最多 ${roundPoints(4 * p.bonusCap)} 分),不低于 0 分。`
    : `年度得分按“季度平均”方式计算,即四个季度得分的平均值(没有考核事项的季度按基础分 ${p.base} 分计)。`;
}

/** Every word of the notice with GB/T 15834 punctuation (user text quoted in it included: it is printed as part of the document). */
function punctuate(plan: NoticePlan): NoticePlan {
  const cell = (v: CellValue): CellValue => (typeof v === 'string' ? fullWidth(v) : v);
  return {
    ...plan,
    issuer: fullWidth(plan.issuer),
    title: fullWidth(plan.title),
    titleLines: plan.titleLines.map(fullWidth),
    recipients: fullWidth(plan.recipients),
    blocks: plan.blocks.map((b) =>
      b.kind === 'table'
        ? { ...b, header: b.header.map(fullWidth), rows: b.rows.map((r) => r.map(cell)) }
        : { ...b, text: fullWidth(b.text) },
    ),
    signature: { issuer: fullWidth(plan.signature.issuer), date: plan.signature.date },
    footnote: plan.footnote === null ? null : fullWidth(plan.footnote),
    record: {
      ...plan.record,
      copyTo: plan.record.copyTo === null ? null : fullWidth(plan.record.copyTo),
      printer: fullWidth(plan.record.printer),
    },
    warnings: plan.warnings,
  };
}

// ---------------------------------------------------------------- 一、总体情况
interface Totals {
  events: number;
  incidents: number;
  commendations: number;
  complaints: number;
  vetoUnits: number;
  openItems: number;
  points: number;
  bonus: number;
  unitFine: number;
  headFine: number;
  personFine: number;
}

function totals(r: Result): Totals {
  const sum = (f: (u: UnitResult) => number) => r.units.reduce((s, u) => s + f(u), 0);
  return {
    events: r.events.length,
    // What the events did, not what their level could do: an exempt event (SPEC §2 rule 12) or
    // one adjusted to 0 is neither, and is counted apart so the three add up to the total.
    incidents: r.events.filter((e) => e.points > 0).length,
    commendations: r.events.filter((e) => e.bonus > 0).length,
    complaints: sum((u) => u.complaints),
    vetoUnits: r.units.filter((u) => u.veto).length,
    openItems: sum((u) => u.openItems),
    points: roundPoints(sum((u) => u.points)),
    bonus: roundPoints(sum((u) => u.bonus)),
    unitFine: sum((u) => u.unitFine),
    headFine: sum((u) => u.headFine),
    personFine: sum((u) => u.personFine),
  };
}

function overview(model: Model, r: Result, previous: Result | null, period: Period): NoticeBlock[] {
  const now = totals(r);
  const fines = now.unitFine + now.headFine + now.personFine;
  const out: NoticeBlock[] = [
    para(
      `${periodLabel(period)}共登记考核事项 ${now.events} 项,其中扣分事项 ${now.incidents} 项、表扬类事项 ${now.commendations} 项` +
        (now.events - now.incidents - now.commendations > 0
          ? `、不扣分事项 ${now.events - now.incidents - now.commendations} 项(认定不属实、无责、免责或调整为 0 分)`
          : '') +
        `;有效投诉 ${now.complaints} 件;` +
        `${now.vetoUnits} 个单位被一票否决;未闭环事项 ${now.openItems} 项。各单位合计扣分 ${pts(now.points)} 分、加分 ${pts(now.bonus)} 分;罚款合计 ${yuan(fines)} 元,` +
        `其中单位罚款 ${yuan(now.unitFine)} 元、第一责任人罚款 ${yuan(now.headFine)} 元、直接责任人罚款 ${yuan(now.personFine)} 元。`,
    ),
  ];
  const prevPeriod = previous ? parsePeriod(previous.period)! : null;
  if (previous && prevPeriod) {
    const before = totals(previous);
    const beforeFines = before.unitFine + before.headFine + before.personFine;
    out.push(
      para(
        `与${periodLabel(prevPeriod)}相比,考核事项${change(now.events - before.events, '项')},有效投诉${change(now.complaints - before.complaints, '件')},` +
          `扣分${change(roundPoints(now.points - before.points), '分', pts)},罚款${change(fines - beforeFines, '元', yuan)}。各来源事项如下:`,
        true,
      ),
    );
  } else {
    out.push(para('本工作簿中没有上一期的考核记录,本期不作环比。各来源事项如下:', true));
  }
  // Events by source, this period and the previous one.
  const count = (res: Result | null, source: string) => (res ? res.events.filter((e) => e.source === source).length : 0);
  const pointsOf = (source: string) => roundPoints(r.events.filter((e) => e.source === source).reduce((s, e) => s + e.points, 0));
  const used = EVENT_SOURCES.filter((s) => count(r, s) > 0 || count(previous, s) > 0);
  const header = previous ? ['来源', '事项数', '扣分', '上期事项数', '增减'] : ['来源', '事项数', '扣分'];
  const rows: CellValue[][] = used.map((s) =>
    previous ? [s, count(r, s), pointsOf(s), count(previous, s), count(r, s) - count(previous, s)] : [s, count(r, s), pointsOf(s)],
  );
  const prevEvents = previous ? previous.events.length : 0;
  rows.push(previous ? ['合计', now.events, now.points, prevEvents, now.events - prevEvents] : ['合计', now.events, now.points]);
  out.push(
    table(
      header,
      rows,
      previous ? [3, 2, 2, 2, 2] : [3, 2, 2],
      previous ? [COUNT, COUNT, POINTS, COUNT, '+0;-0;0'] : [null, COUNT, POINTS],
    ),
  );
  return out;
}

// ---------------------------------------------------------------- 二、考核结果
function ranking(r: Result, p: Model['rules']['params']): NoticeBlock[] {
  const out: NoticeBlock[] = [];
  const groups: [string, UnitResult[]][] = [
    ['部门', r.units.filter((u) => u.category === '部门')],
    ['二级单位', r.units.filter((u) => u.category === '二级单位')],
  ];
  let n = 0;
  for (const [category, units] of groups) {
    if (!units.length) continue;
    const by = (g: string) => units.filter((u) => u.grade === g).length;
    out.push(heading(2, `(${CN_NUMBERS[n++]})${category}`));
    out.push(
      para(
        `${category}共 ${units.length} 个,其中优秀 ${by('优秀')} 个、良好 ${by('良好')} 个、合格 ${by('合格')} 个、不合格 ${by('不合格')} 个` +
          `(得分 ≥ ${p.excellentLine} 为优秀,≥ ${p.goodLine} 为良好,≥ ${p.passLine} 为合格)。`,
        true,
      ),
    );
    const sorted = units.map((u, i) => ({ u, i })).sort((a, b) => a.u.rank - b.u.rank || a.i - b.i);
    out.push(
      table(
        ['名次', '单位', '得分', '等级', '一票否决'],
        sorted.map(({ u }) => [u.rank, u.name, u.score, u.grade, u.veto ? '是' : '否']),
        [1.2, 4, 1.8, 1.5, 1.5],
        [COUNT, null, POINTS, null, null],
      ),
    );
  }
  return out;
}

// ---------------------------------------------------------------- 三、主要问题
function problems(model: Model, r: Result, source: (e: EventResult) => AssessmentEvent | undefined): NoticeBlock[] {
  const unitName = new Map(model.units.map((u) => [u.code, u.name]));
  const ladder = new Map(model.rules.ladder.map((l) => [l.code, l]));
  const clauses = new Map(model.rules.clauses.map((c) => [c.id, c]));
  const out: NoticeBlock[] = [heading(2, '(一)扣分较多的条款')];

  // Every event of the clause is counted (as the detail lists them: exempt and zero-point ones
  // too), so 事项数 matches a count of the detail by 条款; only clauses that cost points are ranked.
  const byClause = clauseTotals(r.events);
  const top = [...byClause]
    .filter(([, c]) => c.points > 0)
    .sort((a, b) => b[1].points - a[1].points || b[1].events - a[1].events || a[0].localeCompare(b[0], 'en', { numeric: true }))
    .slice(0, TOP_CLAUSES);
  if (top.length) {
    out.push(para(`本期扣分最多的 ${top.length} 个条款如下(事项数为该条款本期的全部事项,含认定不扣分的事项),请各单位对照自查。`, true));
    out.push(
      table(
        ['条款', '考核内容', '事项数', '扣分'],
        top.map(([id, c]) => [id, clauses.get(id)?.standard ?? '', c.events, c.points]),
        [1.2, 6, 1.4, 1.4],
        [null, null, COUNT, POINTS],
        ['center', 'left', 'right', 'right'],
      ),
    );
  } else out.push(para('本期没有扣分事项。'));

  out.push(heading(2, '(二)一票否决事项'));
  // An exempt event (multiplier 0, SPEC §2 rule 12) carries no grade cap.
  const vetoes = r.events.filter((e) => ladder.get(e.level)?.gradeCap && e.multiplier !== 0);
  if (vetoes.length) {
    vetoes.forEach((e, i) => {
      const l = ladder.get(e.level)!;
      const m = source(e);
      out.push(
        para(
          `${i + 1}. ${unitName.get(e.unit) ?? e.unit}:${chineseDate(e.date)},${m?.description || '(未填写事项描述)'}(来源:${e.source},第 ${e.clause} 条,` +
            `等级:${l.name}),该单位本期等级不高于“${l.gradeCap}”。`,
        ),
      );
    });
  } else out.push(para('本期没有一票否决事项。'));

  // Issue 18 (SPEC §10) adds 历史未闭环事项 — earlier periods' incidents still open — as the next
  // heading after this one, from the Result's follow-up list.
  out.push(heading(2, '(三)尚未闭环的事项'));
  const open = r.events.filter((e) => e.open);
  if (open.length) {
    out.push(para(`以下 ${open.length} 项扣分事项“三不放过”尚未全部落实,请责任单位限期整改:`, true));
    out.push(
      table(
        ['单位', '日期', '条款', '事项描述', '尚未落实'],
        open.map((e) => {
          const m = source(e);
          return [unitName.get(e.unit) ?? e.unit, e.date, e.clause, m?.description ?? '', m ? missingChecks(m) : ''];
        }),
        [2.4, 2.2, 1.2, 5, 2.6],
        null,
        ['left', 'center', 'center', 'left', 'center'],
      ),
    );
  } else out.push(para('本期扣分事项均已闭环。'));
  out.push(...historyOpen(model, r));
  return out;
}

/** (四)历史未闭环事项 (SPEC §10): earlier periods' incidents still open at this period's end; absent when none. */
function historyOpen(model: Model, r: Result): NoticeBlock[] {
  const fu = followUp(model, parsePeriod(r.period)!);
  if (!fu.history.length) return [];
  const scored = model.rules.params.historyOpenPoints ? `,每项扣 ${model.rules.params.historyOpenPoints} 分` : '';
  return [
    heading(2, '(四)历史未闭环事项'),
    para(`以往季度发生、截至本期末仍未闭环的事项共 ${fu.history.length} 项${scored},请责任单位抓紧整改:`, true),
    table(
      ['单位', '日期', '条款', '事项描述', '整改期限', '逾期天数'],
      fu.history.map((it) => [it.unitName, it.date, it.clause, it.description, it.deadline ?? '', it.overdueDays]),
      [2.4, 2.2, 1.2, 4.4, 2.2, 1.6],
      [null, null, null, null, null, COUNT],
      ['left', 'center', 'center', 'left', 'center', 'center'],
    ),
  ];
}

function missingChecks(m: AssessmentEvent): string {
  const missing = [
    [m.causeFound, '原因查清'],
    [m.handled, '责任处理'],
    [m.fixed, '整改落实'],
  ]
    .filter(([done]) => !done)
    .map(([, name]) => name);
  // Rule 13: the three checks done but no 完成日期 (or a later one) is still open.
  if (!missing.length) missing.push('完成日期');
  return missing.join('、');
}

// ---------------------------------------------------------------- 四、处罚情况
function penalties(model: Model, r: Result): NoticeBlock[] {
  const unitName = new Map(model.units.map((u) => [u.code, u.name]));
  const fined = r.units.filter((u) => u.unitFine + u.headFine + u.personFine > 0);
  const out: NoticeBlock[] = [heading(2, '(一)单位罚款')];
  if (fined.length) {
    const sum = (f: (u: UnitResult) => number) => fined.reduce((s, u) => s + f(u), 0);
    const rows: CellValue[][] = fined.map((u) => [u.name, u.unitFine, u.headFine, u.personFine, u.unitFine + u.headFine + u.personFine]);
    rows.push([
      '合计',
      sum((u) => u.unitFine),
      sum((u) => u.headFine),
      sum((u) => u.personFine),
      sum((u) => u.unitFine + u.headFine + u.personFine),
    ]);
    out.push(para(finedSentence(fined), true));
    out.push(
      table(
        ['单位', '单位罚款', '第一责任人罚款', '直接责任人罚款', '合计'],
        rows,
        [3, 2, 2.2, 2.2, 2],
        [null, YUAN, YUAN, YUAN, YUAN],
        ['left', 'right', 'right', 'right', 'right'],
      ),
    );
  } else out.push(para('本期没有罚款。'));

  out.push(heading(2, '(二)个人罚款'));
  if (r.people.length) {
    const rows: CellValue[][] = r.people.map((x) => [x.name, unitName.get(x.unit) ?? x.unit, x.role, x.events, x.fine]);
    rows.push(['合计', '', '', r.people.reduce((s, x) => s + x.events, 0), r.people.reduce((s, x) => s + x.fine, 0)]);
    out.push(para('个人罚款按“分级考核、下管一级”的原则由所在单位落实,纳入工资考核(金额单位:元):', true));
    out.push(
      table(
        ['姓名', '单位', '角色', '事项数', '罚款'],
        rows,
        [2, 3, 2.2, 1.4, 1.6],
        [null, null, null, COUNT, YUAN],
        ['center', 'left', 'center', 'right', 'right'],
      ),
    );
  } else out.push(para('本期没有个人罚款。'));
  return out;
}

/** Each period event counted under its clause, with the clause's points. */
export function clauseTotals(events: readonly EventResult[]): Map<string, { events: number; points: number }> {
  const byClause = new Map<string, { events: number; points: number }>();
  for (const e of events) {
    const c = byClause.get(e.clause) ?? { events: 0, points: 0 };
    c.events++;
    c.points = roundPoints(c.points + e.points);
    byClause.set(e.clause, c);
  }
  return byClause;
}

/**
 * Who was fined, by kind of fine: a unit with only personal fines is not said to have a unit
 * fine. 「11 个单位被处以单位罚款;14 个单位的第一责任人、9 个单位的直接责任人被处以个人罚款」.
 */
function finedSentence(fined: readonly UnitResult[]): string {
  const unit = fined.filter((u) => u.unitFine > 0).length;
  const head = fined.filter((u) => u.headFine > 0).length;
  const person = fined.filter((u) => u.personFine > 0).length;
  const parts: string[] = [];
  if (unit) parts.push(`${unit} 个单位被处以单位罚款`);
  const people = [head ? `${head} 个单位的第一责任人` : '', person ? `${person} 个单位的直接责任人` : ''].filter(Boolean);
  if (people.length) parts.push(`${people.join('、')}被处以个人罚款`);
  return `依据处罚标准,本期共有 ${fined.length} 个单位涉及罚款,其中${parts.join(';')}。各单位罚款如下(金额单位:元):`;
}

// ---------------------------------------------------------------- helpers
function heading(level: 1 | 2, text: string): NoticeBlock {
  return { kind: 'heading', level, text };
}

/** `keepWithNext` for a sentence introducing the table under it. */
function para(text: string, keepWithNext = false): NoticeBlock {
  return keepWithNext ? { kind: 'paragraph', text, keepWithNext } : { kind: 'paragraph', text };
}

function table(
  header: string[],
  rows: CellValue[][],
  widths: number[],
  formats: (string | null)[] | null,
  align?: ('left' | 'center' | 'right')[],
): NoticeBlock {
  const block: NoticeBlock = { kind: 'table', header, rows, widths };
  if (formats) block.formats = formats;
  if (align) block.align = align;
  return block;
}

/** 'YYYY-MM-DD' → '2026年8月5日'. */
function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

function pts(n: number): string {
  return n.toFixed(2).replace(/\.?0+$/, '') || '0';
}

/** Whole yuan with thousands separators (no locale data needed). */
export function yuan(n: number): string {
  const s = String(Math.abs(Math.round(n))).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 ? `-${s}` : s;
}

function change(delta: number, unit: string, show: (n: number) => string = String): string {
  if (delta === 0) return '持平';
  return delta > 0 ? `增加 ${show(delta)} ${unit}` : `减少 ${show(-delta)} ${unit}`;
}

/** A paragraph typed as “1. …” or “1、…” keeps one number only: ours. */
function stripNumber(text: string): string {
  return text.replace(/^\s*(?:\d+|[一二三四五六七八九十]+)\s*[.、.)）]\s*/, '');
}

function stripColon(text: string): string {
  return text.replace(/[::]\s*$/, '');
}

/** The model event behind each reported event, by sheet and row (for descriptions and checks). */
function eventSources(model: Model, events: readonly EventResult[]): (e: EventResult) => AssessmentEvent | undefined {
  const wanted = new Map<string, Set<number>>();
  for (const e of events) {
    let rows = wanted.get(e.sheet);
    if (!rows) wanted.set(e.sheet, (rows = new Set()));
    rows.add(e.row);
  }
  const found = new Map<string, Map<number, AssessmentEvent>>();
  for (const m of model.events) {
    if (!wanted.get(m.sheet)?.has(m.row)) continue;
    let rows = found.get(m.sheet);
    if (!rows) found.set(m.sheet, (rows = new Map()));
    rows.set(m.row, m);
  }
  return (e) => found.get(e.sheet)?.get(e.row);
}
