/** Web words of the statistics area (M8) and the names of its settings; zh-CN first, English beside it. */
export const statisticsSettingNamesZh = {
  'density.urbanTarget': '城市社区平均社会组织数目标（个）',
  'density.ruralTarget': '农村社区平均社会组织数目标（个）',
};

export const statisticsSettingNamesEn: typeof statisticsSettingNamesZh = {
  'density.urbanTarget': 'Target organizations per urban community',
  'density.ruralTarget': 'Target organizations per rural community',
};

export const statisticsWebZh = {
  organizationsMenu: '组织发展统计',
  organizationsTitle: '社区社会组织发展统计',
  place: '区划',
  ownLevel: '{{name}}（本级）',
  total: '合计',
  organizations: '组织总数',
  byStatus: '按状态',
  statuses: { draft: '备案中', active: '正常活动', terminated: '已退出', revoked: '已撤销', rejected: '不予备案' },
  activeByClass: '正常活动组织·按类型',
  classes: { registered: '依法登记', filed: '备案', guided: '社区指导' },
  activeByCategory: '正常活动组织·按类别',
  urban: '城市社区',
  rural: '农村社区',
  communities: '社区数',
  communityOrganizations: '组织数',
  density: '平均（目标 {{target}}）',
  belowTarget: '未达标社区',
  meets: '达标',
  short: '未达标',
  note: '组织数为正常活动的社区社会组织（依法登记、备案、社区指导）；平均数 = 社区内的组织数 ÷ 社区数，城市社区不少于 {{urban}} 个、农村社区不少于 {{rural}} 个为达标；设在街道（乡镇）的组织计入合计，不计入任何社区。',
  drillHint: '点击一行查看下一级。',
};

export const statisticsWebEn: typeof statisticsWebZh = {
  organizationsMenu: 'Organization statistics',
  organizationsTitle: 'Community organization development',
  place: 'Place',
  ownLevel: '{{name}} (itself)',
  total: 'Total',
  organizations: 'Organizations',
  byStatus: 'By status',
  statuses: { draft: 'Being filed', active: 'Active', terminated: 'Terminated', revoked: 'Revoked', rejected: 'Rejected' },
  activeByClass: 'Active, by class',
  classes: { registered: 'Registered', filed: 'Filed', guided: 'Guided' },
  activeByCategory: 'Active, by category',
  urban: 'Urban communities',
  rural: 'Rural communities',
  communities: 'Communities',
  communityOrganizations: 'Organizations',
  density: 'Average (target {{target}})',
  belowTarget: 'Below target',
  meets: 'Met',
  short: 'Below',
  note: 'Organizations are the active community organizations (registered, filed, guided); average = organizations in the communities ÷ communities, met at {{urban}} per urban and {{rural}} per rural community; organizations at a street office count in the total, in no community.',
  drillHint: 'Click a row to open the level below.',
};
