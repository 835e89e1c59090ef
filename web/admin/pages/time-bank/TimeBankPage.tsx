import { useState } from 'react';
import { Button, Card, Form, Input, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePagedList } from '../../components/usePagedList';
import { JurisdictionSelect } from '../../components/JurisdictionSelect';
import { AccountDrawer } from './AccountDrawer';
import type { TimeBankAccountRow } from './timeBankTypes';

/** 时间银行: the volunteers of the subtree with an account, their hours, points and lifetime deposits; a row opens the history. */
export default function TimeBankPage() {
  const { t } = useTranslation();
  const list = usePagedList<TimeBankAccountRow>('/api/time-bank/accounts');
  const [open, setOpen] = useState<TimeBankAccountRow | null>(null);
  return (
    <Card title={t('timeBank.menu')}>
      <Form layout="inline" onFinish={list.applyFilters} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="jurisdictionCode"><JurisdictionSelect placeholder={t('timeBank.accounts.place')} style={{ width: 220 }} /></Form.Item>
        <Form.Item name="q"><Input allowClear placeholder={t('timeBank.accounts.keyword')} style={{ width: 200 }} aria-label={t('timeBank.accounts.keyword')} /></Form.Item>
        <Button type="primary" htmlType="submit">{t('common.search')}</Button>
        <Button href={list.exportUrl}>{t('common.export')}</Button>
      </Form>
      <Table<TimeBankAccountRow>
        rowKey="volunteerId" data-testid="time-bank-accounts" {...list.tableProps}
        onRow={(row) => ({ onClick: () => setOpen(row), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('timeBank.accounts.name'), dataIndex: 'name' },
          { title: t('timeBank.accounts.place'), dataIndex: 'placeName' },
          { title: t('timeBank.accounts.balanceHours'), align: 'right', render: (_, a) => a.balance.hours },
          { title: t('timeBank.accounts.points'), dataIndex: 'points', align: 'right' },
          { title: t('timeBank.accounts.lifetimeHours'), align: 'right', render: (_, a) => a.lifetimeDeposited.hours },
        ]}
      />
      {open && <AccountDrawer volunteerId={open.volunteerId} name={open.name} onClose={() => setOpen(null)} />}
    </Card>
  );
}
