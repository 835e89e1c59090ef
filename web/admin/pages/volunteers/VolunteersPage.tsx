import { useState } from 'react';
import { Button, Card, Form, Input, Select, Space, Table, Tag } from 'antd';
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../common/format';
import { useSession } from '../../session';
import { usePagedList } from '../../components/usePagedList';
import { JurisdictionSelect } from '../../components/JurisdictionSelect';
import { enrolmentSources, type Volunteer } from './volunteerTypes';
import { useTeamOptions, useVolunteerVocabulary } from './useVolunteerVocabulary';
import { EnrolModal } from './EnrolModal';
import { ImportModal } from './ImportModal';
import { VolunteerDrawer } from './VolunteerDrawer';

/** 志愿者: the roster of the user's subtree (a leader: its teams' members), with enrolment and Excel import. */
export default function VolunteersPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const list = usePagedList<Volunteer>('/api/volunteers');
  const vocabulary = useVolunteerVocabulary();
  const teamOptions = useTeamOptions();
  const [enrolling, setEnrolling] = useState(false);
  const [importing, setImporting] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const refresh = async () => { await list.query.refetch(); };

  return (
    <Card
      title={t('volunteers.title')}
      extra={can('volunteer.enrol') && (
        <Space>
          <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>{t('volunteers.import')}</Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEnrolling(true)}>{t('volunteers.enrol')}</Button>
        </Space>
      )}
    >
      <Form layout="inline" name="volunteer-filters" onFinish={list.applyFilters} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="jurisdictionCode"><JurisdictionSelect placeholder={t('volunteers.fields.place')} style={{ width: 220 }} /></Form.Item>
        <Form.Item name="q"><Input allowClear placeholder={t('volunteers.keyword')} aria-label={t('volunteers.keyword')} style={{ width: 140 }} /></Form.Item>
        <Form.Item name="skill">
          <Select allowClear style={{ width: 140 }} placeholder={t('volunteers.fields.skills')} options={vocabulary.skillOptions} />
        </Form.Item>
        <Form.Item name="teamId">
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} style={{ width: 200 }} placeholder={t('volunteers.fields.teams')} options={teamOptions} />
        </Form.Item>
        <Form.Item name="source">
          <Select allowClear style={{ width: 140 }} placeholder={t('volunteers.fields.source')}
            options={enrolmentSources.map((s) => ({ value: s, label: t(`volunteers.sources.${s}`) }))} />
        </Form.Item>
        <Button type="primary" htmlType="submit">{t('common.search')}</Button>
        <Button href={list.exportUrl}>{t('common.export')}</Button>
      </Form>
      <Table<Volunteer>
        rowKey="id"
        data-testid="volunteers-table"
        {...list.tableProps}
        scroll={{ x: 1100 }}
        onRow={(v) => ({ onClick: () => setOpenId(v.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('volunteers.fields.name'), dataIndex: 'name', width: 100 },
          { title: t('volunteers.fields.gender'), dataIndex: 'gender', width: 60, render: (g: Volunteer['gender']) => t(`volunteers.genders.${g}`) },
          { title: t('volunteers.fields.idNumber'), dataIndex: 'idNumberMasked', width: 180 },
          { title: t('volunteers.fields.phone'), dataIndex: 'phoneMasked', width: 120 },
          { title: t('volunteers.fields.place'), render: (_, v) => [v.streetName, v.communityName].filter(Boolean).join(' ') },
          { title: t('volunteers.fields.skills'), render: (_, v) => v.skills.map((s) => <Tag key={s}>{vocabulary.skillLabel(s)}</Tag>) },
          { title: t('volunteers.fields.teams'), render: (_, v) => v.teams.map((team) => team.name).join('、') },
          { title: t('volunteers.fields.source'), dataIndex: 'source', width: 110, render: (s: Volunteer['source']) => t(`volunteers.sources.${s}`) },
          { title: t('volunteers.fields.createdAt'), dataIndex: 'createdAt', width: 110, render: (d: string) => formatDate(d) },
        ]}
      />
      {enrolling && <EnrolModal onClose={() => setEnrolling(false)} onSaved={async (id) => { setEnrolling(false); await refresh(); setOpenId(id); }} />}
      {importing && <ImportModal onClose={() => setImporting(false)} onImported={refresh} />}
      {openId && <VolunteerDrawer id={openId} onClose={() => setOpenId(null)} />}
    </Card>
  );
}
