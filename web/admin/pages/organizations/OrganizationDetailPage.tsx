import { Alert, Button, Card, Space, Tabs, Tag, type TabsProps } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api } from '../../../common/api';
import { ApiProblem } from '../../../common/problem';
import type { OrganizationDetail } from './organizationTypes';
import { statusColors, useOrgVocabulary } from './useOrgVocabulary';
import { OrganizationSummary } from './OrganizationSummary';
import { CharterSections } from './CharterSections';
import { RosterTable } from './RosterTable';
import { OrganizationCases } from './OrganizationCases';
import { CertificatesTable } from './CertificatesTable';
import { ArchiveTab } from './archive/ArchiveTab';
import { OrganizationActions } from './OrganizationActions';
import { OrganizationTimeline } from './OrganizationTimeline';
import { usePartyBuildingTab } from '../party-building/PartyBuildingSection';
import { OrganizationSatisfaction } from '../satisfaction/OrganizationSatisfaction';
import { useSession } from '../../session';

/**
 * One organization: basic information, charter, roster, archive, its supervision record, its cases
 * and its certificates, as tabs; and what may be started on it (change, termination, revocation).
 */
export default function OrganizationDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const words = useOrgVocabulary();
  const partyBuildingTab = usePartyBuildingTab(id);
  const { can } = useSession();
  const query = useQuery({ queryKey: ['organization', id], queryFn: () => api.get<OrganizationDetail>(`/api/organizations/${id}`) });
  const back = <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate('/organizations')} aria-label={t('orgs.back')} />;
  if (query.error) {
    return <Card title={back}><Alert type="error" showIcon message={query.error instanceof ApiProblem ? query.error.problem.title : String(query.error)} /></Card>;
  }
  const data = query.data;
  const tabs: TabsProps['items'] = data && [
    { key: 'basic', label: t('orgs.tabs.basic'), children: <OrganizationSummary organization={data.organization} /> },
    { key: 'charter', label: t('orgs.tabs.charter'), children: <CharterSections charter={data.charter} /> },
    { key: 'roster', label: t('orgs.withCount', { label: t('orgs.tabs.roster'), count: data.roster.length }), children: <RosterTable members={data.roster} /> },
    { key: 'archive', label: t('archive.title'), children: <ArchiveTab organizationId={data.organization.id} /> },
    { key: 'supervision', label: t('orgTimeline.tab'), children: <OrganizationTimeline organizationId={data.organization.id} /> },
    { key: 'cases', label: t('orgs.tabs.cases'), children: <OrganizationCases cases={data.cases} partList={data.charter.partList} /> },
    { key: 'certificates', label: t('orgs.tabs.certificates'), children: <CertificatesTable certificates={data.certificates} /> },
    ...partyBuildingTab,
    ...(can('satisfaction.readOrganization') ? [{ key: 'satisfaction', label: t('satisfaction.orgTab'), children: <OrganizationSatisfaction organizationId={data.organization.id} /> }] : []),
  ];
  return (
    <Card
      loading={query.isLoading}
      title={data && (
        <Space>
          {back}
          <span data-testid="organization-name">{data.organization.name}</span>
          <Tag>{words.classLabel(data.organization.orgClass)}</Tag>
          <Tag color={statusColors[data.organization.status]} data-testid="organization-status">{words.statusLabel(data.organization.status)}</Tag>
        </Space>
      )}
      extra={data && <OrganizationActions organization={data.organization} />}
    >
      {tabs && <Tabs items={tabs} />}
    </Card>
  );
}
