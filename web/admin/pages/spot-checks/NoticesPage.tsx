import { useState } from 'react';
import { Button, Card, Form, Input, Select, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatTime } from '../../../common/format';
import { useSession } from '../../session';
import { usePagedList } from '../../components/usePagedList';
import { IssueNoticeModal } from './IssueNoticeModal';
import { noticeKinds, noticeStateColors, noticeStates, type Notice } from './spotCheckTypes';

/** 整改与约谈: notices, letters and talks in reach (a leader: those sent to their organizations), filtered by kind and state. */
export default function NoticesPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const list = usePagedList<Notice>('/api/supervision-notices');
  const [issuing, setIssuing] = useState(false);
  return (
    <Card
      title={can('rectification.report') ? t('spotChecks.notices.mine') : t('spotChecks.notices.title')}
      extra={can('supervisionNotice.issue') && <Button type="primary" icon={<PlusOutlined />} onClick={() => setIssuing(true)} data-testid="issue-notice">{t('spotChecks.notices.issue')}</Button>}
    >
      <Form layout="inline" onFinish={list.applyFilters} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="kind">
          <Select allowClear style={{ width: 160 }} placeholder={t('spotChecks.notices.kind')} options={noticeKinds.map((k) => ({ value: k, label: t(`spotChecks.notices.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="state">
          <Select allowClear style={{ width: 140 }} placeholder={t('spotChecks.notices.state')} options={noticeStates.map((s) => ({ value: s, label: t(`spotChecks.notices.states.${s}`) }))} />
        </Form.Item>
        <Form.Item name="awaitingReview">
          <Select allowClear style={{ width: 120 }} placeholder={t('spotChecks.notices.onlyAwaiting')} options={[{ value: 'true', label: t('spotChecks.notices.awaitingReview') }]} />
        </Form.Item>
        <Form.Item name="q"><Input allowClear placeholder={t('spotChecks.notices.keyword')} style={{ width: 200 }} /></Form.Item>
        <Button type="primary" htmlType="submit">{t('common.search')}</Button>
        <Button href={list.exportUrl}>{t('common.export')}</Button>
      </Form>
      <Table<Notice>
        rowKey="id" data-testid="notices-table" {...list.tableProps} scroll={{ x: 1100 }}
        onRow={(n) => ({ onClick: () => navigate(`/supervision-notices/${n.id}`), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('spotChecks.notices.number'), dataIndex: 'number', width: 200 },
          { title: t('spotChecks.notices.kind'), dataIndex: 'kind', width: 130, render: (k: Notice['kind']) => t(`spotChecks.notices.kinds.${k}`) },
          { title: t('spotChecks.organization'), dataIndex: 'organizationName' },
          { title: t('spotChecks.notices.issuer'), dataIndex: 'issuerName' },
          { title: t('spotChecks.notices.issuedAt'), dataIndex: 'issuedAt', width: 170, render: (d: string) => formatTime(d) },
          { title: t('spotChecks.notices.deadline'), dataIndex: 'deadline', width: 110 },
          {
            title: t('spotChecks.notices.state'), width: 170,
            render: (_, n) => (
              <Space size={4}>
                <Tag color={noticeStateColors[n.state]}>{t(`spotChecks.notices.states.${n.state}`)}</Tag>
                {n.awaitingReview && <Tag color="purple">{t('spotChecks.notices.awaitingReview')}</Tag>}
              </Space>
            ),
          },
        ]}
      />
      {issuing && <IssueNoticeModal onClose={() => setIssuing(false)} onSaved={(n) => { setIssuing(false); navigate(`/supervision-notices/${n.id}`); }} />}
    </Card>
  );
}
