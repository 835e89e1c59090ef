import { FlagOutlined } from '@ant-design/icons';

/** The console menu's entry for party-building coverage (党建覆盖). */
export const partyBuildingMenuItems = [
  { key: '/party-building', icon: <FlagOutlined />, label: 'partyBuilding.menu', permission: 'partyBuilding.coverage' },
];
