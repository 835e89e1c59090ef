/** Server messages and web words of 僵尸型社会组织清理 (M2.7); zh-CN first, English beside it. */
export const dormantErrorsZh = {
  dormantProposalDecided: '该清理建议已作出决定',
  dormantDeciderLevel: '备案组织由街道决定，依法登记的组织由民政局决定',
  dormantDeadlineRequired: '限期整改须写明整改期限',
  dormantDeadlinePast: '整改期限不能早于今天',
  dormantOrganizationNotActive: '该组织已不在存续状态',
} as const;

export const dormantErrorsEn: Record<keyof typeof dormantErrorsZh, string> = {
  dormantProposalDecided: 'This clean-up proposal has already been decided',
  dormantDeciderLevel: 'The street decides for filed organizations, the bureau for registered ones',
  dormantDeadlineRequired: 'Give the deadline for rectification',
  dormantDeadlinePast: 'The deadline cannot be earlier than today',
  dormantOrganizationNotActive: 'The organization is no longer active',
};

export const dormantWebZh = {
  title: '僵尸型社会组织清理', menu: '僵尸型清理',
  intro: '连续两年未报年度报告、备案后一年内无活动、长期无活动或联系不上的组织，每日自动列为清理对象，由街道（备案组织）或民政局（依法登记组织）作出决定：注销一批、整改一批、激活一批。',
  organization: '组织', place: '社区/村', orgClass: '类别', criteria: '情形', proposedAt: '列入时间', state: '状态', decision: '决定',
  decisionNote: '决定说明', decidedAt: '决定时间', allStates: '全部状态', allPlaces: '全部地区', decide: '作出决定',
  deadline: '整改期限', note: '说明', contactsButton: '联系记录',
  orgClasses: { filed: '备案', registered: '登记' },
  states: { proposed: '待决定', deregister: '注销（撤销）', rectify: '限期整改', reactivate: '激活', dismissed: '不予清理' },
  decisions: {
    deregister: '注销（撤销备案/登记）', rectify: '限期整改', reactivate: '已恢复活动，予以激活', dismissed: '不属于僵尸型组织',
  },
  decisionHints: {
    deregister: '备案组织：发起撤销备案，按撤销程序公示；依法登记组织：记录决定，注销在登记管理机关的系统中办理。',
    rectify: '向组织发出责令改正通知书，写明整改期限。',
    reactivate: '组织已能证明正常开展活动，记录激活。',
    dismissed: '清理建议有误，不予清理。',
  },
  criteriaNames: {
    missed_annual_reports: '连续两年未报年报', inactive_after_filing: '备案后一年内无活动', inactive_since: '长期无活动', unreachable: '联系不上',
  },
  contacts: {
    title: '联系记录', record: '记录联系', attemptedOn: '联系日期', channel: '方式', reached: '结果', note: '情况',
    channels: { phone: '电话', visit: '上门', letter: '函件' }, reachedYes: '已联系上', reachedNo: '未联系上', empty: '尚无联系记录',
  },
  events: {
    proposed: '列为僵尸型清理对象（{{criteria}}）', criteriaAdded: '清理对象新增情形（{{criteria}}）', decided: '僵尸型清理决定：{{decision}}',
    contactAttempt: '联系组织（{{channel}}）：{{reached}}',
  },
  eventValues: {
    decision: { deregister: '注销（撤销）', rectify: '限期整改', reactivate: '激活', dismissed: '不予清理' },
    channel: { phone: '电话', visit: '上门', letter: '函件' },
    reached: { true: '已联系上', false: '未联系上' },
  },
};

export const dormantWebEn: typeof dormantWebZh = {
  title: 'Dormant organization clean-up', menu: 'Dormant clean-up',
  intro: 'Organizations that missed two annual reports in a row, held no activity in their first year or for long, or cannot be reached are proposed daily; the street (filed) or the bureau (registered) decides: deregister, rectify or reactivate.',
  organization: 'Organization', place: 'Community', orgClass: 'Class', criteria: 'Criteria', proposedAt: 'Proposed', state: 'State', decision: 'Decision',
  decisionNote: 'Decision note', decidedAt: 'Decided', allStates: 'All states', allPlaces: 'All places', decide: 'Decide',
  deadline: 'Deadline', note: 'Note', contactsButton: 'Contacts',
  orgClasses: { filed: 'Filed', registered: 'Registered' },
  states: { proposed: 'To decide', deregister: 'Deregistered', rectify: 'Rectify', reactivate: 'Reactivated', dismissed: 'Dismissed' },
  decisions: {
    deregister: 'Deregister (revoke filing/registration)', rectify: 'Rectify by a deadline', reactivate: 'Active again: reactivate', dismissed: 'Not dormant',
  },
  decisionHints: {
    deregister: 'Filed: opens a revocation case with its public notice; registered: records the decision, deregistration is done in the registration authority\'s own system.',
    rectify: 'Issues a rectification notice with the deadline.',
    reactivate: 'The organization shows it is active: recorded.',
    dismissed: 'The proposal was wrong.',
  },
  criteriaNames: {
    missed_annual_reports: 'Two annual reports missed', inactive_after_filing: 'No activity in first year', inactive_since: 'No activity for long', unreachable: 'Unreachable',
  },
  contacts: {
    title: 'Contact attempts', record: 'Record attempt', attemptedOn: 'Date', channel: 'Channel', reached: 'Result', note: 'Note',
    channels: { phone: 'Phone', visit: 'Visit', letter: 'Letter' }, reachedYes: 'Reached', reachedNo: 'Not reached', empty: 'No attempts yet',
  },
  events: {
    proposed: 'Proposed for dormant clean-up ({{criteria}})', criteriaAdded: 'Clean-up criteria added ({{criteria}})', decided: 'Dormant clean-up decision: {{decision}}',
    contactAttempt: 'Contact attempt ({{channel}}): {{reached}}',
  },
  eventValues: {
    decision: { deregister: 'deregister', rectify: 'rectify', reactivate: 'reactivate', dismissed: 'dismissed' },
    channel: { phone: 'phone', visit: 'visit', letter: 'letter' },
    reached: { true: 'reached', false: 'not reached' },
  },
};
