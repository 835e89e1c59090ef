import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../common/api';
import { formatDate } from '../../common/format';
import { Badge, LoadFailed, Loading, usePageTitle, type BadgeTone } from '../components/Status';
import { ContestForm } from './ContestForm';
import { myCreditRecordsKey, type MyCreditRecord, type MyCreditRecords } from './service-records-api';

const kindTones: Record<MyCreditRecord['kind'], BadgeTone> = { no_show: 'bad', late_cancel: 'warn', complaint: 'bad', commendation: 'good' };
const statusTones: Record<MyCreditRecord['status'], BadgeTone> = { standing: 'plain', contested: 'warn', upheld: 'plain', withdrawn: 'good' };

function CreditCard({ record }: { record: MyCreditRecord }) {
  const { t } = useTranslation();
  const [contesting, setContesting] = useState(false);
  const contestable = record.kind !== 'commendation' && record.status === 'standing';
  return (
    <li className="card credit-record" data-testid="my-credit-record">
      <p className="badges">
        <Badge tone={kindTones[record.kind]}>{t(`serviceRecords.credit.kinds.${record.kind}`)}</Badge>
        <Badge tone={statusTones[record.status]}>{t(`serviceRecords.credit.statuses.${record.status}`)}</Badge>
      </p>
      {record.activityTitle && <h3>{record.activityTitle}</h3>}
      <p className="prose">{record.reason}</p>
      <p className="portal-muted">{formatDate(record.createdAt)}</p>
      {record.contestReason && <p className="portal-muted">{t('serviceRecords.portal.contestOf', { reason: record.contestReason })}</p>}
      {record.decisionNote && <p className="portal-muted">{t('serviceRecords.portal.decisionOf', { note: record.decisionNote })}</p>}
      {record.status === 'contested' && <p className="portal-success">{t('serviceRecords.portal.contested')}</p>}
      {contestable && !contesting && (
        <button type="button" className="button-secondary" onClick={() => setContesting(true)}>{t('serviceRecords.portal.contest')}</button>
      )}
      {contestable && contesting && <ContestForm recordId={record.id} onCancel={() => setContesting(false)} />}
    </li>
  );
}

/** 我的诚信记载: no-shows, cancellations, complaints and commendations, whether sign-up is paused, and a contest for each. */
export default function MyCreditPage() {
  const { t } = useTranslation();
  usePageTitle(t('serviceRecords.portal.myCredit'));
  const query = useQuery({ queryKey: myCreditRecordsKey, queryFn: () => api.get<MyCreditRecords>('/api/credit-records/mine') });
  return (
    <div className="page">
      <Link className="back-link" to="/me">← {t('serviceRecords.portal.backToMe')}</Link>
      <h1>{t('serviceRecords.portal.myCredit')}</h1>
      {query.isPending ? <Loading /> : query.isError ? <LoadFailed error={query.error} onRetry={() => query.refetch()} /> : (
        <>
          {query.data.restriction.restrictedUntil ? (
            <p className="portal-alert" role="status">{t('serviceRecords.portal.restricted', { date: formatDate(query.data.restriction.restrictedUntil) })}</p>
          ) : query.data.restriction.noShows > 0 && (
            <p className="portal-muted">{t('serviceRecords.portal.noShows', { count: query.data.restriction.noShows, limit: query.data.restriction.noShowLimit })}</p>
          )}
          {!query.data.items.length && <p className="result-count">{t('serviceRecords.portal.noCredit')}</p>}
          <ul className="cards cards-single">{query.data.items.map((r) => <CreditCard key={r.id} record={r} />)}</ul>
        </>
      )}
    </div>
  );
}
