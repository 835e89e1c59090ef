/**
 * The demo's organizations: real communities of 清城区 (mostly 凤城街道, some 东城街道, a few
 * registered ones in 洲心 and 横荷), names on the rule place + distinctive name + business + form.
 * seed-organizations.ts takes each through the real actions.
 */

/** The communities the demo files in, and the username of the residents' committee clerk there. */
export const demoCommunities: Record<string, { name: string; clerk: string }> = {
  '441802006001': { name: '高基里社区', clerk: 'committee' },
  '441802006002': { name: '鹤堂社区', clerk: 'hetang' },
  '441802006004': { name: '花厅社区', clerk: 'huating' },
  '441802006011': { name: '西门社区', clerk: 'ximen' },
  '441802007001': { name: '白庙社区', clerk: 'baimiao' },
  '441802007201': { name: '江埗村', clerk: 'jiangbu' },
};

/** Committee clerks of the demo communities beyond 高基里社区 (whose clerk is the `committee` account). */
export const demoClerks = [
  { username: 'hetang', displayName: '鹤堂社区居委会', jurisdictionCode: '441802006002', phone: '13800000021' },
  { username: 'huating', displayName: '花厅社区居委会', jurisdictionCode: '441802006004', phone: '13800000022' },
  { username: 'ximen', displayName: '西门社区居委会', jurisdictionCode: '441802006011', phone: '13800000023' },
  { username: 'baimiao', displayName: '白庙社区居委会', jurisdictionCode: '441802007001', phone: '13800000024' },
  { username: 'jiangbu', displayName: '江埗村村委会', jurisdictionCode: '441802007201', phone: '13800000025' },
] as const;

export type DemoOrganization = {
  key: string;
  name: string;
  category: string;
  community: string;
  address: string;
  foundedOn: string;
  purpose: string;
  businessScope: string;
  fundingSource: string;
  members: number;
  birthYears: [number, number];
  femaleShare?: number;
};

