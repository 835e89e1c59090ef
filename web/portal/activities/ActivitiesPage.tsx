import { useTranslation } from 'react-i18next';
import { LoadMore, useMorePages } from '../components/MorePages';
import { Link, useSearchParams } from 'react-router';
import type { ListResult } from '../../common/api';
import { LoadFailed, Loading, usePageTitle } from '../components/Status';
import { usePortalSession } from '../volunteer/portal-session';
import { ActivityCard } from './ActivityCard';
import { useServiceTypes, type PublicActivity } from './activities-api';

const pageSize = 20;

/** 志愿活动: what is open for sign-up, soonest first, filtered by service type (kept in the address, so it can be shared). */
export default function ActivitiesPage() {
  const { t } = useTranslation();
  usePageTitle(t('activities.portal.title'));
  const [params, setParams] = useSearchParams();
  const serviceType = params.get('type') ?? '';
  const serviceTypes = useServiceTypes();
  const { session } = usePortalSession();
  const list = useMorePages<ListResult<PublicActivity>>(['public', 'activities', serviceType], '/api/public/activities', { serviceType, pageSize });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <div className="page">
      <h1>{t('activities.portal.title')}</h1>
      <p className="portal-muted">{t('activities.portal.intro')}</p>
      {session?.user.role === 'volunteer' && <Link className="text-link" to="/me/activities">{t('activities.portal.mine')}</Link>}
      <label className="activity-filter">
        <span>{t('activities.portal.serviceType')}</span>
        <select value={serviceType} onChange={(e) => setParams(e.target.value ? { type: e.target.value } : {}, { replace: true })}>
          <option value="">{t('activities.portal.allTypes')}</option>
          {serviceTypes.map((s) => <option key={s.code} value={s.code}>{s.label}</option>)}
        </select>
      </label>
      {list.isPending ? <Loading /> : list.isError ? <LoadFailed error={list.error} onRetry={() => list.refetch()} /> : (
        <>
          {!items.length && <p className="result-count">{t('activities.portal.empty')}</p>}
          <ul className="cards cards-single">{items.map((a) => <ActivityCard key={a.id} activity={a} />)}</ul>
          <LoadMore list={list} />
        </>
      )}
    </div>
  );
}
