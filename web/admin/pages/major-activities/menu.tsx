import { FlagOutlined } from '@ant-design/icons';

/** The console menu's entry for major-activity reports (重大活动报告). */
export const majorActivityMenuItems = [
  { key: '/major-activities', icon: <FlagOutlined />, label: 'majorActivities.menu', permission: 'majorActivity.read' },
];
