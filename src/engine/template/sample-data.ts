// The bundled sample organisation (DOMAIN.md: 黄冈黄州区供电公司) and the catalogue of things that
// happen in a year of quality-service assessment, written the way staff record them.

export interface SampleUnit {
  code: string;
  name: string;
  category: '部门' | '二级单位';
  head: string;
  supervisor: string | null;
  /** 别名: what the service systems' exports call the unit (imports match it, SPEC §1.5). */
  aliases?: string;
  /** How often events befall the unit, relative to the others (busy counters see more). */
  weight: number;
}

export const SAMPLE_UNITS: readonly SampleUnit[] = [
  { code: 'D01', name: '办公室', category: '部门', head: '王建国', supervisor: null, weight: 0.6 },
  { code: 'D02', name: '党建工作部', category: '部门', head: '刘红梅', supervisor: null, weight: 0.4 },
  { code: 'D03', name: '人力资源部', category: '部门', head: '陈志强', supervisor: null, weight: 0.5 },
  { code: 'D04', name: '财务资产部', category: '部门', head: '张丽华', supervisor: null, weight: 0.5 },
  { code: 'D05', name: '发展建设部', category: '部门', head: '李卫东', supervisor: null, weight: 0.9 },
  { code: 'D06', name: '安全监察质量部', category: '部门', head: '周海涛', supervisor: null, weight: 0.6 },
  { code: 'D07', name: '运维检修部', category: '部门', head: '吴光明', supervisor: null, weight: 1.2 },
  { code: 'D08', name: '营销部', category: '部门', head: '黄晓燕', supervisor: null, weight: 1.3 },
  { code: 'S01', name: '客户服务中心', category: '二级单位', head: '杨帆', supervisor: '营销部', aliases: '客服中心', weight: 2.6 },
  { code: 'S02', name: '供电服务指挥中心', category: '二级单位', head: '赵振华', supervisor: '运维检修部', weight: 2.0 },
  {
    code: 'S03',
    name: '城区供电所',
    category: '二级单位',
    head: '孙伟',
    supervisor: '营销部',
    aliases: '城区所、黄州城区供电所',
    weight: 3.4,
  },
  { code: 'S04', name: '路口供电所', category: '二级单位', head: '胡德胜', supervisor: '营销部', aliases: '路口所', weight: 2.6 },
  { code: 'S05', name: '堵城供电所', category: '二级单位', head: '徐长江', supervisor: '营销部', weight: 2.4 },
  { code: 'S06', name: '陈策楼供电所', category: '二级单位', head: '陈国平', supervisor: '营销部', weight: 2.0 },
  { code: 'S07', name: '陶店供电所', category: '二级单位', head: '汪志刚', supervisor: '营销部', weight: 1.8 },
  { code: 'S08', name: '禹王供电所', category: '二级单位', head: '郑建军', supervisor: '营销部', weight: 2.2 },
  { code: 'S09', name: '南湖供电所', category: '二级单位', head: '冯丽娟', supervisor: '营销部', weight: 2.2 },
  { code: 'S10', name: '计量中心', category: '二级单位', head: '何文斌', supervisor: '营销部', weight: 1.0 },
];

/** Who signs the printed summaries in the sample (考核参数 制表人/审核人/批准人). */
export const SAMPLE_SIGNERS = { preparedBy: '刘婷', reviewedBy: '黄晓燕', approvedBy: '李明' };

/** A kind of event: the clause it falls under, its usual level and source, and how it is written up. */
export interface Happening {
  clause: string;
  level: 'L1' | 'L2' | 'L3' | 'B1' | 'B2';
  sources: readonly string[];
  texts: readonly string[];
  /** Who it can befall; both when absent. */
  who?: '部门' | '二级单位';
  /** Relative likelihood among the happenings that fit (default 1). */
  weight?: number;
}

const INSPECTIONS = ['公司检查', '日常考核', '明察暗访', '上级检查'] as const;
const COMPLAINTS = ['95598工单', '95598工单', '95598工单', '来信来访'] as const;

