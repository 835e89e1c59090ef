import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../common/api';
import { ApiProblem } from '../../common/problem';
import { myCreditRecordsKey } from './service-records-api';

/** 申诉: the volunteer gives the reason they dispute a record; the server's field error shows under the field. */
export function ContestForm({ recordId, onCancel }: { recordId: string; onCancel: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [fieldError, setFieldError] = useState('');
  const [formError, setFormError] = useState('');
  const submit = useMutation({
    mutationFn: () => api.post(`/api/credit-records/${recordId}/contest`, { reason: reason.trim() }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myCreditRecordsKey }),
    onError: (error) => {
      const reasonError = error instanceof ApiProblem ? error.fieldErrors.find((e) => e.path === 'reason')?.message : undefined;
      setFieldError(reasonError ?? '');
      setFormError(reasonError ? '' : error.message);
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setFormError('');
    if (!reason.trim()) return setFieldError(t('serviceRecords.portal.contestRequired'));
    setFieldError('');
    submit.mutate();
  };
  return (
    <form className="objection-form" noValidate onSubmit={onSubmit}>
      <label htmlFor={`${id}-reason`}>{t('serviceRecords.portal.contestReason')} <span aria-hidden="true" className="required">*</span></label>
      <textarea
        id={`${id}-reason`} rows={3} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)}
        aria-invalid={Boolean(fieldError)} aria-describedby={`${id}-reason-help`} aria-required="true"
      />
      <p id={`${id}-reason-help`} className={fieldError ? 'field-error' : 'field-help'}>{fieldError || t('serviceRecords.portal.contestHint')}</p>
      {formError && <p className="portal-alert" role="alert">{formError}</p>}
      <div className="form-actions">
        <button type="submit" disabled={submit.isPending}>{submit.isPending ? t('serviceRecords.portal.submitting') : t('serviceRecords.portal.submit')}</button>
        <button type="button" className="button-secondary" onClick={onCancel}>{t('serviceRecords.portal.cancel')}</button>
      </div>
    </form>
  );
}
