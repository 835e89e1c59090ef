import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../common/api';
import { shortTime } from '../../common/activity-time';
import { ApiProblem } from '../../common/problem';
import { Loading } from '../components/Status';
import { usePortalSession } from '../volunteer/portal-session';
import { mySignupsKey, useMySignup, type MySignup, type PublicActivity } from './activities-api';

/** What the volunteer's own sign-up says, in words. */
function SignupState({ signup }: { signup: MySignup }) {
  const { t, i18n } = useTranslation();
  const times = [
    signup.checkInAt && t('activities.portal.checkedInAt', { time: shortTime(signup.checkInAt, i18n.language) }),
    signup.checkOutAt && t('activities.portal.checkedOutAt', { time: shortTime(signup.checkOutAt, i18n.language) }),
  ].filter(Boolean).join(' · ');
  const words: Record<MySignup['status'], string> = {
    signed_up: t('activities.portal.signedUp'), waitlisted: t('activities.portal.waitlisted', { position: signup.waitlistPosition }),
    cancelled: t('activities.portal.cancelledSignup'), late_cancelled: t('activities.portal.lateCancelled'),
    attended: t('activities.portal.attended'), confirmed: t('activities.portal.attended'), no_show: t('activities.portal.noShow'),
  };
  const tone = signup.status === 'signed_up' || signup.status === 'attended' || signup.status === 'confirmed' ? 'portal-success' : 'portal-alert';
  return <div className={tone} role="status" data-testid="signup-state"><p>{words[signup.status]}</p>{times && <p>{times}</p>}</div>;
}

/**
 * 报名 on the activity's page: sign in first (brought back here), then sign up, or join the waiting
 * list when it is full; cancel (asked twice: a late cancellation is recorded) until the start.
 */
export function SignupPanel({ activity }: { activity: PublicActivity }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { session, loading } = usePortalSession();
  const volunteer = session?.user.role === 'volunteer';
  const mine = useMySignup(activity.id, volunteer);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState('');
  const after = {
    onSuccess: async () => {
      setError('');
      setConfirming(false);
      await Promise.all([queryClient.invalidateQueries({ queryKey: mySignupsKey }), queryClient.invalidateQueries({ queryKey: ['public', 'activity', activity.id] })]);
    },
    onError: (e: Error) => setError(e instanceof ApiProblem ? e.problem.title : String(e)),
  };
  const signUp = useMutation({ mutationFn: () => api.post(`/api/activities/${activity.id}/signups`), ...after });
  const cancel = useMutation({ mutationFn: () => api.post(`/api/activities/${activity.id}/signups/cancel`), ...after });

  if (activity.status !== 'published') {
    return <p className="portal-alert" role="status">{t(activity.status === 'cancelled' ? 'activities.portal.activityCancelled' : 'activities.portal.activityClosed')}</p>;
  }
  const open = new Date(activity.startsAt) > new Date();
  if (loading || (volunteer && mine.isPending)) return <Loading />;
  if (!volunteer) {
    return open
      ? <Link className="button-link-primary" to={`/sign-in?next=${encodeURIComponent(`/activities/${activity.id}`)}`}>{t('activities.portal.signInToSignUp')}</Link>
      : <p className="portal-muted">{t('activities.portal.started')}</p>;
  }
  const signup = mine.data ?? null;
  const holding = signup?.status === 'signed_up' || signup?.status === 'waitlisted';
  const mayJoin = open && (!signup || signup.status === 'cancelled' || signup.status === 'late_cancelled');
  return (
    <section className="card signup-panel" aria-live="polite">
      {signup && <SignupState signup={signup} />}
      {!signup && !open && <p className="portal-muted">{t('activities.portal.started')}</p>}
      {error && <p className="portal-alert" role="alert">{error}</p>}
      {mayJoin && (
        <button type="button" disabled={signUp.isPending} onClick={() => signUp.mutate()}>
          {activity.placesLeft > 0 ? t('activities.portal.signUp') : t('activities.portal.joinWaitlist')}
        </button>
      )}
      {holding && open && !confirming && (
        <button type="button" className="button-secondary" onClick={() => setConfirming(true)}>{t('activities.portal.cancelSignup')}</button>
      )}
      {holding && open && confirming && (
        <div className="signup-confirm">
          <p>{t('activities.portal.cancelConfirm')}</p>
          <div className="form-actions">
            <button type="button" disabled={cancel.isPending} onClick={() => cancel.mutate()}>{t('activities.portal.confirmCancel')}</button>
            <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>{t('activities.portal.keep')}</button>
          </div>
        </div>
      )}
    </section>
  );
}
