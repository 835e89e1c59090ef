import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../common/api';
import { ApiProblem } from '../../common/problem';

type FieldErrors = Partial<Record<'reason' | 'contact', string>>;

/**
 * 提出异议: the reason is required, a contact is optional. The server's field errors (in the UI's
 * language) show under their fields; anything else (e.g. the notice just closed) above the button.
 */
export function ObjectionForm({ noticeId, organizationName, onCancel, url = `/api/public/notices/${noticeId}/objections` }: {
  noticeId: string; organizationName: string; onCancel: () => void; /** Where to send it: a filing's notice by default, or a grade's. */ url?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState('');
  const [contact, setContact] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState('');
  const submit = useMutation({
    mutationFn: () => api.post<{ id: string }>(url, {
      reason: reason.trim(), ...(contact.trim() ? { contact: contact.trim() } : {}),
    }),
    onError: (error) => {
      if (!(error instanceof ApiProblem)) return setFormError(String(error));
      const next: FieldErrors = {};
      for (const e of error.fieldErrors) if (e.path === 'reason' || e.path === 'contact') next[e.path] ??= e.message;
      setFieldErrors(next);
      setFormError(Object.keys(next).length ? '' : error.problem.title);
    },
  });

  if (submit.isSuccess) {
    return <p className="portal-success" role="status" data-testid="objection-done">{t('portal.objection.done')}</p>;
  }
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setFormError('');
    if (!reason.trim()) return setFieldErrors({ reason: t('portal.objection.reasonRequired') });
    setFieldErrors({});
    submit.mutate();
  };
  return (
    <form className="objection-form" noValidate onSubmit={onSubmit} aria-label={t('portal.objection.title', { name: organizationName })}>
      <h3>{t('portal.objection.title', { name: organizationName })}</h3>
      <label htmlFor={`${id}-reason`}>{t('portal.objection.reason')} <span aria-hidden="true" className="required">*</span></label>
      <textarea
        id={`${id}-reason`} rows={4} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)}
        aria-invalid={Boolean(fieldErrors.reason)} aria-describedby={`${id}-reason-help`} aria-required="true"
      />
      <p id={`${id}-reason-help`} className={fieldErrors.reason ? 'field-error' : 'field-help'}>{fieldErrors.reason ?? t('portal.objection.reasonHint')}</p>
      <label htmlFor={`${id}-contact`}>{t('portal.objection.contact')}</label>
      <input
        id={`${id}-contact`} type="text" maxLength={100} autoComplete="tel" value={contact} onChange={(e) => setContact(e.target.value)}
        aria-invalid={Boolean(fieldErrors.contact)} aria-describedby={`${id}-contact-help`}
      />
      <p id={`${id}-contact-help`} className={fieldErrors.contact ? 'field-error' : 'field-help'}>{fieldErrors.contact ?? t('portal.objection.contactHint')}</p>
      {formError && <p className="portal-alert" role="alert">{formError}</p>}
      <div className="form-actions">
        <button type="submit" disabled={submit.isPending}>{submit.isPending ? t('portal.objection.submitting') : t('portal.objection.submit')}</button>
        <button type="button" className="button-secondary" onClick={onCancel}>{t('portal.objection.cancel')}</button>
      </div>
    </form>
  );
}
