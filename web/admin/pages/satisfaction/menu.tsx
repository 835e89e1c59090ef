import { LikeOutlined } from '@ant-design/icons';

/** The console menu's entry for satisfaction evaluation (满意度测评). */
export const satisfactionMenuItems = [
  { key: '/satisfaction', icon: <LikeOutlined />, label: 'satisfaction.menu', permission: 'satisfaction.read' },
];
