import type { CreditListCause, CreditListKind } from './credit-lists.tables';

/**
 * The legal basis published with each entry. Community organizations are filed, not registered, so
 * the platform applies the national rules for social organizations' credit information
 * (《社会组织信用信息管理办法》, 民政部令第60号) to them by analogy, as local measures do.
 */
const measures = '《社会组织信用信息管理办法》（民政部令第60号）';

export const creditListBasis: Record<CreditListCause, string> = {
  missed_annual_report: `${measures}第十条第（一）项：未按照规定时限和要求报送年度工作报告`,
  unfixed_rectification: `${measures}第十条第（三）项：抽查和监督检查中发现问题，发放整改文书要求限期整改，未按期完成整改`,
  staff_decision: `${measures}第十条`,
  abnormal_two_years: `${measures}第十三条：被列入活动异常名录满2年仍未移出`,
};

export const creditListNames: Record<CreditListKind, string> = { abnormal: '活动异常名录', serious: '严重违法失信名单' };

export const creditCauseLabels: Record<CreditListCause, string> = {
  missed_annual_report: '未按时报送年度报告',
  unfixed_rectification: '未按期完成整改',
  staff_decision: '其他情形（经研究决定）',
  abnormal_two_years: '列入活动异常名录满2年未移出',
};

export const creditExitLabels = {
  cause_fixed: '列入情形已消除', expired: '期满移出', moved_to_serious: '转入严重违法失信名单', clean_period: '期满且无新的失信记录',
  objection_upheld: '异议成立', repaired: '信用修复',
} as const;
