import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import { api } from '../../common/api';
import { ApiProblem } from '../../common/problem';
import type { SessionView } from '../../common/types';
import { PlaceSelect } from '../components/PlaceSelect';
import { LoadFailed, Loading, usePageTitle } from '../components/Status';
import { usePortalSession } from './portal-session';
import { useVolunteerVocabulary } from './volunteer-api';
import { ChoiceGroup } from './ChoiceGroup';

const fields = ['name', 'idNumber', 'phone', 'jurisdictionCode', 'skills', 'interests', 'availability', 'password', 'passwordConfirm', 'consent'] as const;
type Field = (typeof fields)[number];
type Errors = Partial<Record<Field, string>>;

/** A labelled text input with its help or error line underneath. */
function TextField({ id, label, error, help, required, children }: { id: string; label: string; error?: string; help?: string; required?: boolean; children: ReactNode }) {
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}{required && <span aria-hidden="true" className="required"> *</span>}</label>
      {children}
      {(error || help) && <p id={`${id}-help`} className={error ? 'field-error' : 'field-help'}>{error ?? help}</p>}
    </div>
  );
}

/**
 * 注册志愿者 on a phone: real name, ID and mobile numbers, home community, skills and interests,
 * availability, a password, and the consent text with its tick box. The server checks it all again;
 * its field errors show under their fields. Registered, the person is signed in and sent to 我的.
 */
