import { Alert, Card, List } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../common/api';
import { formatTime } from '../../../common/format';
import type { LedgerCheckRun } from './timeBankTypes';

/** The latest ledger check on the home page: an alert with the problems when it failed, when it last passed otherwise. */
export function LedgerCheckCard() {
  const { t, i18n } = useTranslation();
  const query = useQuery({ queryKey: ['ledger-checks', 'latest'], queryFn: () => api.get<{ run: LedgerCheckRun | null }>('/api/ledger-checks/latest') });
  if (!query.data) return null;
  const { run } = query.data;
  const time = run && formatTime(run.checkedAt, i18n.language);
  return (
    <Card title={t('timeBank.check.title')} size="small" style={{ marginTop: 16 }} data-testid="ledger-check">
      {!run && <Alert type="info" showIcon message={t('timeBank.check.never')} />}
      {run?.ok && <Alert type="success" showIcon message={t('timeBank.check.ok', { time, movements: run.movements, accounts: run.accounts })} />}
      {run && !run.ok && (
        <Alert
          type="error" showIcon message={t('timeBank.check.failed', { count: run.problems.length, time })}
          description={(
            <List size="small" dataSource={run.problems.slice(0, 10)}
              renderItem={(p) => <List.Item>{t(`timeBank.check.problems.${p.kind}`, { defaultValue: p.kind })}：{p.id} {p.detail}</List.Item>} />
          )}
        />
      )}
    </Card>
  );
}
