import { Badge, Button, Card, Form, Input, Select, Tabs } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../../session';
import { usePagedList } from '../../components/usePagedList';
import { filingsKey, type FilingListItem } from './filingTypes';
import { FilingsTable } from './FilingsTable';

const kinds = ['filing', 'change', 'termination', 'revocation'] as const;
const states = ['draft', 'committee_review', 'street_review', 'public_notice', 'filed', 'rejected', 'terminated', 'revoked', 'withdrawn'] as const;

/**
 * 备案办理: the to-do inbox (cases of every kind waiting for this user: filings, changes,
 * terminations, revocations) and every case in the user's subtree, each filterable by kind.
 */
export default function FilingsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const todo = usePagedList<FilingListItem>(filingsKey, { todo: true });
  const all = usePagedList<FilingListItem>(filingsKey);
  const kindSelect = (
    <Form.Item name="kind">
      <Select allowClear style={{ width: 130 }} placeholder={t('filings.kind')} options={kinds.map((k) => ({ value: k, label: t(`filings.kinds.${k}`) }))} />
    </Form.Item>
  );
  return (
    <Card
      title={t('menu.filings')}
      extra={can('filing.create') && <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/filings/new')}>{t('filings.start')}</Button>}
    >
      <Tabs
        items={[
          {
            key: 'todo',
            label: <span data-testid="todo-tab">{t('filings.todo')} <Badge count={todo.query.data?.total ?? 0} showZero size="small" color="#c0392b" /></span>,
            children: (
              <>
                <Form layout="inline" onValuesChange={(_, v) => todo.applyFilters({ ...v, todo: true })} style={{ marginBottom: 16 }}>
                  {kindSelect}
                </Form>
                <FilingsTable testId="filings-todo" tableProps={todo.tableProps} />
              </>
            ),
          },
          {
            key: 'all',
            label: t('filings.all'),
            children: (
              <>
                <Form layout="inline" onFinish={all.applyFilters} style={{ marginBottom: 16, rowGap: 8 }}>
                  {kindSelect}
                  <Form.Item name="state">
                    <Select allowClear style={{ width: 150 }} placeholder={t('filings.state')} options={states.map((s) => ({ value: s, label: t(`filings.states.${s}`) }))} />
                  </Form.Item>
                  <Form.Item name="q"><Input allowClear placeholder={t('filings.keyword')} style={{ width: 220 }} /></Form.Item>
                  <Button type="primary" htmlType="submit">{t('common.search')}</Button>
                </Form>
                <FilingsTable testId="filings-all" tableProps={all.tableProps} />
              </>
            ),
          },
        ]}
      />
    </Card>
  );
}
