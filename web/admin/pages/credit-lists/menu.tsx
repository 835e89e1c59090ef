import { SafetyCertificateOutlined } from '@ant-design/icons';

/** The console menu's entry for the credit lists (信用名录). */
export const creditListMenuItems = [
  { key: '/credit-lists', icon: <SafetyCertificateOutlined />, label: 'creditLists.menu', permission: 'creditList.read' },
];
