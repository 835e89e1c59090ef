import { CalendarOutlined, CustomerServiceOutlined } from '@ant-design/icons';

/** The console menu's entries for activities (志愿活动) and requests for help (服务需求). */
export const activityMenuItems = [
  { key: '/activities', icon: <CalendarOutlined />, label: 'activities.menu', permission: 'activity.read' },
  { key: '/help-requests', icon: <CustomerServiceOutlined />, label: 'activities.helpMenu', permission: 'helpRequest.read' },
];
