import { useState } from 'react';
import { Button, Card, Form, Input, Select, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../../session';
import { usePagedList } from '../../components/usePagedList';
import { JurisdictionSelect } from '../../components/JurisdictionSelect';
import type { OrganizationListItem, OrgClass, OrgStatus } from './organizationTypes';
import { orgClasses, orgStatuses, statusColors, useOrgVocabulary } from './useOrgVocabulary';
import { RecordOrganizationModal, type RecordedKind } from './RecordOrganizationModal';

/** 组织管理: the organizations in the user's subtree, filtered, exported, and the ways to add one. */
export default function OrganizationsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const words = useOrgVocabulary();
  const list = usePagedList<OrganizationListItem>('/api/organizations');
  const [recording, setRecording] = useState<RecordedKind | null>(null);

  return (
    <Card
      title={t('menu.organizations')}
      extra={(
        <Space wrap>
          {can('filing.create') && <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/filings/new')}>{t('filings.start')}</Button>}
          {can('organization.recordRegistered') && <Button onClick={() => setRecording('registered')}>{t('orgs.recordRegistered')}</Button>}
          {can('organization.recordGuided') && <Button onClick={() => setRecording('guided')}>{t('orgs.recordGuided')}</Button>}
        </Space>
      )}
    >
      <Form layout="inline" onFinish={list.applyFilters} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="jurisdictionCode"><JurisdictionSelect placeholder={t('orgs.place')} style={{ width: 220 }} /></Form.Item>
        <Form.Item name="orgClass">
          <Select allowClear style={{ width: 130 }} placeholder={t('orgs.orgClass')} options={orgClasses.map((c) => ({ value: c, label: words.classLabel(c) }))} />
        </Form.Item>
        <Form.Item name="category">
          <Select allowClear style={{ width: 160 }} placeholder={t('filings.fields.category')} options={words.categoryOptions} />
        </Form.Item>
        <Form.Item name="status">
          <Select allowClear style={{ width: 120 }} placeholder={t('orgs.status')} options={orgStatuses.map((s) => ({ value: s, label: words.statusLabel(s) }))} />
        </Form.Item>
        <Form.Item name="hub">
          <Select allowClear style={{ width: 120 }} placeholder={t('orgs.hub')} options={[{ value: 'true', label: t('common.yes') }, { value: 'false', label: t('common.no') }]} />
        </Form.Item>
        <Form.Item name="q"><Input allowClear placeholder={t('orgs.keyword')} style={{ width: 200 }} /></Form.Item>
        <Button type="primary" htmlType="submit">{t('common.search')}</Button>
        <Button href={list.exportUrl}>{t('common.export')}</Button>
      </Form>
      <Table<OrganizationListItem>
        rowKey="id"
        data-testid="organizations-table"
        {...list.tableProps}
        scroll={{ x: 1100 }}
        onRow={(o) => ({ onClick: () => navigate(`/organizations/${o.id}`), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('filings.fields.name'), dataIndex: 'name', render: (name: string, o) => <>{name}{o.isHub && <Tag color="purple" style={{ marginLeft: 6 }}>{t('orgs.hubTag')}</Tag>}</> },
          { title: t('orgs.orgClass'), dataIndex: 'orgClass', width: 100, render: (c: OrgClass) => words.classLabel(c) },
          { title: t('filings.fields.category'), dataIndex: 'category', width: 130, render: (c: string) => words.categoryLabel(c) },
          { title: t('orgs.status'), dataIndex: 'status', width: 100, render: (s: OrgStatus) => <Tag color={statusColors[s]}>{words.statusLabel(s)}</Tag> },
          { title: t('orgs.place'), render: (_, o) => [o.streetName, o.placeName].filter(Boolean).join(' ') || o.jurisdictionCode },
          { title: t('orgs.memberCount'), dataIndex: 'memberCount', width: 90 },
          { title: t('filings.fields.leaderName'), dataIndex: 'leaderName', width: 100 },
          { title: t('orgs.certificateOrCredit'), render: (_, o) => o.certificateNumber ?? o.creditCode },
        ]}
      />
      {recording && (
        <RecordOrganizationModal
          kind={recording}
          onClose={() => setRecording(null)}
          onSaved={(id) => { setRecording(null); navigate(`/organizations/${id}`); }}
        />
      )}
    </Card>
  );
}
