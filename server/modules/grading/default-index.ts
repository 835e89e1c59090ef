import type { IndexNode } from './grading.tables';

/**
 * The platform's evaluation index (评价体系, seed 000 第19条): party building, standardisation,
 * residents' evaluation and the role played, 1,000 points. A bureau edits its own copy for its city
 * or district; this applies where none is set. Training (M6) is scored by the panel until it has data.
 */
export const defaultIndexTotal = 1000;

export const defaultIndexTree: IndexNode[] = [
  {
    key: 'party', name: '党建引领', points: 200, children: [
      { key: 'partyOrganization', name: '党组织建设（单独建立、联合建立或党建指导员覆盖）', points: 120, rule: { kind: 'metric', metric: 'partyOrganization' } },
      { key: 'leaderPartyMember', name: '负责人为中共党员', points: 40, rule: { kind: 'metric', metric: 'leaderPartyMember' } },
      { key: 'partyActivities', name: '党建活动开展与党建入章程', points: 40, rule: { kind: 'manual' } },
    ],
  },
  {
    key: 'standard', name: '规范化建设', points: 300, children: [
      { key: 'annualReports', name: '年报按时报送（近三年）', points: 80, rule: { kind: 'metric', metric: 'annualReports' } },
      { key: 'workReports', name: '向村（居）两委定期报告', points: 60, rule: { kind: 'metric', metric: 'workReports' } },
      { key: 'creditStatus', name: '信用状况（活动异常名录、严重违法失信名单）', points: 60, rule: { kind: 'metric', metric: 'creditStatus' } },
      { key: 'governance', name: '章程执行与内部治理', points: 60, rule: { kind: 'manual' } },
      { key: 'financeArchives', name: '财务管理与档案管理', points: 40, rule: { kind: 'manual' } },
    ],
  },
  {
    key: 'residents', name: '居民评价', points: 200, children: [
      { key: 'satisfaction', name: '满意度测评结果', points: 150, rule: { kind: 'metric', metric: 'satisfaction' } },
      { key: 'residentFeedback', name: '居民意见、投诉与表扬', points: 50, rule: { kind: 'manual' } },
    ],
  },
  {
    key: 'role', name: '作用发挥', points: 300, children: [
      { key: 'services', name: '为民服务与活动开展', points: 120, rule: { kind: 'manual' } },
      { key: 'communityGovernance', name: '参与基层社会治理', points: 80, rule: { kind: 'manual' } },
      { key: 'training', name: '负责人与骨干培训', points: 40, rule: { kind: 'manual' } },
      { key: 'influence', name: '品牌项目与社会影响', points: 60, rule: { kind: 'manual' } },
    ],
  },
];
