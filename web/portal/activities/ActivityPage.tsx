import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../common/api';
import { activityTime } from '../../common/activity-time';
import { ApiProblem } from '../../common/problem';
import { Badge, LoadFailed, Loading, usePageTitle } from '../components/Status';
import { SignupPanel } from './SignupPanel';
import type { PublicActivity } from './activities-api';

function Field({ label, children }: { label: string; children: ReactNode }) {
  if (!children) return null;
  return <div className="field"><dt>{label}</dt><dd>{children}</dd></div>;
}

/** An activity's page: what, when, where, who hosts, places left, and signing up (or the waiting list). */
export default function ActivityPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery({ queryKey: ['public', 'activity', id], queryFn: () => api.get<PublicActivity>(`/api/public/activities/${encodeURIComponent(id)}`) });
  usePageTitle(query.data?.title);
  const back = <Link className="back-link" to="/activities">‹ {t('activities.portal.back')}</Link>;
  if (query.isPending) return <div className="page">{back}<Loading /></div>;
  if (query.isError) {
    const missing = query.error instanceof ApiProblem && [400, 404].includes(query.error.status);
    return <div className="page">{back}{missing ? <p className="portal-alert" role="alert">{t('activities.portal.notFound')}</p> : <LoadFailed error={query.error} onRetry={() => query.refetch()} />}</div>;
  }
  const a = query.data;
  return (
    <div className="page">
      {back}
      <h1>{a.title}</h1>
      <p className="badges">
        <Badge>{a.serviceTypeLabel}</Badge>
        {a.status === 'published' && (a.placesLeft > 0
          ? <Badge tone="good">{t('activities.portal.placesLeft', { count: a.placesLeft })}</Badge>
          : <Badge tone="warn">{t('activities.portal.full')}</Badge>)}
      </p>
      <section className="card">
        <dl className="fields">
          <Field label={t('activities.portal.time')}>{activityTime(a.startsAt, a.endsAt, i18n.language)}</Field>
          <Field label={t('activities.portal.place')}>{[a.streetName, a.placeName, a.address].filter(Boolean).join(' ')}</Field>
          <Field label={t('activities.portal.host')}>{a.hostName}</Field>
          <Field label={t('activities.portal.groups')}>{a.groupsServedLabels.join('、')}</Field>
          <Field label={t('activities.portal.skills')}>{a.skillsWantedLabels.join('、')}</Field>
          <Field label={t('activities.fields.capacity')}>{t('activities.portal.capacity', { count: a.capacity })}</Field>
        </dl>
        {a.description && <p className="prose activity-description">{a.description}</p>}
      </section>
      <SignupPanel activity={a} />
    </div>
  );
}
