import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadMore, useMorePages } from '../components/MorePages';
import type { ListResult } from '../../common/api';
import { formatDate } from '../../common/format';
import { useCategories, type PublicNotice } from '../portal-api';
import { ObjectionForm } from '../components/ObjectionForm';
import { Badge, LoadFailed, Loading, usePageTitle } from '../components/Status';

const pageSize = 20;

function NoticeCard({ notice, categoryLabel }: { notice: PublicNotice; categoryLabel: string }) {
  const { t } = useTranslation();
  const [objecting, setObjecting] = useState(false);
  const rows: [string, string | number | null][] = [
    [t('portal.noticeList.period'), t('portal.org.period', { from: formatDate(notice.noticeStartsAt), to: formatDate(notice.noticeEndsAt) })],
    [t('portal.noticeList.place'), notice.place],
    [t('portal.noticeList.address'), notice.address],
    [t('portal.noticeList.leader'), notice.leader],
    [t('portal.noticeList.memberCount'), notice.memberCount ? t('portal.org.members', { count: notice.memberCount }) : null],
    [t('portal.noticeList.purpose'), notice.purpose],
    [t('portal.noticeList.businessScope'), notice.businessScope],
  ];
  return (
    <li className="card notice-card" data-testid="notice">
      <h3>{notice.organizationName}</h3>
      <p className="badges">
        <Badge tone="warn">{t('portal.noticeList.endsOn', { date: formatDate(notice.noticeEndsAt) })}</Badge>
        {notice.kind && <Badge>{t(`portal.kinds.${notice.kind}`, { defaultValue: notice.kind })}</Badge>}
        <Badge>{categoryLabel}</Badge>
      </p>
      <dl className="fields">
        {rows.filter(([, value]) => value).map(([label, value]) => <div className="field" key={label}><dt>{label}</dt><dd>{value}</dd></div>)}
      </dl>
      {objecting
        ? <ObjectionForm noticeId={notice.id} organizationName={notice.organizationName} onCancel={() => setObjecting(false)} />
        : <button type="button" className="button-secondary" onClick={() => setObjecting(true)}>{t('portal.noticeList.object')}</button>}
    </li>
  );
}

/** 备案公示: what is on notice now, each with its period and an objection form. */
export default function NoticesPage() {
  const { t } = useTranslation();
  usePageTitle(t('portal.notices'));
  const categories = useCategories();
  const list = useMorePages<ListResult<PublicNotice>>(['public', 'notices'], '/api/public/notices', { pageSize });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <div className="page">
      <h1>{t('portal.notices')}</h1>
      <p className="portal-muted">{t('portal.noticeList.intro')}</p>
      {list.isPending ? <Loading /> : list.isError ? <LoadFailed error={list.error} onRetry={() => list.refetch()} /> : (
        <>
          {!items.length && <p className="result-count">{t('portal.noticeList.empty')}</p>}
          <ul className="cards cards-single">
            {items.map((n) => <NoticeCard key={n.id} notice={n} categoryLabel={categories.label(n.category)} />)}
          </ul>
          <LoadMore list={list} />
        </>
      )}
    </div>
  );
}
