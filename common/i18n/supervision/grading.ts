/** Server messages and web words of 评价体系 and 等级评估 (M2.8, M2.9); zh-CN first, English beside it. */
export const gradingErrorsZh = {
  gradeBandsOrder: '等级分数线须从 5A 到 2A 依次降低',
  indexKeyInvalid: '指标编码须以字母开头，只含字母、数字和下划线',
  indexTotalMismatch: '一级指标分值之和为 {{sum}} 分，须等于总分 {{total}} 分',
  indexChildrenMismatch: '“{{name}}”的下级指标分值之和为 {{sum}} 分，须等于其分值 {{points}} 分',
  indexKeyDuplicate: '指标编码“{{key}}”重复',
  indexRuleRequired: '末级指标“{{name}}”须选择评分方式（专家评分或数据计算）',
  indexMetricRepeated: '“{{name}}”的计算指标已在其他指标中使用，每个计算指标只能使用一次',
  indexTooDeep: '指标最多 {{depth}} 级',
  indexPlaceLevel: '评价指标体系只能按市或区县设置',
  gradeNotEligible: '只有已备案或依法登记、正常活动的组织可以参加等级评估',
  gradeSeriousList: '该组织在严重违法失信名单中，不能参加等级评估',
  gradeEvaluationOpen: '该组织已有正在进行的等级评估',
  gradeWrongState: '该等级评估当前所处环节不能进行此操作',
  gradePanelDuplicate: '评审专家不能重复选择',
  gradeReviewerInvalid: '所选人员须为本地区在册的评审专家',
  gradeNoConflictRequired: '请先声明与该组织无利益冲突',
  gradeConflictExcluded: '您已声明利益冲突并回避，不能评分',
  gradeIndicatorUnknown: '该指标不是本次评估的专家评分指标',
  gradeIndicatorRepeated: '同一指标只能评分一次',
  gradeScoreTooHigh: '“{{name}}”最高 {{max}} 分',
  gradeScoresIncomplete: '还有指标未评分：{{names}}',
  gradeScoresPending: '还有 {{count}} 位评审专家未提交评分',
  gradeNoticeRunning: '公示期至 {{endsOn}} 结束，期满后才能确认等级',
  gradeNoticeClosed: '该评估结果不在公示期内，不能提出异议',
  gradeNoCertificate: '该评估尚未确认等级，没有等级证书',
} as const;

export const gradingErrorsEn: Record<keyof typeof gradingErrorsZh, string> = {
  gradeBandsOrder: 'Grade bounds must fall from 5A to 2A',
  indexKeyInvalid: 'An indicator code starts with a letter and has only letters, digits and underscores',
  indexTotalMismatch: 'The top-level indicators add up to {{sum}} points; they must add up to the total of {{total}}',
  indexChildrenMismatch: 'The indicators under “{{name}}” add up to {{sum}} points; they must add up to its {{points}}',
  indexKeyDuplicate: 'The indicator code “{{key}}” is used twice',
  indexRuleRequired: 'Choose how “{{name}}” is scored (by the panel or computed from data)',
  indexMetricRepeated: 'The computed indicator of “{{name}}” is already used; each can be used once',
  indexTooDeep: 'An index has at most {{depth}} levels',
  indexPlaceLevel: 'An evaluation index is set for a city or a district',
  gradeNotEligible: 'Only filed or registered organizations that are active can be evaluated',
  gradeSeriousList: 'The organization is on the serious-violation list and cannot be evaluated',
  gradeEvaluationOpen: 'The organization already has a grade evaluation in progress',
  gradeWrongState: 'The evaluation is not at a step that allows this',
  gradePanelDuplicate: 'An expert cannot be chosen twice',
  gradeReviewerInvalid: 'Choose registered expert reviewers of this area',
  gradeNoConflictRequired: 'Declare first that you have no conflict of interest with the organization',
  gradeConflictExcluded: 'You declared a conflict of interest and cannot score',
  gradeIndicatorUnknown: 'This is not an indicator the panel scores in this evaluation',
  gradeIndicatorRepeated: 'An indicator can be scored once',
  gradeScoreTooHigh: '“{{name}}” is worth at most {{max}} points',
  gradeScoresIncomplete: 'Indicators not yet scored: {{names}}',
  gradeScoresPending: '{{count}} experts have not yet submitted their scores',
  gradeNoticeRunning: 'The notice runs until {{endsOn}}; the grade can be confirmed after it',
  gradeNoticeClosed: 'This result is not on notice; objections are closed',
  gradeNoCertificate: 'No grade has been confirmed, so there is no certificate',
};

export const gradingWebZh = {
};

export const gradingWebEn: typeof gradingWebZh = {
};
