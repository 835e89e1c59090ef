import { Button, Card, DatePicker, Form, Input, Select, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../common/format';
import { usePagedList } from '../components/usePagedList';
import { rangeFilter } from './AuditPage';

type LoginEvent = { id: string; at: string; username: string; jurisdictionCode: string; success: boolean; outcome: string; sourceAddress: string | null; userAgent: string | null };

export default function LoginLogPage() {
  const { t, i18n } = useTranslation();
  const list = usePagedList<LoginEvent>('/api/login-logs');
  return (
    <Card title={t('menu.loginLog')}>
      <Form layout="inline" style={{ marginBottom: 16, rowGap: 8 }} onFinish={({ range, ...rest }) => list.applyFilters({ ...rest, ...rangeFilter(range) })}>
        <Form.Item name="username"><Input allowClear placeholder={t('loginLog.username')} /></Form.Item>
        <Form.Item name="success">
          <Select allowClear style={{ width: 110 }} options={[{ value: 'true', label: t('loginLog.success') }, { value: 'false', label: t('loginLog.failure') }]} />
        </Form.Item>
        <Form.Item name="range"><DatePicker.RangePicker /></Form.Item>
        <Button type="primary" htmlType="submit">{t('common.search')}</Button>
        <Button href={list.exportUrl}>{t('common.export')}</Button>
      </Form>
      <Table<LoginEvent>
        rowKey="id"
        size="small"
        scroll={{ x: 900 }}
        {...list.tableProps}
        columns={[
          { title: t('audit.at'), dataIndex: 'at', width: 170, render: (v) => formatTime(v, i18n.language) },
          { title: t('loginLog.username'), dataIndex: 'username' },
          { title: t('audit.jurisdiction'), dataIndex: 'jurisdictionCode' },
          { title: t('audit.outcome'), dataIndex: 'outcome', render: (o: string, r) => <Tag color={r.success ? 'green' : 'red'}>{t(`loginLog.${o}`, { defaultValue: o })}</Tag> },
          { title: t('audit.source'), dataIndex: 'sourceAddress' },
          { title: t('account.device'), dataIndex: 'userAgent', ellipsis: true },
        ]}
      />
    </Card>
  );
}
