import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { activityTime } from '../../common/activity-time';
import { Badge } from '../components/Status';
import type { PublicActivity } from './activities-api';

/** An activity in the list: what, when, where, and whether places are left. */
export function ActivityCard({ activity: a }: { activity: PublicActivity }) {
  const { t, i18n } = useTranslation();
  return (
    <li className="card org-card activity-card" data-testid="activity">
      <Link to={`/activities/${a.id}`}>
        <h3>{a.title}</h3>
        <p className="badges">
          <Badge>{a.serviceTypeLabel}</Badge>
          {a.placesLeft > 0 ? <Badge tone="good">{t('activities.portal.placesLeft', { count: a.placesLeft })}</Badge> : <Badge tone="warn">{t('activities.portal.full')}</Badge>}
        </p>
        <p className="activity-line">{activityTime(a.startsAt, a.endsAt, i18n.language)}</p>
        <p className="activity-line portal-muted">{[a.streetName, a.placeName, a.address].filter(Boolean).join(' ')}</p>
      </Link>
    </li>
  );
}
