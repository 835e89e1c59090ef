import type { ReactNode } from 'react';
import { Badge, Button, Layout, Menu, Space, Typography, type MenuProps } from 'antd';
import {
  ApartmentOutlined, AuditOutlined, BellOutlined, BookOutlined, ClusterOutlined, ControlOutlined, FieldTimeOutlined, FileDoneOutlined, GiftOutlined, HomeOutlined, LoginOutlined, LogoutOutlined,
  ProfileOutlined, SettingOutlined, SolutionOutlined, TeamOutlined, UserOutlined,
} from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { api } from '../../common/api';
import { useSession } from '../session';
import { LangSwitch } from './LangSwitch';
import { FilingTodoBadge } from '../pages/filings/FilingTodoBadge';
import { volunteerMenuItems } from '../pages/volunteers/menu';
import { workReportMenuItems } from '../pages/work-reports/menu';
import { majorActivityMenuItems } from '../pages/major-activities/menu';
import { spotCheckMenuItems } from '../pages/spot-checks/menu';
import { activityMenuItems } from '../pages/activities/menu';
import { serviceRecordMenuItems } from '../pages/service-records/menu';
import { annualReportMenuItems } from '../pages/annual-reports/menu';
import { creditListMenuItems } from '../pages/credit-lists/menu';
import { dormantMenuItems } from '../pages/dormant/menu';
import { partyBuildingMenuItems } from '../pages/party-building/menu';
import { satisfactionMenuItems } from '../pages/satisfaction/menu';
import { gradingMenuItems } from '../pages/grading/menu';
import { statisticsMenuItems } from '../pages/statistics/menu';

type MenuEntry = { key: string; icon: ReactNode; label: string; permission?: string; badge?: ReactNode };

/** The console's menu in sections, each under its heading; a section the user may see nothing of is left out. */
const sections: { title?: string; items: MenuEntry[] }[] = [
  { items: [{ key: '/', icon: <HomeOutlined />, label: 'menu.home' }] },
  {
    title: 'menu.groups.organizations',
    items: [
      { key: '/organizations', icon: <ClusterOutlined />, label: 'menu.organizations', permission: 'organization.read' },
      { key: '/filings', icon: <FileDoneOutlined />, label: 'menu.filings', permission: 'filing.read', badge: <FilingTodoBadge /> },
      { key: '/registration-ledger', icon: <SolutionOutlined />, label: 'menu.registrationLedger', permission: 'registrationLedger.read' },
      { key: '/hub-ledgers', icon: <ProfileOutlined />, label: 'menu.hubLedgers', permission: 'hubLedger.read' },
    ],
  },
  {
    title: 'menu.groups.supervision',
    items: [
      ...workReportMenuItems,
      ...majorActivityMenuItems,
      ...annualReportMenuItems,
      ...satisfactionMenuItems,
      ...spotCheckMenuItems,
      ...creditListMenuItems,
      ...dormantMenuItems,
      ...gradingMenuItems,
      ...partyBuildingMenuItems,
    ],
  },
  {
    title: 'menu.groups.volunteering',
    items: [
      ...volunteerMenuItems,
      ...activityMenuItems,
      ...serviceRecordMenuItems,
      { key: '/points', icon: <GiftOutlined />, label: 'points.menu', permission: 'redemption.confirm' },
      { key: '/time-bank', icon: <FieldTimeOutlined />, label: 'timeBank.menu', permission: 'timeBank.read' },
      { key: '/jurisdiction-settings', icon: <ControlOutlined />, label: 'timeBank.rulesMenu', permission: 'jurisdictionSetting.update' },
    ],
  },
  { title: 'menu.groups.statistics', items: statisticsMenuItems },
  {
    title: 'menu.groups.system',
    items: [
      { key: '/jurisdictions', icon: <ApartmentOutlined />, label: 'menu.jurisdictions', permission: 'jurisdiction.read' },
      { key: '/users', icon: <TeamOutlined />, label: 'menu.users', permission: 'user.read' },
      { key: '/audit', icon: <AuditOutlined />, label: 'menu.audit', permission: 'audit.read' },
      { key: '/login-log', icon: <LoginOutlined />, label: 'menu.loginLog', permission: 'loginLog.read' },
      { key: '/dictionaries', icon: <BookOutlined />, label: 'menu.dictionaries', permission: 'dictionary.update' },
      { key: '/settings', icon: <SettingOutlined />, label: 'menu.settings', permission: 'setting.read' },
      { key: '/account', icon: <UserOutlined />, label: 'menu.account' },
    ],
  },
];
const menuKeys = sections.flatMap((s) => s.items.map((m) => m.key));

export function AppLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { session, can, signOut } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const unread = useQuery({
    queryKey: ['notifications', 'unread'],
    queryFn: () => api.get<{ count: number }>('/api/notifications/unread-count'),
    refetchInterval: 60_000,
  });
  const user = session!.user;
  const selected = menuKeys.filter((k) => k !== '/' && location.pathname.startsWith(k))[0] ?? '/';
  const entry = (m: MenuEntry) => ({ key: m.key, icon: m.icon, label: <>{t(m.label)}{m.badge}</> });
  const items = sections.flatMap((section): MenuProps['items'] & object => {
    const visible = section.items.filter((m) => !m.permission || can(m.permission)).map(entry);
    if (!visible.length) return [];
    return section.title ? [{ type: 'group' as const, key: section.title, label: t(section.title), children: visible }] : visible;
  });
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="lg" collapsedWidth={0} theme="light" width={208}>
        <div style={{ padding: '18px 20px', fontSize: 18, fontWeight: 600, color: '#c0392b' }}>{t('app.name')} · {t('app.console')}</div>
        <Menu
          mode="inline"
          selectedKeys={[selected]}
          items={items}
          onClick={({ key }) => navigate(key)}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff', padding: '0 20px', display: 'flex', justifyContent: 'flex-end', alignItems: 'center' }}>
          <Space size="middle">
            <Typography.Text data-testid="current-user">
              {user.displayName} · {t(`roles.${user.role}`)} · {user.jurisdictionName}
            </Typography.Text>
            <Badge count={unread.data?.count ?? 0} size="small">
              <Button type="text" icon={<BellOutlined />} aria-label={t('menu.notifications')} onClick={() => navigate('/notifications')} />
            </Badge>
            <LangSwitch />
            <Button type="text" icon={<LogoutOutlined />} onClick={signOut}>{t('menu.logout')}</Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ margin: 20 }}>{children}</Layout.Content>
      </Layout>
    </Layout>
  );
}
