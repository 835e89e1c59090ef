/** The supervision settings (M2), named for the settings page. */
export const supervisionSettingNamesZh = {
  'workReport.period': '向“两委”报告周期', 'workReport.dueDays': '报告期满后报送期限（天）',
  'satisfaction.weights': '满意度测评权重（两委成员/居民代表/辖区单位，%）', 'satisfaction.bands': '满意度等次分数线（满意/基本满意）',
  'majorActivity.daysBefore': '重大活动提前报告（天）', 'majorActivity.streetThreshold': '须报街道的预计人数（超过）',
  'annualReport.dueDate': '年报截止日（次年 月-日）', 'annualReport.remindDays': '年报截止前提醒（天）',
  'spotCheck.sharePercent': '年度抽查比例（%）', 'spotCheck.inspectorsPerCheck': '每家抽查的检查人员数',
  'rectification.defaultDays': '默认整改期限（天）',
  'creditList.entryWorkingDays': '列入名录期限（事由发生后工作日）', 'creditList.abnormalExpiryMonths': '无须整改的异常名录届满移出（月）',
  'creditList.seriousAfterYears': '异常名录满几年列入严重违法失信名单', 'creditList.seriousCleanYears': '严重违法失信名单移出所需无违法年限',
  'dormant.inactiveSince': '自该日起无活动视为不活跃（空为不用）', 'dormant.unreachableAttempts': '联系不上的次数（视为失联）',
  'grade.bands': '等级分数线（5A/4A/3A/2A 下限）', 'grade.passMark': '1A 合格分', 'grade.validityYears': '等级有效期（年）',
  'grade.noticeDays': '评估结果公示期（天）', 'grade.targetSharePercent': '3A 以上占比目标（%）',
};

export const supervisionSettingNamesEn: typeof supervisionSettingNamesZh = {
  'workReport.period': 'Reporting period to the committees', 'workReport.dueDays': 'Report due (days after the period)',
  'satisfaction.weights': 'Satisfaction weights (committee members / resident representatives / local units, %)',
  'satisfaction.bands': 'Satisfaction bands (satisfied / basically satisfied, lower bounds)',
  'majorActivity.daysBefore': 'Major activities reported (days before)', 'majorActivity.streetThreshold': 'Expected participants above which the street acknowledges',
  'annualReport.dueDate': 'Annual report due (month-day of the next year)', 'annualReport.remindDays': 'Annual report reminder lead (days)',
  'spotCheck.sharePercent': 'Share drawn for spot checks each year (%)', 'spotCheck.inspectorsPerCheck': 'Inspectors per check',
  'rectification.defaultDays': 'Default rectification period (days)',
  'creditList.entryWorkingDays': 'Entry on a list due (working days after the cause)', 'creditList.abnormalExpiryMonths': 'Abnormal entry with nothing to fix expires after (months)',
  'creditList.seriousAfterYears': 'Years on the abnormal list before the serious list', 'creditList.seriousCleanYears': 'Clean years to leave the serious list',
  'dormant.inactiveSince': 'No activity since (empty: off)', 'dormant.unreachableAttempts': 'Failed contacts that make an organization unreachable',
  'grade.bands': 'Grade bands (5A/4A/3A/2A lower bounds)', 'grade.passMark': '1A pass mark', 'grade.validityYears': 'Grade valid for (years)',
  'grade.noticeDays': 'Grade notice period (days)', 'grade.targetSharePercent': 'Target share at 3A and above (%)',
};
