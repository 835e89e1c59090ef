import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../common/api';
import { ApiProblem } from '../../common/problem';
import type { SessionView } from '../../common/types';
import { usePageTitle } from '../components/Status';
import { usePortalSession } from './portal-session';

/** Only paths of this site: `next` never sends the reader elsewhere. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/me';
}

/** 志愿者登录: mobile number (or username) and password, then back to where the reader was going (`?next=`). */
export default function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('volunteers.signIn.title'));
  const id = useId();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const { session, signedIn } = usePortalSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const submit = useMutation({
    mutationFn: () => api.post<SessionView>('/api/auth/login', { username: username.trim(), password }),
    onSuccess: (view) => {
      signedIn(view);
      if (view.user.role === 'volunteer') navigate(next, { replace: true });
    },
    onError: (e) => setError(e instanceof ApiProblem ? e.problem.title : String(e)),
  });

  if (session?.user.role === 'volunteer') return <Navigate to={next} replace />;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!username.trim() || !password) return setError(t('volunteers.signIn.required'));
    setError('');
    submit.mutate();
  };
  return (
    <div className="page volunteer-page">
      <h1>{t('volunteers.signIn.title')}</h1>
      {session && <p className="portal-alert" role="alert">{t('volunteers.signIn.notVolunteer')} <a href="/admin">{t('volunteers.signIn.staff')}</a></p>}
      <form className="card volunteer-form" noValidate onSubmit={onSubmit} aria-label={t('volunteers.signIn.title')}>
        <div className="form-field">
          <label htmlFor={`${id}-username`}>{t('volunteers.signIn.username')}</label>
          <input id={`${id}-username`} value={username} onChange={(e) => setUsername(e.target.value)} maxLength={64} autoComplete="username" inputMode="tel" />
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-password`}>{t('volunteers.signIn.password')}</label>
          <input id={`${id}-password`} type="password" value={password} onChange={(e) => setPassword(e.target.value)} maxLength={128} autoComplete="current-password" />
        </div>
        {error && <p className="portal-alert" role="alert">{error}</p>}
        <div className="form-actions">
          <button type="submit" disabled={submit.isPending}>{submit.isPending ? t('volunteers.signIn.submitting') : t('volunteers.signIn.submit')}</button>
        </div>
        <p className="portal-muted">{t('volunteers.signIn.noAccount')} <Link to="/register">{t('volunteers.signIn.register')}</Link></p>
      </form>
    </div>
  );
}