export const HAPPENINGS: readonly Happening[] = [
  // Article 5 — departments working together
  {
    clause: '5.1',
    level: 'L1',
    who: '部门',
    sources: ['日常考核', '公司检查'],
    texts: ['未按期报送优质服务工作月报', '营销系统督办工单超期未处理', '优质服务专项工作推进滞后,未按节点完成'],
  },
  {
    clause: '5.2',
    level: 'L2',
    who: '部门',
    sources: ['日常考核', '其他'],
    texts: ['配套工程跨部门推诿,影响客户送电进度', '停电信息报送衔接不畅,未及时对外发布'],
  },
  {
    clause: '5.3',
    level: 'L1',
    who: '部门',
    sources: ['日常考核'],
    texts: ['部门内部工作交接不清,客户咨询答复口径不一致', '部门内部分工不明,同一事项重复催办'],
  },
  {
    clause: '5.4',
    level: 'L1',
    who: '部门',
    sources: ['公司检查', '日常考核'],
    texts: ['对归口供电所投诉整改督导不到位', '未按要求组织对口二级单位开展优质服务培训'],
  },
  { clause: '13.2', level: 'L1', who: '部门', sources: ['公司检查'], texts: ['未按计划走访重要客户', '义务监督员会议未按季度召开'] },
  {
    clause: '14',
    level: 'L3',
    who: '部门',
    weight: 0.5,
    sources: ['来信来访', '上级检查'],
    texts: ['区政协委员提案批评办电流程繁琐', '市公司通报:部门人员对客户诉求敷衍推诿'],
  },
  // Article 6 — building the unit
  {
    clause: '6.1',
    level: 'L1',
    who: '二级单位',
    sources: ['公司检查', '日常考核'],
    texts: ['未制定年度优质服务工作计划', '季度优质服务工作总结未按时上报', '年中检查督办记录缺失'],
  },
  { clause: '6.2', level: 'L1', who: '二级单位', sources: ['公司检查'], texts: ['职工业务技能培训记录缺失', '职业道德教育无详细记录'] },
  {
    clause: '6.3',
    level: 'L1',
    who: '二级单位',
    sources: ['日常考核', '来信来访'],
    texts: ['客户用电纠纷久拖未决,矛盾上交', '台区线损异常问题未及时处理'],
  },
  // Article 7 — the service window
  {
    clause: '7.1',
    level: 'L1',
    who: '二级单位',
    sources: [...INSPECTIONS],
    texts: ['营业厅门外标识牌破损未及时更换', '营业厅室内名称牌与统一标识不一致'],
  },
  {
    clause: '7.2',
    level: 'L1',
    who: '二级单位',
    sources: [...INSPECTIONS],
    texts: ['营业厅地面不洁,宣传资料摆放杂乱', '营业厅窗台积灰,物品摆放无序'],
  },
  {
    clause: '7.3',
    level: 'L1',
    who: '二级单位',
    sources: ['明察暗访', '公司检查'],
    texts: ['周末营业厅未按规定开门营业', '营业厅未放置客户意见簿', '营业厅等候区缺少书写台和笔'],
  },
  {
    clause: '7.4',
    level: 'L1',
    who: '二级单位',
    sources: ['公司检查', '上级检查'],
    texts: ['营业厅未公示最新电价及收费标准', '服务承诺公示内容已过期未更新'],
  },
  // Article 8 — the counter
  {
    clause: '8.1',
    level: 'L1',
    who: '二级单位',
    sources: ['明察暗访', '日常考核'],
    texts: ['柜台人员迟到,未提前5分钟上岗', '营业前未完成设备检查,开门后打印机故障'],
  },
  {
    clause: '8.2',
    level: 'L1',
    who: '二级单位',
    sources: ['明察暗访', '公司检查'],
    texts: ['柜台人员未统一着装、未佩戴服务证', '营业员佩戴服务证编号与本人不符'],
  },
  {
    clause: '8.3',
    level: 'L2',
    who: '二级单位',
    sources: [...COMPLAINTS],
    texts: ['客户投诉营业员态度生硬,经核实属实', '营业员使用服务忌语,客户投诉属实'],
  },
  {
    clause: '8.4',
    level: 'L2',
    who: '二级单位',
    sources: [...COMPLAINTS],
    texts: ['居民新装超过5个工作日未完成装表接电', '客户投诉报装审批拖延,经核实属实'],
  },
  {
    clause: '8.5',
    level: 'L2',
    who: '二级单位',
    sources: ['95598工单', '明察暗访'],
    texts: ['居民收费业务办理超过5分钟,客户排队投诉', '柜台拒收小额零钞,客户投诉属实'],
  },
  {
    clause: '8.6',
    level: 'L2',
    sources: ['95598工单', '来信来访'],
    texts: ['客户咨询电价政策无记录、无回复', '客户咨询被推诿搪塞,经核实属实'],
  },
  // Article 9 — in the field
  {
    clause: '9.1',
    level: 'L2',
    who: '二级单位',
    sources: [...COMPLAINTS],
    texts: ['客户投诉抄表员估抄电量,经核实属实', '抄表错误导致电费多收,客户投诉属实'],
  },
  {
    clause: '9.2',
    level: 'L2',
    who: '二级单位',
    sources: ['来信来访', '95598工单'],
    texts: ['装表人员故意设卡刁难客户,客户投诉属实', '计量施工人员索要烟酒,客户举报属实'],
  },
  {
    clause: '9.3',
    level: 'L2',
    who: '二级单位',
    sources: ['95598工单'],
    texts: ['客户缴清欠费后超过24小时未恢复送电', '未按规定程序停电催费,客户投诉属实'],
  },
  {
    clause: '9.4',
    level: 'L2',
    who: '二级单位',
    sources: ['来信来访', '公司检查'],
    texts: ['用电检查人员与客户发生争吵', '发现窃电行为未及时报告公司'],
  },
  // Articles 10–13
  {
    clause: '10',
    level: 'L2',
    who: '二级单位',
    sources: ['明察暗访', '上级检查'],
    texts: ['暗访拨打服务电话,响铃超过5声无人接听', '对外服务电话午间无人值守'],
  },
  {
    clause: '11',
    level: 'L2',
    who: '二级单位',
    sources: ['95598工单', '来信来访'],
    texts: ['抢修人员超过45分钟未到达城区故障现场', '计划停电未提前7天公告', '对重要客户计划停电未单独通知'],
  },
  {
    clause: '12',
    level: 'L1',
    who: '二级单位',
    sources: ['公司检查', '日常考核'],
    texts: ['未按期为孤寡老人提供上门服务', '本季度未开展便民服务和安全用电宣传活动'],
  },
  { clause: '13.1', level: 'L1', sources: ['公司检查'], texts: ['未按要求开展客户满意度评议', '满意度调查问卷样本不足、资料不全'] },
  { clause: '13.2', level: 'L1', who: '二级单位', sources: ['公司检查'], texts: ['未按计划召开客户座谈会', '走访客户记录不全'] },
  // Escalations: repeated or escalated complaints, city media, deputies, city company notices
  {
    clause: '8.3',
    level: 'L3',
    who: '二级单位',
    weight: 0.35,
    sources: ['95598工单', '来信来访'],
    texts: ['客户就服务态度问题越级投诉至市公司,经核实属实', '同一客户重复投诉服务态度问题'],
  },
  {
    clause: '11',
    level: 'L3',
    who: '二级单位',
    weight: 0.35,
    sources: ['新闻媒体', '上级检查'],
    texts: ['黄冈电视台报道小区频繁停电、抢修迟缓', '市公司通报:故障抢修超时未到达现场'],
  },
  {
    clause: '9.1',
    level: 'L3',
    who: '二级单位',
    weight: 0.35,
    sources: ['新闻媒体', '来信来访'],
    texts: ['鄂东晚报报道电费异常偏高,系抄表差错所致', '区人大代表转交群众来信,反映抄表估抄问题属实'],
  },
  // Commendations
  {
    clause: '8.3',
    level: 'B1',
    who: '二级单位',
    sources: ['客户表扬', '95598工单'],
    texts: ['客户来信表扬营业员热情周到、耐心细致', '95598表扬工单:营业员主动延时为客户办理业务'],
  },
  {
    clause: '11',
    level: 'B1',
    who: '二级单位',
    sources: ['客户表扬', '95598工单'],
    texts: ['95598表扬工单:抢修人员冒雨连夜恢复供电', '客户来电表扬抢修及时'],
  },
  {
    clause: '12',
    level: 'B2',
    who: '二级单位',
    sources: ['客户表扬'],
    texts: ['孤寡老人家属赠送锦旗,感谢上门服务', '村委会赠送锦旗,感谢义务检修线路'],
  },
  {
    clause: '5.2',
    level: 'B1',
    who: '部门',
    sources: ['客户表扬', '其他'],
    texts: ['企业客户来信表扬部门协同办电高效', '区政府来函感谢部门协调重大活动保电'],
  },
  { clause: '8.4', level: 'B2', who: '二级单位', sources: ['客户表扬'], texts: ['企业客户赠送锦旗,感谢装表接电快捷'] },
];

