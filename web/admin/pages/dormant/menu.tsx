import { RestOutlined } from '@ant-design/icons';

/** The console menu's entry for the dormant clean-up (僵尸型清理); committees come to record contact attempts. */
export const dormantMenuItems = [
  { key: '/dormant', icon: <RestOutlined />, label: 'dormant.menu', permission: 'contactAttempt.record' },
];
