import { FileProtectOutlined } from '@ant-design/icons';

/** The console menu's entry for annual reports (年报). */
export const annualReportMenuItems = [
  { key: '/annual-reports', icon: <FileProtectOutlined />, label: 'annualReports.menu', permission: 'annualReport.read' },
];