export default function RegisterPage() {
  const { t } = useTranslation();
  usePageTitle(t('volunteers.register.title'));
  const id = useId();
  const navigate = useNavigate();
  const { session, signedIn } = usePortalSession();
  const vocabulary = useVolunteerVocabulary();
  const consent = useQuery({
    queryKey: ['public', 'volunteer-consent'],
    queryFn: () => api.get<{ version: string; text: string }>('/api/public/volunteer-consent'),
  });
  const [values, setValues] = useState({
    name: '', idNumber: '', phone: '', jurisdictionCode: '', skills: [] as string[], interests: [] as string[], availability: '',
    password: '', passwordConfirm: '', consent: false,
  });
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState('');
  const set = <K extends keyof typeof values>(key: K) => (value: (typeof values)[K]) => setValues((v) => ({ ...v, [key]: value }));

  const submit = useMutation({
    mutationFn: () => api.post<SessionView>('/api/public/volunteers', {
      name: values.name, idNumber: values.idNumber, phone: values.phone, jurisdictionCode: values.jurisdictionCode, skills: values.skills,
      interests: values.interests, availability: values.availability.trim() || undefined, password: values.password, consent: values.consent,
    }),
    onSuccess: (next) => {
      signedIn(next);
      navigate('/me', { replace: true });
    },
    onError: (error) => {
      if (!(error instanceof ApiProblem)) return setFormError(String(error));
      const next: Errors = {};
      for (const e of error.fieldErrors) if ((fields as readonly string[]).includes(e.path)) next[e.path as Field] ??= e.message;
      setErrors(next);
      setFormError(Object.keys(next).length ? '' : error.problem.title);
    },
  });

  if (session?.user.role === 'volunteer') return <Navigate to="/me" replace />;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setFormError('');
    const required = (field: Field, label: string) => (String(values[field as keyof typeof values] ?? '').trim() ? undefined : t('volunteers.register.required', { field: label }));
    const next: Errors = {
      name: required('name', t('volunteers.register.name')),
      idNumber: required('idNumber', t('volunteers.register.idNumber')),
      phone: required('phone', t('volunteers.register.phone')),
      jurisdictionCode: values.jurisdictionCode.length === 12 ? undefined : t('volunteers.register.pickCommunity'),
      password: required('password', t('volunteers.register.password')),
      passwordConfirm: values.password === values.passwordConfirm ? undefined : t('volunteers.register.mismatch'),
      consent: values.consent ? undefined : t('volunteers.register.consentRequired'),
    };
    const found = Object.fromEntries(Object.entries(next).filter(([, message]) => message)) as Errors;
    setErrors(found);
    if (!Object.keys(found).length) submit.mutate();
  };
  const input = (field: 'name' | 'idNumber' | 'phone' | 'availability' | 'password' | 'passwordConfirm', extra: Record<string, unknown> = {}) => (
    <input
      id={`${id}-${field}`} value={values[field]} onChange={(e) => set(field)(e.target.value)}
      aria-invalid={Boolean(errors[field])} aria-describedby={`${id}-${field}-help`} {...extra}
    />
  );

  return (
    <div className="page volunteer-page">
      <h1>{t('volunteers.register.title')}</h1>
      <p className="portal-muted">{t('volunteers.register.intro')}</p>
      <form className="card volunteer-form" noValidate onSubmit={onSubmit} aria-label={t('volunteers.register.title')}>
        <TextField id={`${id}-name`} label={t('volunteers.register.name')} error={errors.name} required>
          {input('name', { maxLength: 50, autoComplete: 'name', 'aria-required': true })}
        </TextField>
        <TextField id={`${id}-idNumber`} label={t('volunteers.register.idNumber')} error={errors.idNumber} required>
          {input('idNumber', { maxLength: 18, autoComplete: 'off', inputMode: 'text', 'aria-required': true })}
        </TextField>
        <TextField id={`${id}-phone`} label={t('volunteers.register.phone')} error={errors.phone} help={t('volunteers.register.phoneHint')} required>
          {input('phone', { maxLength: 20, type: 'tel', autoComplete: 'tel', inputMode: 'numeric', 'aria-required': true })}
        </TextField>
        <div className="form-field">
          <span className="field-label">{t('volunteers.register.place')}<span aria-hidden="true" className="required"> *</span></span>
          <PlaceSelect value={values.jurisdictionCode} onChange={set('jurisdictionCode')} />
          <p className={errors.jurisdictionCode ? 'field-error' : 'field-help'}>{errors.jurisdictionCode ?? t('volunteers.register.pickCommunity')}</p>
        </div>
        <ChoiceGroup name="skills" legend={t('volunteers.register.skills')} entries={vocabulary.skills} value={values.skills} onChange={set('skills')} error={errors.skills} />
        <ChoiceGroup name="interests" legend={t('volunteers.register.interests')} entries={vocabulary.interests} value={values.interests} onChange={set('interests')} error={errors.interests} />
        <TextField id={`${id}-availability`} label={t('volunteers.register.availability')} error={errors.availability} help={t('volunteers.register.availabilityHint')}>
          {input('availability', { maxLength: 200 })}
        </TextField>
        <TextField id={`${id}-password`} label={t('volunteers.register.password')} error={errors.password} help={t('volunteers.register.passwordHint')} required>
          {input('password', { type: 'password', maxLength: 128, autoComplete: 'new-password', 'aria-required': true })}
        </TextField>
        <TextField id={`${id}-passwordConfirm`} label={t('volunteers.register.passwordConfirm')} error={errors.passwordConfirm} required>
          {input('passwordConfirm', { type: 'password', maxLength: 128, autoComplete: 'new-password', 'aria-required': true })}
        </TextField>
        <section className="consent" aria-labelledby={`${id}-consent-title`}>
          <h2 id={`${id}-consent-title`}>{t('volunteers.register.consentTitle')}</h2>
          {consent.isPending ? <Loading /> : consent.isError ? <LoadFailed error={consent.error} onRetry={() => consent.refetch()} /> : (
            <>
              <p className="portal-muted">{t('volunteers.register.consentVersion', { version: consent.data.version })}</p>
              <div className="consent-text" tabIndex={0} data-testid="consent-text">{consent.data.text}</div>
            </>
          )}
          <label className="choice consent-check">
            <input type="checkbox" checked={values.consent} onChange={(e) => set('consent')(e.target.checked)} aria-invalid={Boolean(errors.consent)} />
            <span>{t('volunteers.register.consent')}</span>
          </label>
          {errors.consent && <p className="field-error">{errors.consent}</p>}
        </section>
        {formError && <p className="portal-alert" role="alert">{formError}</p>}
        <div className="form-actions">
          <button type="submit" disabled={submit.isPending}>{submit.isPending ? t('volunteers.register.submitting') : t('volunteers.register.submit')}</button>
        </div>
        <p className="portal-muted">{t('volunteers.register.haveAccount')} <Link to="/sign-in">{t('volunteers.register.signIn')}</Link></p>
      </form>
    </div>
  );
}