/** Events the year must contain, whatever the dice say: repeats, overrides, every level, one veto in Q3. */
export interface ScriptedEvent {
  date: string; // YYYY-MM-DD
  unit: string; // code
  source: string;
  clause: string;
  level: string; // code
  text: string;
  override?: number;
  remark?: string;
  /** 认定 when not 属实有责 (an exempted event uses this, never 扣分调整 = 0: SPEC §1.5). */
  finding?: '不属实' | '无责' | '免责';
  /** 原因查清, 责任处理, 整改落实; absent for commendations. */
  checks?: [boolean, boolean, boolean];
}

export const SCRIPTED_EVENTS: readonly ScriptedEvent[] = [
  // The same fault three times in a year at 城区供电所: ×1, ×1.5, ×2.
  {
    date: '2026-02-10',
    unit: 'S03',
    source: '95598工单',
    clause: '9.1',
    level: 'L2',
    text: '客户投诉抄表员估抄电量,经核实属实',
    checks: [true, true, true],
  },
  {
    date: '2026-05-19',
    unit: 'S03',
    source: '95598工单',
    clause: '9.1',
    level: 'L2',
    text: '客户再次投诉抄表员估抄电量,经核实属实',
    checks: [true, true, true],
  },
  {
    date: '2026-08-12',
    unit: 'S03',
    source: '来信来访',
    clause: '9.1',
    level: 'L3',
    text: '同一台区客户重复投诉估抄电量,经核实属实',
    checks: [true, true, false],
  },
  // The one veto of 2026Q3.
  {
    date: '2026-08-26',
    unit: 'S04',
    source: '新闻媒体',
    clause: '9.3',
    level: 'L4',
    text: '湖北日报报道:客户缴清欠费后近三天未恢复送电,造成不良社会影响',
    checks: [true, false, false],
  },
  // Vetoes in other quarters.
  {
    date: '2026-02-26',
    unit: 'S05',
    source: '其他',
    clause: '11',
    level: 'L5',
    text: '节后线路故障抢修迟缓,停电超过30小时,引发村民聚集上访(群体性事件)',
    checks: [true, true, true],
  },
  {
    date: '2026-11-18',
    unit: 'D08',
    source: '上级检查',
    clause: '5.4',
    level: 'L4',
    text: '省公司通报:对供电所业扩报装督导不力,“三不指定”执行不到位',
    checks: [true, false, false],
  },
  // An override with its reason, and a force-majeure exemption (认定 免责: no points, no fines).
  {
    date: '2026-07-21',
    unit: 'S03',
    source: '95598工单',
    clause: '8.4',
    level: 'L2',
    text: '居民新装超过5个工作日未完成装表接电',
    override: 1,
    remark: '经考核领导小组研究,客户资料补交延误,酌情减半扣分',
    checks: [true, true, true],
  },
  {
    date: '2026-07-08',
    unit: 'S09',
    source: '95598工单',
    clause: '11',
    level: 'L2',
    text: '暴雨期间抢修人员超过45分钟未到达故障现场',
    finding: '免责',
    remark: '特大暴雨致道路中断,属不可抗力,经审定免于扣分',
    checks: [true, true, true],
  },
  // Escalations in Q3.
  {
    date: '2026-09-03',
    unit: 'S02',
    source: '上级检查',
    clause: '10',
    level: 'L3',
    text: '市公司通报:服务热线暗访响铃超过5声无人接听',
    checks: [true, true, false],
  },
  {
    date: '2026-08-05',
    unit: 'D05',
    source: '来信来访',
    clause: '5.2',
    level: 'L3',
    text: '区人大代表批评:配网工程跨部门推诿,延误小区送电',
    checks: [true, true, true],
  },
  // The higher commendations.
  { date: '2026-06-12', unit: 'S01', source: '其他', clause: '7.3', level: 'B4', text: '营业厅获评国网湖北省电力公司“优质服务示范窗口”' },
  { date: '2026-09-15', unit: 'S03', source: '新闻媒体', clause: '12', level: 'B3', text: '黄冈日报报道供电所为孤寡老人上门服务的事迹' },
  { date: '2026-07-30', unit: 'S06', source: '客户表扬', clause: '11', level: 'B2', text: '村民赠送锦旗,感谢连夜抢修恢复供电' },
];

export const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕'.split('');
export const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国志红文斌玉兰海燕俊辉鹏飞晨亮'.split('');
