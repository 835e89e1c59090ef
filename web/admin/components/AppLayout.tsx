import type { ReactNode } from 'react';
import { Badge, Button, Layout, Menu, Space, Typography } from 'antd';
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

const menu: { key: string; icon: ReactNode; label: string; permission?: string; badge?: ReactNode }[] = [
  { key: '/', icon: <HomeOutlined />, label: 'menu.home' },
  { key: '/organizations', icon: <ClusterOutlined />, label: 'menu.organizations', permission: 'organization.read' },
  { key: '/filings', icon: <FileDoneOutlined />, label: 'menu.filings', permission: 'filing.read', badge: <FilingTodoBadge /> },
  { key: '/registration-ledger', icon: <SolutionOutlined />, label: 'menu.registrationLedger', permission: 'registrationLedger.read' },
  { key: '/hub-ledgers', icon: <ProfileOutlined />, label: 'menu.hubLedgers', permission: 'hubLedger.read' },
  ...annualReportMenuItems,
  ...creditListMenuItems,
  ...dormantMenuItems,
  ...partyBuildingMenuItems,
  ...workReportMenuItems,
  ...majorActivityMenuItems,
  ...spotCheckMenuItems,
  ...satisfactionMenuItems,
  ...gradingMenuItems,
  ...volunteerMenuItems,
  ...activityMenuItems,
  ...serviceRecordMenuItems,
  { key: '/points', icon: <GiftOutlined />, label: 'points.menu', permission: 'redemption.confirm' },
  { key: '/time-bank', icon: <FieldTimeOutlined />, label: 'timeBank.menu', permission: 'timeBank.read' },
  { key: '/jurisdiction-settings', icon: <ControlOutlined />, label: 'timeBank.rulesMenu', permission: 'jurisdictionSetting.update' },
  { key: '/jurisdictions', icon: <ApartmentOutlined />, label: 'menu.jurisdictions', permission: 'jurisdiction.read' },
  { key: '/users', icon: <TeamOutlined />, label: 'menu.users', permission: 'user.read' },
  { key: '/audit', icon: <AuditOutlined />, label: 'menu.audit', permission: 'audit.read' },
  { key: '/login-log', icon: <LoginOutlined />, label: 'menu.loginLog', permission: 'loginLog.read' },
  { key: '/dictionaries', icon: <BookOutlined />, label: 'menu.dictionaries', permission: 'dictionary.update' },
  { key: '/settings', icon: <SettingOutlined />, label: 'menu.settings', permission: 'setting.read' },
  { key: '/account', icon: <UserOutlined />, label: 'menu.account' },
];

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
  const selected = menu.map((m) => m.key).filter((k) => k !== '/' && location.pathname.startsWith(k))[0] ?? '/';
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="lg" collapsedWidth={0} theme="light" width={208}>
        <div style={{ padding: '18px 20px', fontSize: 18, fontWeight: 600, color: '#c0392b' }}>{t('app.name')} · {t('app.console')}</div>
        <Menu
          mode="inline"
          selectedKeys={[selected]}
          items={menu.filter((m) => !m.permission || can(m.permission)).map((m) => ({ key: m.key, icon: m.icon, label: <>{t(m.label)}{m.badge}</> }))}
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
