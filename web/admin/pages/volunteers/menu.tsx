import { HeartOutlined, ShopOutlined } from '@ant-design/icons';

/** The console menu's entries for volunteers (志愿者) and stations and teams (服务站与队伍). */
export const volunteerMenuItems = [
  { key: '/volunteers', icon: <HeartOutlined />, label: 'volunteers.menu.volunteers', permission: 'volunteer.read' },
  { key: '/volunteer-units', icon: <ShopOutlined />, label: 'volunteers.menu.units', permission: 'volunteer.read' },
];