/** Filed organizations (备案). `xiyanghong` is the `org` account's; some go on to a change, a termination or a revocation. */
export const filedOrganizations: DemoOrganization[] = [
  {
    key: 'xiyanghong', name: '高基里社区夕阳红舞蹈队', category: 'culture_sports', community: '441802006001',
    address: '清城区凤城街道高基里社区文化广场', foundedOn: '2019-04-12',
    purpose: '丰富社区老年人精神文化生活，以舞会友，促进邻里和睦', businessScope: '广场舞、民族舞排练，参加社区文艺演出和节庆活动',
    fundingSource: '成员自筹、社区党群服务中心活动经费支持', members: 18, birthYears: [1952, 1966], femaleShare: 0.9,
  },
  {
    key: 'shouwang', name: '高基里社区邻里守望互助队', category: 'mutual_aid', community: '441802006001',
    address: '清城区凤城街道高基里社区党群服务中心', foundedOn: '2020-09-01',
    purpose: '发扬守望相助精神，关心关爱独居老人和困难家庭', businessScope: '独居老人定期探访、邻里纠纷劝解、困难家庭临时帮扶',
    fundingSource: '成员自筹、爱心企业捐赠', members: 14, birthYears: [1958, 1985],
  },
  {
    key: 'hongmajia', name: '高基里社区红马甲志愿服务队', category: 'service', community: '441802006001',
    address: '清城区凤城街道高基里社区新时代文明实践站', foundedOn: '2018-06-20',
    purpose: '弘扬志愿服务精神，为社区居民提供便民服务', businessScope: '社区环境整治、防范电信诈骗宣传、便民维修和政策咨询等志愿服务',
    fundingSource: '社区志愿服务专项经费、社会捐赠', members: 22, birthYears: [1965, 2000],
  },
  {
    key: 'shuxiang', name: '高基里社区书香读书会', category: 'culture_sports', community: '441802006001',
    address: '清城区凤城街道高基里社区图书室', foundedOn: '2021-04-23',
    purpose: '倡导全民阅读，建设书香社区', businessScope: '每月读书分享会、亲子共读、社区图书角管理',
    fundingSource: '成员自筹、社区支持', members: 12, birthYears: [1970, 2002], femaleShare: 0.6,
  },
  {
    key: 'leling', name: '高基里社区乐龄合唱团', category: 'culture_sports', community: '441802006001',
    address: '清城区凤城街道高基里社区老年活动中心', foundedOn: '2017-10-08',
    purpose: '以歌会友，老有所乐，传播正能量', businessScope: '合唱排练、红色歌曲传唱、社区节庆演出',
    fundingSource: '成员自筹、社区活动经费', members: 20, birthYears: [1950, 1965], femaleShare: 0.7,
  },
  {
    key: 'taiji', name: '高基里社区晨光太极拳队', category: 'culture_sports', community: '441802006001',
    address: '清城区凤城街道高基里社区北江河畔健身步道', foundedOn: '2016-03-15',
    purpose: '推广太极健身，增强居民体质', businessScope: '太极拳、太极剑晨练和教学，参加健身展演',
    fundingSource: '成员自筹', members: 11, birthYears: [1948, 1962],
  },
  {
    key: 'hongmian', name: '鹤堂社区红棉义工服务队', category: 'charity', community: '441802006002',
    address: '清城区凤城街道鹤堂社区党群服务中心', foundedOn: '2019-12-05',
    purpose: '扶贫济困，助老助残，传递社区温暖', businessScope: '助老助残探访、困难家庭帮扶、社区公益募捐',
    fundingSource: '社会捐赠、公益创投项目资金', members: 16, birthYears: [1968, 1998],
  },
  {
    key: 'xiangqi', name: '鹤堂社区楚河汉界象棋社', category: 'culture_sports', community: '441802006002',
    address: '清城区凤城街道鹤堂社区文体活动室', foundedOn: '2020-05-18',
    purpose: '弘扬象棋文化，丰富居民业余生活', businessScope: '象棋对弈交流、社区象棋比赛、青少年象棋启蒙',
    fundingSource: '成员自筹', members: 10, birthYears: [1950, 1990], femaleShare: 0.15,
  },
  {
    key: 'tiaojie', name: '鹤堂社区和为贵调解服务队', category: 'service', community: '441802006002',
    address: '清城区凤城街道鹤堂社区调解室', foundedOn: '2018-08-08',
    purpose: '化解邻里矛盾，促进社区和谐', businessScope: '邻里纠纷调解、法律政策宣传、矛盾隐患排查',
    fundingSource: '社区支持', members: 10, birthYears: [1955, 1980],
  },
  {
    key: 'sidianban', name: '鹤堂社区四点半课堂服务队', category: 'service', community: '441802006002',
    address: '清城区凤城街道鹤堂社区儿童之家', foundedOn: '2022-02-28',
    purpose: '解决双职工家庭放学后看护难题，助力少年儿童健康成长', businessScope: '放学后作业辅导、安全教育、假期兴趣课堂',
    fundingSource: '社区支持、爱心人士捐赠', members: 13, birthYears: [1975, 2003], femaleShare: 0.7,
  },
  {
    key: 'jinguo', name: '花厅社区巾帼志愿服务队', category: 'charity', community: '441802006004',
    address: '清城区凤城街道花厅社区妇女之家', foundedOn: '2019-03-08',
    purpose: '发挥妇女半边天作用，关爱留守儿童和困境妇女', businessScope: '留守儿童关爱、家庭教育讲座、巾帼公益集市',
    fundingSource: '社区妇联支持、社会捐赠', members: 15, birthYears: [1970, 1995], femaleShare: 1,
  },
  {
    key: 'yueyun', name: '花厅社区粤韵曲艺社', category: 'culture_sports', community: '441802006004',
    address: '清城区凤城街道花厅社区文化室', foundedOn: '2015-09-20',
    purpose: '传承岭南粤剧粤曲艺术，丰富居民文化生活', businessScope: '粤剧粤曲排练、私伙局交流、社区惠民演出',
    fundingSource: '成员自筹', members: 12, birthYears: [1948, 1968],
  },
  {
    key: 'lvse', name: '花厅社区绿色家园环保队', category: 'other', community: '441802006004',
    address: '清城区凤城街道花厅社区垃圾分类宣传站', foundedOn: '2021-06-05',
    purpose: '倡导绿色低碳生活，建设美丽社区', businessScope: '垃圾分类宣传引导、河涌巡护、废旧物品回收利用',
    fundingSource: '社区支持、废旧物品回收收入', members: 14, birthYears: [1960, 2005],
  },
  {
    key: 'chufang', name: '花厅社区邻里厨房互助会', category: 'mutual_aid', community: '441802006004',
    address: '清城区凤城街道花厅社区长者饭堂', foundedOn: '2023-01-10',
    purpose: '邻里互帮互助，让高龄独居老人吃上热饭', businessScope: '为高龄独居老人送餐、邻里共厨共享、厨艺交流',
    fundingSource: '成员自筹、爱心商户捐赠', members: 11, birthYears: [1960, 1990], femaleShare: 0.7,
  },
  {
    key: 'laobing', name: '西门社区老兵之家服务队', category: 'service', community: '441802006011',
    address: '清城区凤城街道西门社区退役军人服务站', foundedOn: '2020-08-01',
    purpose: '服务退役军人，传承红色基因', businessScope: '退役军人走访慰问、国防教育进社区、帮扶困难退役军人',
    fundingSource: '社区支持、成员自筹', members: 12, birthYears: [1950, 1975], femaleShare: 0.1,
  },
  {
    key: 'pingan', name: '西门社区平安巡逻队', category: 'mutual_aid', community: '441802006011',
    address: '清城区凤城街道西门社区警务室', foundedOn: '2018-11-09',
    purpose: '群防群治，守护社区平安', businessScope: '夜间治安巡逻、消防安全隐患排查、防盗防骗提醒',
    fundingSource: '社区综治经费支持', members: 17, birthYears: [1962, 1990], femaleShare: 0.2,
  },
  {
    key: 'zhuxue', name: '西门社区爱心助学会', category: 'charity', community: '441802006011',
    address: '清城区凤城街道西门社区党群服务中心', foundedOn: '2021-09-01',
    purpose: '扶助困难家庭学生完成学业', businessScope: '资助困难家庭学生、组织爱心家教、开展助学募捐',
    fundingSource: '社会捐赠', members: 10, birthYears: [1965, 1992],
  },
  {
    key: 'zhucan', name: '白庙社区阳光助残服务队', category: 'charity', community: '441802007001',
    address: '清城区东城街道白庙社区康园工疗站', foundedOn: '2020-12-03',
    purpose: '关爱残疾人，帮助他们融入社区生活', businessScope: '残疾人居家探访、康复陪护、辅具借用和就业信息服务',
    fundingSource: '残联项目资金、社会捐赠', members: 13, birthYears: [1968, 1999],
  },
  {
    key: 'jinse', name: '白庙社区金色年华舞蹈队', category: 'culture_sports', community: '441802007001',
    address: '清城区东城街道白庙社区文化广场', foundedOn: '2018-05-01',
    purpose: '健身娱乐，展示老年人风采', businessScope: '广场舞、健身操排练，参加街道文艺汇演',
    fundingSource: '成员自筹', members: 16, birthYears: [1955, 1968], femaleShare: 0.9,
  },
  {
    key: 'shuguo', name: '江埗村蔬果种植技术服务队', category: 'rural_tech', community: '441802007201',
    address: '清城区东城街道江埗村村民委员会', foundedOn: '2019-02-20',
    purpose: '推广蔬果种植实用技术，助力乡村振兴', businessScope: '蔬菜水果种植技术指导、病虫害绿色防控、农资团购咨询',
    fundingSource: '成员自筹、农技推广项目支持', members: 14, birthYears: [1960, 1990], femaleShare: 0.3,
  },
  {
    key: 'nongji', name: '江埗村农机互助队', category: 'rural_tech', community: '441802007201',
    address: '清城区东城街道江埗村农机仓库', foundedOn: '2021-03-12',
    purpose: '农机共享互助，降低农户生产成本', businessScope: '农忙时节农机代耕代收、农机维修保养互助、安全作业培训',
    fundingSource: '成员自筹', members: 10, birthYears: [1958, 1985], femaleShare: 0.1,
  },
];

