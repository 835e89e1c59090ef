import { FileDoneOutlined } from '@ant-design/icons';

/** The console menu's entry for work reports to the 两委 (定期报告). */
export const workReportMenuItems = [
  { key: '/work-reports', icon: <FileDoneOutlined />, label: 'workReports.menu', permission: 'workReport.read' },
];
