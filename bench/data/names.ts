/** Words the generated rows are made of: realistic, never real people. */

/** Organization name endings by `org_category`; a community never gets the same one twice. */
export const organizationWords: readonly (readonly [word: string, category: string])[] = [
  ['夕阳红舞蹈队', 'culture_sports'], ['象棋协会', 'culture_sports'], ['书画社', 'culture_sports'],
  ['太极拳队', 'culture_sports'], ['合唱团', 'culture_sports'], ['广场舞队', 'culture_sports'],
  ['粤剧曲艺社', 'culture_sports'], ['摄影协会', 'culture_sports'], ['乒乓球队', 'culture_sports'],
  ['邻里互助会', 'mutual_aid'], ['睦邻互助社', 'mutual_aid'], ['老年互助会', 'mutual_aid'],
  ['平安巡逻队', 'service'], ['环境卫生志愿队', 'service'], ['为老服务队', 'service'],
  ['四点半课堂', 'service'], ['家长学堂', 'service'], ['矛盾调解队', 'service'],
  ['爱心帮扶会', 'charity'], ['慈善公益队', 'charity'], ['关爱留守儿童服务队', 'charity'],
  ['农技服务队', 'rural_tech'], ['种植专业协会', 'rural_tech'], ['养殖技术服务队', 'rural_tech'],
  ['乡贤理事会', 'other'], ['红白理事会', 'other'],
];

export const surnames = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高', '梁', '郑', '谢', '宋', '唐', '许', '邓', '冯', '韩', '曹'];

export const givenNameCharacters = ['伟', '芳', '娜', '秀', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '兰', '霞', '平', '刚', '桂', '英', '华', '文', '建', '国', '志', '红'];

/** Activity titles by `service_type`. */
export const activityTitles: readonly (readonly [title: string, serviceType: string])[] = [
  ['敬老探访', 'elder_care'], ['四点半课堂', 'child_care'], ['助残帮扶', 'disability_help'],
  ['居民议事会', 'community_governance'], ['环境清洁日', 'environment'], ['文艺汇演', 'culture'],
  ['义诊咨询', 'health'], ['平安巡逻', 'safety_patrol'], ['应急演练', 'emergency'], ['普法宣传', 'legal_aid'],
];
