import { useState } from 'react';
import { Descriptions, Drawer, Segmented, Table, Tag, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, listUrl } from '../../../common/api';
import { formatTime } from '../../../common/format';
import { ApiProblem } from '../../../common/problem';
import type { LedgerEntry, TimeBankSummary } from './timeBankTypes';

type Account = TimeBankSummary & { volunteer: { id: string; name: string; placeName: string | null } };
type Unit = 'all' | 'minutes' | 'points';

/** One volunteer's time bank: balances, the lifetime total against the cap, the rules that apply, and the entries newest first. */
export function AccountDrawer({ volunteerId, name, onClose }: { volunteerId: string; name: string; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const [unit, setUnit] = useState<Unit>('all');
  const [page, setPage] = useState(1);
  const query = useQuery({
    queryKey: ['time-bank-account', volunteerId, unit, page],
    queryFn: () => api.get<Account>(listUrl(`/api/time-bank/accounts/${volunteerId}`, { unit: unit === 'all' ? undefined : unit, page, pageSize: 20 })),
    placeholderData: keepPreviousData,
  });
  const a = query.data;
  return (
    <Drawer open size={720} title={t('timeBank.accounts.detail', { name })} onClose={onClose} loading={query.isLoading}>
      {query.error && <Typography.Text type="danger">{query.error instanceof ApiProblem ? query.error.problem.title : String(query.error)}</Typography.Text>}
      {a && (
        <>
          <Descriptions column={2} size="small" bordered style={{ marginBottom: 20 }}>
            <Descriptions.Item label={t('timeBank.accounts.place')} span={2}>{a.volunteer.placeName}</Descriptions.Item>
            <Descriptions.Item label={t('timeBank.balance')}>{t('timeBank.hours', { hours: a.timeBank.balance.hours })}</Descriptions.Item>
            <Descriptions.Item label={t('timeBank.pointsBalance')}>{t('timeBank.points', { points: a.points.balance })}</Descriptions.Item>
            <Descriptions.Item label={t('timeBank.lifetime')}>{t('timeBank.hours', { hours: a.timeBank.lifetimeDeposited.hours })}</Descriptions.Item>
            <Descriptions.Item label={t('timeBank.cap')}>{t('timeBank.hours', { hours: a.timeBank.capHours })}</Descriptions.Item>
            <Descriptions.Item label={t('timeBank.age')}>{t('timeBank.ageValue', { age: a.age })}</Descriptions.Item>
            <Descriptions.Item label={t('timeBank.withdrawAge')}>
              {t('timeBank.ageValue', { age: a.withdrawAge })} <Tag color={a.withdrawAgeReached ? 'green' : 'default'}>{t(a.withdrawAgeReached ? 'timeBank.reached' : 'timeBank.notReached')}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('timeBank.relationsAllowed')} span={2}>
              {a.transferRelations.map((r) => t(`timeBank.relations.${r}`, { defaultValue: r })).join('、')}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5}>{t('timeBank.accounts.history')}</Typography.Title>
          <Segmented<Unit> style={{ marginBottom: 12 }} value={unit} onChange={(next) => { setUnit(next); setPage(1); }}
            options={[{ value: 'all', label: t('timeBank.accounts.all') }, { value: 'minutes', label: t('timeBank.units.minutes') }, { value: 'points', label: t('timeBank.units.points') }]} />
          <Table<LedgerEntry>
            rowKey="id" size="small" dataSource={a.history.items} loading={query.isFetching} locale={{ emptyText: t('timeBank.noHistory') }}
            pagination={{ current: page, pageSize: 20, total: a.history.total, onChange: setPage, showSizeChanger: false }}
            columns={[
              { title: t('timeBank.at'), dataIndex: 'at', width: 170, render: (at: string) => formatTime(at, i18n.language) },
              { title: t('timeBank.kind'), dataIndex: 'kind', width: 100, render: (kind: string) => <Tag>{t(`timeBank.kinds.${kind}`, { defaultValue: kind })}</Tag> },
              { title: t('timeBank.description'), render: (_, e) => (e.note ? `${e.description}（${e.note}）` : e.description) },
              { title: t('timeBank.change'), width: 120, align: 'right', render: (_, e) => <EntryAmount entry={e} /> },
            ]}
          />
        </>
      )}
    </Drawer>
  );
}

/** +1.5 小时 / −20 积分, credits in green. */
function EntryAmount({ entry }: { entry: LedgerEntry }) {
  const { t } = useTranslation();
  const value = entry.unit === 'minutes' ? entry.hours! : entry.amount;
  const text = t(entry.unit === 'minutes' ? 'timeBank.hours' : 'timeBank.points', { hours: value > 0 ? `+${value}` : value, points: value > 0 ? `+${value}` : value });
  return <Typography.Text type={value > 0 ? 'success' : undefined}>{text}</Typography.Text>;
}
