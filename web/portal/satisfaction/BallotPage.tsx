import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api } from '../../common/api';
import { ApiProblem } from '../../common/problem';
import { LoadFailed, Loading, usePageTitle } from '../components/Status';
import './satisfaction.css';

type Ballot = {
  round: { title: string; placeName: string | null; items: { key: string; label: string }[]; scale: 'three_level' | 'five_point'; opensOn: string; closesOn: string; state: 'open' | 'closed' };
  evaluator: { name: string; kind: string; affiliation: string | null; submittedAt: string | null };
  organizations: { id: string; name: string }[];
};

/** The answers of each scale, best first: 满意 3 / 基本满意 2 / 不满意 1, or 5 to 1. */
const scalePoints = { three_level: [3, 2, 1], five_point: [5, 4, 3, 2, 1] } as const;

/**
 * The page an evaluator's personal link opens (/satisfaction?d=<district>&t=<token>), on a phone and
 * without an account: every organization of the round, each item answered by one tap, submitted once.
 */
export default function BallotPage() {
  const { t } = useTranslation();
  usePageTitle(t('satisfaction.portal.title'));
  const [params] = useSearchParams();
  const district = params.get('d') ?? '';
  const token = params.get('t') ?? '';
  const path = `/api/public/satisfaction/${encodeURIComponent(district)}/${encodeURIComponent(token)}`;
  const ballot = useQuery({ queryKey: [path], queryFn: () => api.get<Ballot>(path), enabled: Boolean(district && token) });
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [missing, setMissing] = useState(0);
  const submit = useMutation({ mutationFn: (scores: { organizationId: string; itemKey: string; score: number }[]) => api.post(path, { scores }) });

  if (!district || !token) return <div className="page"><h1>{t('satisfaction.portal.title')}</h1><p className="portal-alert" role="alert">{t('satisfaction.portal.missingLink')}</p></div>;
  if (ballot.isPending) return <Loading />;
  if (ballot.isError) return <div className="page"><h1>{t('satisfaction.portal.title')}</h1><LoadFailed error={ballot.error} /></div>;

  const { round, evaluator, organizations } = ballot.data;
  const pairs = organizations.flatMap((o) => round.items.map((item) => ({ organizationId: o.id, itemKey: item.key, id: `${o.id}.${item.key}` })));
  const done = pairs.filter((p) => answers[p.id] !== undefined).length;
  const header = (
    <header className="ballot-header">
      <h1>{round.title}</h1>
      {round.placeName && <p className="portal-muted">{round.placeName} · {round.opensOn} ~ {round.closesOn}</p>}
      <p>{t('satisfaction.portal.evaluatorAs', { name: evaluator.name, kind: t(`satisfaction.kinds.${evaluator.kind}`) })}</p>
    </header>
  );
  const notice = submit.isSuccess ? t('satisfaction.portal.thanks')
    : evaluator.submittedAt ? t('satisfaction.portal.alreadySubmitted')
      : round.state === 'closed' ? t('satisfaction.portal.closed') : null;
  if (notice) {
    return <div className="page">{header}<p className={submit.isSuccess || evaluator.submittedAt ? 'portal-success' : 'portal-alert'} role="status" data-testid="ballot-status">{notice}</p></div>;
  }

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const unanswered = pairs.filter((p) => answers[p.id] === undefined);
    setMissing(unanswered.length);
    if (unanswered.length) {
      document.getElementById(`q-${unanswered[0].id}`)?.scrollIntoView({ behavior: 'smooth', block: 'center' });
      return;
    }
    submit.mutate(pairs.map((p) => ({ organizationId: p.organizationId, itemKey: p.itemKey, score: answers[p.id] })));
  };
  const error = submit.error instanceof ApiProblem ? submit.error.problem.title : submit.error && String(submit.error);
  const labelOf = (score: number) => t(round.scale === 'three_level' ? `satisfaction.portal.threeLevel.${score}` : `satisfaction.portal.fivePoint.${score}`);
  return (
    <form className="page ballot" noValidate onSubmit={onSubmit}>
      {header}
      <p>{t('satisfaction.portal.intro')}</p>
      {organizations.map((o) => (
        <section key={o.id} className="card ballot-organization" aria-labelledby={`org-${o.id}`} data-testid="ballot-organization">
          <h2 id={`org-${o.id}`}>{o.name}</h2>
          {round.items.map((item) => {
            const id = `${o.id}.${item.key}`;
            const unanswered = missing > 0 && answers[id] === undefined;
            return (
              <fieldset key={item.key} id={`q-${id}`} className={`choice-group ballot-question${unanswered ? ' ballot-missing' : ''}`} aria-invalid={unanswered || undefined}>
                <legend>{item.label}</legend>
                <div className={`choices ballot-choices ballot-${round.scale}`}>
                  {scalePoints[round.scale].map((score) => (
                    <label key={score} className="choice">
                      <input type="radio" name={id} value={score} checked={answers[id] === score} onChange={() => setAnswers({ ...answers, [id]: score })} />
                      {round.scale === 'five_point' ? `${score} ${labelOf(score)}` : labelOf(score)}
                    </label>
                  ))}
                </div>
              </fieldset>
            );
          })}
        </section>
      ))}
      <div className="ballot-footer">
        {missing > 0 && done < pairs.length && <p className="portal-alert" role="alert">{t('satisfaction.portal.missing', { count: pairs.length - done })}</p>}
        {error && <p className="portal-alert" role="alert" data-testid="ballot-error">{error}</p>}
        <p className="portal-muted" aria-live="polite">{t('satisfaction.portal.progress', { done, total: pairs.length })}</p>
        <button type="submit" disabled={submit.isPending}>{t(submit.isPending ? 'satisfaction.portal.submitting' : 'satisfaction.portal.submit')}</button>
      </div>
    </form>
  );
}
