import { LineChartOutlined } from '@ant-design/icons';

/** The console menu's entries for statistics (统计分析). */
export const statisticsMenuItems = [
  { key: '/statistics/organizations', icon: <LineChartOutlined />, label: 'statistics.organizationsMenu', permission: 'statistics.organizations' },
];
