import { useTranslation } from 'react-i18next';
import { LoadMore, useMorePages } from '../components/MorePages';
import { Link } from 'react-router';
import { formatDate, formatDuration } from '../../common/format';
import { Badge, LoadFailed, Loading, usePageTitle } from '../components/Status';
import { IssueCertificate } from './IssueCertificate';
import { myServiceRecordsKey, type MyServiceRecord, type MyServiceRecords, type ServiceTotals } from './service-records-api';

const pageSize = 20;

function TotalsCard({ totals }: { totals: ServiceTotals }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="card service-totals" aria-label={t('serviceRecords.portal.totalHours')}>
      <p className="portal-muted">{t('serviceRecords.portal.totalHours')}</p>
      <p className="service-hours" data-testid="total-hours">{formatDuration(totals.minutes, i18n.language)}</p>
      <dl className="fields">
        <div className="field"><dt>{t('serviceRecords.portal.recordCount')}</dt><dd>{t('serviceRecords.portal.records', { count: totals.records })}</dd></div>
        {totals.firstServiceDate && (
          <div className="field"><dt>{t('serviceRecords.portal.period')}</dt><dd>{formatDate(totals.firstServiceDate)} – {formatDate(totals.lastServiceDate)}</dd></div>
        )}
      </dl>
      {totals.records > 0 && <IssueCertificate />}
    </section>
  );
}

function RecordCard({ record }: { record: MyServiceRecord }) {
  const { t, i18n } = useTranslation();
  const reversal = record.kind === 'reversal';
  return (
    <li className="card service-record" data-testid="my-service-record">
      <h3>{record.activityTitle}</h3>
      <p className="badges">
        <Badge tone={reversal ? 'bad' : record.reversalId ? 'plain' : 'good'}>{formatDuration(record.minutes, i18n.language)}</Badge>
        {reversal && <Badge tone="bad">{t('serviceRecords.portal.reversal')}</Badge>}
        {record.reversalId && <Badge>{t('serviceRecords.portal.reversedTag')}</Badge>}
      </p>
      <dl className="fields">
        <div className="field"><dt>{t('serviceRecords.fields.serviceDate')}</dt><dd>{formatDate(record.serviceDate)}</dd></div>
        <div className="field"><dt>{t('serviceRecords.fields.place')}</dt><dd>{[record.placeName, record.stationName, record.teamName].filter(Boolean).join(' · ')}</dd></div>
      </dl>
      {record.reason && <p className="portal-muted">{t('serviceRecords.portal.correction', { reason: record.reason })}</p>}
    </li>
  );
}

/** 我的服务记录: the hours confirmed so far, every record (corrections beside what they correct), and the certificate. */
export default function MyRecordsPage() {
  const { t } = useTranslation();
  usePageTitle(t('serviceRecords.portal.myRecords'));
  const list = useMorePages<MyServiceRecords>(myServiceRecordsKey, '/api/service-records/mine', { pageSize });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <div className="page">
      <Link className="back-link" to="/me">← {t('serviceRecords.portal.backToMe')}</Link>
      <h1>{t('serviceRecords.portal.myRecords')}</h1>
      {list.isPending ? <Loading /> : list.isError ? <LoadFailed error={list.error} onRetry={() => list.refetch()} /> : (
        <>
          <TotalsCard totals={list.data.pages[0].totals} />
          {!items.length && <p className="result-count">{t('serviceRecords.portal.empty')}</p>}
          <ul className="cards cards-single">{items.map((r) => <RecordCard key={r.id} record={r} />)}</ul>
          <LoadMore list={list} />
        </>
      )}
    </div>
  );
}