export type PipelineStage = 'draft' | 'committee_review' | 'street_review' | 'notice' | 'notice_objected' | 'returned' | 'rejected';

/** First filings still under way, one in each place of the chain, and one refused. */
export const pipelineOrganizations: (DemoOrganization & { stage: PipelineStage })[] = [
  {
    key: 'bianzhi', stage: 'draft', name: '鹤堂社区巧手编织社', category: 'mutual_aid', community: '441802006002',
    address: '清城区凤城街道鹤堂社区活动室', foundedOn: '2025-03-01',
    purpose: '以编织手艺结对互助，为社区困难老人编织冬衣', businessScope: '毛线编织、手工教学、爱心义卖',
    fundingSource: '成员自筹', members: 6, birthYears: [1955, 1975], femaleShare: 1,
  },
  {
    key: 'qixing', stage: 'committee_review', name: '高基里社区健康快乐骑行队', category: 'culture_sports', community: '441802006001',
    address: '清城区凤城街道高基里社区北门', foundedOn: '2024-10-01',
    purpose: '倡导绿色出行和健康生活', businessScope: '周末骑行健身、骑行安全知识宣传、环保骑行公益活动',
    fundingSource: '成员自筹', members: 12, birthYears: [1970, 2000], femaleShare: 0.3,
  },
  {
    key: 'qicai', stage: 'street_review', name: '花厅社区七彩广场舞队', category: 'culture_sports', community: '441802006004',
    address: '清城区凤城街道花厅社区休闲广场', foundedOn: '2024-06-01',
    purpose: '以舞健身，以舞会友', businessScope: '广场舞排练、健身舞教学、社区节庆演出',
    fundingSource: '成员自筹', members: 15, birthYears: [1955, 1975], femaleShare: 0.9,
  },
  {
    key: 'hanmo', stage: 'street_review', name: '白庙社区翰墨书画社', category: 'culture_sports', community: '441802007001',
    address: '清城区东城街道白庙社区文化室', foundedOn: '2024-09-10',
    purpose: '传承书画艺术，陶冶情操', businessScope: '书法绘画练习交流、春节义写春联、书画作品展览',
    fundingSource: '成员自筹、社区支持', members: 11, birthYears: [1950, 1985],
  },
  {
    key: 'zhuifeng', stage: 'notice', name: '西门社区追风篮球队', category: 'culture_sports', community: '441802006011',
    address: '清城区凤城街道西门社区篮球场', foundedOn: '2024-07-15',
    purpose: '推广篮球运动，凝聚社区青年', businessScope: '篮球训练、社区篮球联赛、青少年篮球公益课',
    fundingSource: '成员自筹、商家赞助', members: 14, birthYears: [1995, 2006], femaleShare: 0.1,
  },
  {
    key: 'chenlian', stage: 'notice_objected', name: '鹤堂社区晨练健身队', category: 'culture_sports', community: '441802006002',
    address: '清城区凤城街道鹤堂社区12栋前空地', foundedOn: '2024-04-01',
    purpose: '组织居民晨练，增强体质', businessScope: '健身操、八段锦晨练，健康知识讲座',
    fundingSource: '成员自筹', members: 13, birthYears: [1950, 1970], femaleShare: 0.7,
  },
  {
    key: 'shougongyi', stage: 'returned', name: '花厅社区手工艺互助社', category: 'other', community: '441802006004',
    address: '清城区凤城街道花厅社区妇女之家', foundedOn: '2024-11-20',
    purpose: '传承剪纸、刺绣等传统手工艺，互助增收', businessScope: '剪纸刺绣教学、手工艺品展销',
    fundingSource: '成员自筹', members: 10, birthYears: [1960, 1990], femaleShare: 0.9,
  },
  {
    key: 'qipai', stage: 'rejected', name: '西门社区棋牌娱乐队', category: 'other', community: '441802006011',
    address: '清城区凤城街道西门社区某商铺二楼', foundedOn: '2024-12-01',
    purpose: '组织棋牌娱乐活动', businessScope: '麻将、扑克牌娱乐，收取台费维持运营',
    fundingSource: '收取成员台费', members: 10, birthYears: [1960, 1985],
  },
];

