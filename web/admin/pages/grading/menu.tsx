import { BarChartOutlined, PartitionOutlined, TrophyOutlined } from '@ant-design/icons';

/** The console menu's entries for grade evaluation (等级评估), its index (评价指标体系) and the 3A+ share. */
export const gradingMenuItems = [
  { key: '/grade-evaluations', icon: <TrophyOutlined />, label: 'grading.menu.evaluations', permission: 'grade.read' },
  { key: '/evaluation-index', icon: <PartitionOutlined />, label: 'grading.menu.index', permission: 'evaluationIndex.read' },
  { key: '/grade-share', icon: <BarChartOutlined />, label: 'grading.menu.share', permission: 'grade.manage' },
];
