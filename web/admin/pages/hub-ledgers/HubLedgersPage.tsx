import { useState } from 'react';
import { Alert, Button, Card, Form, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../../common/api';
import { formatTime } from '../../../common/format';
import { useSession } from '../../session';
import { usePagedList } from '../../components/usePagedList';
import { JurisdictionSelect } from '../../components/JurisdictionSelect';
import { useProblem } from '../../components/useProblem';
import { ledgerStates, stateColors, type LedgerDetail, type LedgerListItem } from './ledgerTypes';
import { recentPeriods, usePeriodLabel } from './periods';
import { HubOrganizationsCard } from './HubOrganizationsCard';

/**
 * 工作台账: a hub generates its half-year ledgers and sees them; the bureau receives those of its
 * district (overdue ones flagged) and designates the hub organizations.
 */
export default function HubLedgersPage() {
  const { t, i18n } = useTranslation();
  const { session, can } = useSession();
  const navigate = useNavigate();
  const periodLabel = usePeriodLabel();
  const list = usePagedList<LedgerListItem>('/api/hub-ledgers');
  const isHub = session!.user.role === 'hub';
  const periodOptions = recentPeriods().map((p) => ({ value: p, label: periodLabel(p) }));

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      {isHub && !session!.user.organizationId && <Alert type="warning" showIcon message={t('hubLedgers.noOrganization')} data-testid="hub-not-linked" />}
      {can('hubLedger.generate') && session!.user.organizationId && <GenerateCard periodOptions={periodOptions} />}
      <Card title={t('menu.hubLedgers')}>
        <Form layout="inline" onFinish={list.applyFilters} style={{ marginBottom: 16, rowGap: 8 }}>
          <Form.Item name="period"><Select allowClear style={{ width: 160 }} placeholder={t('hubLedgers.period')} options={periodOptions} /></Form.Item>
          <Form.Item name="state">
            <Select allowClear style={{ width: 120 }} placeholder={t('hubLedgers.state')} options={ledgerStates.map((s) => ({ value: s, label: t(`hubLedgers.states.${s}`) }))} />
          </Form.Item>
          <Form.Item name="overdue">
            <Select allowClear style={{ width: 110 }} placeholder={t('hubLedgers.overdue')} options={[{ value: 'true', label: t('common.yes') }, { value: 'false', label: t('common.no') }]} />
          </Form.Item>
          {!isHub && <Form.Item name="jurisdictionCode"><JurisdictionSelect placeholder={t('hubLedgers.street')} style={{ width: 220 }} /></Form.Item>}
          <Button type="primary" htmlType="submit">{t('common.search')}</Button>
          <Button href={list.exportUrl}>{t('common.export')}</Button>
        </Form>
        <Table<LedgerListItem>
          rowKey="id"
          data-testid="ledgers-table"
          {...list.tableProps}
          scroll={{ x: 1000 }}
          onRow={(l) => ({ onClick: () => navigate(`/hub-ledgers/${l.id}`), style: { cursor: 'pointer' } })}
          columns={[
            { title: t('hubLedgers.period'), dataIndex: 'period', render: (p: string) => periodLabel(p) },
            { title: t('hubLedgers.street'), dataIndex: 'streetName' },
            { title: t('hubLedgers.hub'), dataIndex: 'hubName' },
            {
              title: t('hubLedgers.state'),
              render: (_, l) => (
                <Space size={4}>
                  {l.generated ? <Tag color={stateColors[l.state]}>{t(`hubLedgers.states.${l.state}`)}</Tag> : <Tag>{t('hubLedgers.notGenerated')}</Tag>}
                  {l.overdue && <Tag color="red">{t('hubLedgers.overdueTag')}</Tag>}
                </Space>
              ),
            },
            { title: t('hubLedgers.dueOn'), dataIndex: 'dueOn', width: 110 },
            { title: t('hubLedgers.generatedAt'), dataIndex: 'generatedAt', render: (v: string | null) => formatTime(v, i18n.language) },
            { title: t('hubLedgers.submittedAt'), dataIndex: 'submittedAt', render: (v: string | null) => formatTime(v, i18n.language) },
          ]}
        />
      </Card>
      {can('organization.designateHub') && <HubOrganizationsCard />}
    </Space>
  );
}

/** The hub picks a half year and has its ledger generated from the data. */
function GenerateCard({ periodOptions }: { periodOptions: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const showProblem = useProblem();
  const [period, setPeriod] = useState(periodOptions[1]?.value);
  const [busy, setBusy] = useState(false);
  const generate = async () => {
    setBusy(true);
    try {
      const ledger = await api.post<LedgerDetail>('/api/hub-ledgers', { period });
      navigate(`/hub-ledgers/${ledger.id}`);
    } catch (error) {
      showProblem(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={t('hubLedgers.generate')}>
      <Space wrap>
        <Select style={{ width: 180 }} value={period} onChange={setPeriod} options={periodOptions} data-testid="generate-period" />
        <Button type="primary" loading={busy} onClick={generate} data-testid="generate-ledger">{t('hubLedgers.generate')}</Button>
        <Typography.Text type="secondary">{t('hubLedgers.generateHint')}</Typography.Text>
      </Space>
    </Card>
  );
}
