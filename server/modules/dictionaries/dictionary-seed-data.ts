/** Starting vocabularies; admins edit them afterwards. Codes are stable English keys. */
export const dictionarySeed: Record<string, [code: string, zh: string, en: string][]> = {
  /** 社区社会组织类别 (DESIGN M1.4) */
  org_category: [
    ['service', '为民服务', 'Services for residents'],
    ['charity', '公益慈善', 'Public welfare and charity'],
    ['mutual_aid', '邻里互助', 'Neighbourly mutual aid'],
    ['culture_sports', '文体娱乐', 'Culture, sports and recreation'],
    ['rural_tech', '农村生产技术服务', 'Rural production technical services'],
    ['other', '其他', 'Other'],
  ],
  /** 重点服务对象 (seed 000 第11条) */
  target_group: [
    ['subsistence', '低保对象', 'Subsistence allowance recipients'],
    ['extreme_poverty', '特困人员', 'People in extreme poverty'],
    ['temporary_relief', '临时救助对象', 'Temporary relief recipients'],
    ['low_income', '低收入家庭', 'Low-income families'],
    ['homeless', '流浪乞讨人员', 'Homeless people and beggars'],
    ['orphan', '孤儿', 'Orphans'],
    ['unsupported_child', '事实无人抚养儿童', 'De facto unsupported children'],
    ['empty_nest_elderly', '空巢老人', 'Empty-nest elderly'],
    ['left_behind', '留守人员', 'Left-behind people'],
    ['disabled', '残疾人', 'People with disabilities'],
    ['migrant_worker', '进城务工人员及随迁子女', 'Migrant workers and their children'],
  ],
  /** 志愿服务类型 */
  service_type: [
    ['elder_care', '助老服务', 'Elder care'],
    ['child_care', '关爱儿童', 'Child care'],
    ['disability_help', '助残服务', 'Help for the disabled'],
    ['community_governance', '社区治理', 'Community governance'],
    ['environment', '环境保护', 'Environment'],
    ['culture', '文化服务', 'Culture'],
    ['health', '健康服务', 'Health'],
    ['safety_patrol', '平安巡逻', 'Safety patrol'],
    ['emergency', '应急救援', 'Emergency rescue'],
    ['legal_aid', '法律援助', 'Legal aid'],
  ],
  /** 志愿者技能 */
  skill: [
    ['medical', '医疗护理', 'Medical and nursing'],
    ['legal', '法律咨询', 'Legal advice'],
    ['teaching', '教育辅导', 'Tutoring'],
    ['psychology', '心理疏导', 'Counselling'],
    ['repair', '家电维修', 'Appliance repair'],
    ['arts', '文艺表演', 'Performing arts'],
    ['it', '信息技术', 'IT'],
    ['driving', '驾驶', 'Driving'],
    ['agriculture', '农业技术', 'Agricultural techniques'],
  ],
};

export const dictionaryTypeNames: Record<string, [zh: string, en: string]> = {
  org_category: ['组织类别', 'Organization categories'],
  target_group: ['服务对象', 'Target groups'],
  service_type: ['服务类型', 'Service types'],
  skill: ['技能特长', 'Skills'],
};