/** GB 32100 code parts: 51 social group, 52 social service agency; the organization code's serial. */
export type DemoRegistered = {
  name: string; category: string; community: string; address: string; foundedOn: string; purpose: string; businessScope: string;
  memberCount: number; leaderName: string; leaderPartyMember: boolean; kind: '1' | '2'; serial: string; hubStreetCode?: string;
};

/** Registered legal persons (依法登记), recorded by the district bureau; the first is 凤城街道's hub. */
export const registeredOrganizations: DemoRegistered[] = [
  {
    name: '清城区凤城街道社会组织联合会', category: 'service', community: '441802006011', hubStreetCode: '441802006',
    address: '清城区凤城街道西门社区党群服务中心三楼', foundedOn: '2019-07-01',
    purpose: '联系、服务、引导凤城街道社区社会组织，推动社区治理', businessScope: '社区社会组织孵化培育、能力建设培训、档案与工作台账管理、项目对接',
    memberCount: 32, leaderName: '何志坚', leaderPartyMember: true, kind: '1', serial: '100601',
  },
  {
    name: '清远市清城区颐康长者服务中心', category: 'service', community: '441802006005',
    address: '清城区凤城街道麦围社区颐康楼', foundedOn: '2020-10-18',
    purpose: '为社区长者提供专业照护和居家养老服务', businessScope: '日间照料、居家养老上门服务、长者助餐、健康管理',
    memberCount: 25, leaderName: '黄丽华', leaderPartyMember: false, kind: '2', serial: '200318',
  },
  {
    name: '清城区东城街道志愿者协会', category: 'charity', community: '441802007002',
    address: '清城区东城街道青云社区服务中心', foundedOn: '2018-03-05',
    purpose: '弘扬志愿精神，组织开展志愿服务', businessScope: '志愿者招募培训、志愿服务项目运营、应急志愿服务',
    memberCount: 120, leaderName: '梁振邦', leaderPartyMember: true, kind: '1', serial: '100415',
  },
  {
    name: '清远市清城区洲心社会工作服务中心', category: 'service', community: '441802008001',
    address: '清城区洲心街道洲心社区综合服务中心', foundedOn: '2017-05-20',
    purpose: '运用社会工作专业方法服务困难群体', businessScope: '社区社会工作服务、困境儿童和长者个案服务、社区营造项目',
    memberCount: 18, leaderName: '罗慧敏', leaderPartyMember: true, kind: '2', serial: '200127',
  },
  {
    name: '清城区横荷街道老年人协会', category: 'culture_sports', community: '441802009003',
    address: '清城区横荷街道横荷社区老年活动中心', foundedOn: '2016-09-09',
    purpose: '维护老年人合法权益，丰富老年人精神文化生活', businessScope: '老年文体活动、敬老爱老宣传、老年人维权服务',
    memberCount: 260, leaderName: '邓德昌', leaderPartyMember: true, kind: '1', serial: '100232',
  },
];

export type DemoGuided = { name: string; category: string; community: string; address: string; purpose: string; memberCount: number; leaderName: string };

/** Small community-guided groups (社区指导), recorded by their committee with lighter data. */
export const guidedOrganizations: DemoGuided[] = [
  { name: '高基里社区毽球兴趣小组', category: 'culture_sports', community: '441802006001', address: '高基里社区文化广场', purpose: '踢毽健身，以球会友', memberCount: 8, leaderName: '冯伟明' },
  { name: '高基里社区花友园艺小组', category: 'other', community: '441802006001', address: '高基里社区屋顶花园', purpose: '交流养花心得，美化社区环境', memberCount: 7, leaderName: '苏雪梅' },
  { name: '白庙社区晚霞健步走小组', category: 'culture_sports', community: '441802007001', address: '白庙社区沿江绿道', purpose: '结伴健步走，强身健体', memberCount: 9, leaderName: '钟桂英' },
  { name: '鹤堂社区旧物新用手作小组', category: 'other', community: '441802006002', address: '鹤堂社区活动室', purpose: '旧物改造再利用，倡导节约环保', memberCount: 6, leaderName: '叶佩仪' },
];
