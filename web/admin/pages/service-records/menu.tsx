import { FieldTimeOutlined, SafetyCertificateOutlined } from '@ant-design/icons';

/** The console menu's entries for service records (服务记录) and credit records (诚信记载). */
export const serviceRecordMenuItems = [
  { key: '/service-records', icon: <FieldTimeOutlined />, label: 'serviceRecords.menu.records', permission: 'serviceRecord.read' },
  { key: '/credit-records', icon: <SafetyCertificateOutlined />, label: 'serviceRecords.menu.credit', permission: 'creditRecord.read' },
];
