import { useTranslation } from 'react-i18next';
import { LoadMore, useMorePages } from '../components/MorePages';
import { Link } from 'react-router';
import type { ListResult } from '../../common/api';
import { activityTime, shortTime } from '../../common/activity-time';
import { Badge, LoadFailed, Loading, usePageTitle } from '../components/Status';
import { mySignupsKey, signupTone, type MySignup } from './activities-api';

const pageSize = 20;

function MySignupCard({ signup: s }: { signup: MySignup }) {
  const { t, i18n } = useTranslation();
  const times = [
    s.checkInAt && t('activities.portal.checkedInAt', { time: shortTime(s.checkInAt, i18n.language) }),
    s.checkOutAt && t('activities.portal.checkedOutAt', { time: shortTime(s.checkOutAt, i18n.language) }),
  ].filter(Boolean).join(' · ');
  return (
    <li className="card org-card activity-card" data-testid="my-activity">
      <Link to={`/activities/${s.activityId}`}>
        <h3>{s.activity.title}</h3>
        <p className="badges">
          <Badge tone={signupTone(s.status)}>
            {s.waitlistPosition ? t('activities.signups.position', { n: s.waitlistPosition }) : t(`activities.signupStatuses.${s.status}`)}
          </Badge>
          {s.activity.status === 'cancelled' && <Badge tone="bad">{t('activities.statuses.cancelled')}</Badge>}
        </p>
        <p className="activity-line">{activityTime(s.activity.startsAt, s.activity.endsAt, i18n.language)}</p>
        <p className="activity-line portal-muted">{[s.activity.placeName, s.activity.address].filter(Boolean).join(' ')}</p>
        {times && <p className="activity-line">{times}</p>}
      </Link>
    </li>
  );
}

/** 我的活动: the volunteer's sign-ups, latest first, with waiting positions and check-in and check-out times. */
export default function MyActivitiesPage() {
  const { t } = useTranslation();
  usePageTitle(t('activities.portal.mine'));
  const list = useMorePages<ListResult<MySignup>>([...mySignupsKey, 'list'], '/api/activities/mine', { pageSize });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <div className="page">
      <h1>{t('activities.portal.mine')}</h1>
      {list.isPending ? <Loading /> : list.isError ? <LoadFailed error={list.error} onRetry={() => list.refetch()} /> : (
        <>
          {!items.length && <p className="result-count">{t('activities.portal.myEmpty')} <Link to="/activities">{t('activities.portal.browse')}</Link></p>}
          <ul className="cards cards-single">{items.map((s) => <MySignupCard key={s.id} signup={s} />)}</ul>
          <LoadMore list={list} />
        </>
      )}
    </div>
  );
}
