import { AimOutlined, FileProtectOutlined } from '@ant-design/icons';

/** The console menu's entries for spot checks (双随机抽查) and notices, letters and talks (整改与约谈). */
export const spotCheckMenuItems = [
  { key: '/spot-checks', icon: <AimOutlined />, label: 'spotChecks.menu.spotChecks', permission: 'spotCheck.read' },
  { key: '/supervision-notices', icon: <FileProtectOutlined />, label: 'spotChecks.menu.notices', permission: 'supervisionNotice.read' },
];
