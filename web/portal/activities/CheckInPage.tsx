import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../common/api';
import { shortTime } from '../../common/activity-time';
import { ApiProblem } from '../../common/problem';
import { LoadFailed, Loading, usePageTitle } from '../components/Status';
import { mySignupsKey, useMySignup } from './activities-api';

type Step = 'check-in' | 'check-out';
type Result = { checkInAt: string | null; checkOutAt: string | null; activityTitle: string };

/**
 * The page the activity's QR code opens (/check-in?a=<activity>&c=<code>): it checks the volunteer
 * in, or out when they are in already, and says so. When the scan fails (an expired code, no
 * camera), the 8-digit code shown at the activity can be typed instead.
 */
export default function CheckInPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('activities.portal.checkIn.title'));
  const id = useId();
  const [params] = useSearchParams();
  const activityId = params.get('a') ?? '';
  const scanned = params.get('c') ?? '';
  const queryClient = useQueryClient();
  const mine = useMySignup(activityId, Boolean(activityId));
  const [code, setCode] = useState(scanned);
  const step: Step = mine.data?.checkInAt ? 'check-out' : 'check-in';
  const submit = useMutation({
    mutationFn: (next: { step: Step; code: string }) => api.post<Result>(`/api/activities/${activityId}/${next.step}`, { code: next.code }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mySignupsKey }),
  });
  // The scanned code is sent once, as soon as we know whether this is the check-in or the check-out.
  const sent = useRef(false);
  useEffect(() => {
    if (sent.current || !scanned || mine.isPending || mine.isError || mine.data?.checkOutAt) return;
    sent.current = true;
    submit.mutate({ step, code: scanned });
  }, [scanned, mine.isPending, mine.isError, mine.data, step, submit]);

  if (!activityId) return <div className="page"><h1>{t('activities.portal.checkIn.title')}</h1><p className="portal-alert" role="alert">{t('activities.portal.checkIn.missing')}</p></div>;
  if (mine.isPending) return <Loading />;
  if (mine.isError) return <LoadFailed error={mine.error} onRetry={() => mine.refetch()} />;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    submit.mutate({ step, code: code.trim() });
  };
  const result = submit.data;
  const error = submit.error instanceof ApiProblem ? (submit.error.fieldErrors[0]?.message ?? submit.error.problem.title) : submit.error && String(submit.error);
  const link = <Link className="text-link" to={`/activities/${activityId}`}>{t('activities.portal.checkIn.viewActivity')}</Link>;
  return (
    <div className="page check-in-page">
      <h1>{t('activities.portal.checkIn.title')}</h1>
      {result ? (
        <div className="portal-success check-in-result" role="status" data-testid="check-in-result">
          <p className="check-in-headline">{t(result.checkOutAt ? 'activities.portal.checkIn.checkedOut' : 'activities.portal.checkIn.checkedIn')}</p>
          <p>{result.activityTitle}</p>
          <p>{t('activities.portal.checkIn.at', { time: shortTime(result.checkOutAt ?? result.checkInAt, i18n.language) })}</p>
        </div>
      ) : mine.data?.checkOutAt ? (
        <p className="portal-success" role="status">{t('activities.portal.checkIn.done')}</p>
      ) : submit.isPending ? (
        <p className="portal-muted" role="status">{t('activities.portal.checkIn.working')}</p>
      ) : (
        <form className="verify-form" noValidate onSubmit={onSubmit}>
          {error && <p className="portal-alert" role="alert" data-testid="check-in-error">{error}</p>}
          <label htmlFor={`${id}-code`}>{t('activities.portal.checkIn.codeLabel')}</label>
          <input
            id={`${id}-code`} inputMode="numeric" autoComplete="one-time-code" maxLength={8} value={code}
            onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))} aria-describedby={`${id}-code-help`}
          />
          <p id={`${id}-code-help`} className="field-help">{t('activities.portal.checkIn.codeHint')}</p>
          <button type="submit" disabled={code.length !== 8}>
            {t(step === 'check-out' ? 'activities.portal.checkIn.submitOut' : 'activities.portal.checkIn.submitIn')}
          </button>
        </form>
      )}
      {link}
    </div>
  );
}
