/** Server messages and web words of 双随机抽查, 责令改正, 提醒函, 约谈 (M2.5); zh-CN first, English beside it. */
export const spotChecksErrorsZh = {
  spotCheckPopulationEmpty: '范围内没有可抽查的组织',
  spotCheckRecorded: '该抽查已记录结果',
  spotCheckNotCompleted: '该抽查尚未记录结果',
  spotCheckOtherOrganization: '该抽查不是针对此组织的',
  noticeOrganizationNotActive: '只能向存续的组织发出',
  noticeDeadlinePast: '整改期限不能早于今天',
  noticeTalkDetailsRequired: '约谈记录须填写时间、地点和参加人员',
  noticeNotRectification: '只有责令改正通知书需要整改',
  noticeRectificationClosed: '该整改已验收通过',
  noticeNoReport: '组织尚未报告整改情况',
  noticeReportPending: '整改报告正在等待验收',
} as const;

export const spotChecksErrorsEn: Record<keyof typeof spotChecksErrorsZh, string> = {
  spotCheckPopulationEmpty: 'There are no organizations to draw from in this area',
  spotCheckRecorded: 'This check already has its result',
  spotCheckNotCompleted: 'This check has no result yet',
  spotCheckOtherOrganization: 'This check was not of this organization',
  noticeOrganizationNotActive: 'Only an active organization can be sent this',
  noticeDeadlinePast: 'The deadline cannot be before today',
  noticeTalkDetailsRequired: 'A talk record needs its time, place and participants',
  noticeNotRectification: 'Only a rectification notice is rectified',
  noticeRectificationClosed: 'This rectification has already been accepted',
  noticeNoReport: 'The organization has not reported its rectification yet',
  noticeReportPending: 'A rectification report is waiting for review',
};

export const spotChecksWebZh = {
};

export const spotChecksWebEn: typeof spotChecksWebZh = {
};
