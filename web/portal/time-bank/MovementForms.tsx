import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField, minutesOf } from './FormField';
import { useMovement, useServiceTypeOptions, type MovementAnswer } from './time-bank-api';

/** Cancel folds the form away; after an accepted request, "another one" opens a fresh form (a new request key). */
type FormProps = { onCancel(): void; onAgain(): void };

/**
 * The frame every movement form shares: the hours, the form's own fields, its message, submit and
 * cancel; once accepted, what happened. The request key is drawn when the form opens (`useMovement`).
 */
function MovementForm({ url, testId, body, fields, done, onCancel, onAgain }: FormProps & {
  url: string; testId: string; body: () => Record<string, unknown>;
  fields: (errors: Record<string, string>) => ReactNode; done: (answer: MovementAnswer) => string;
}) {
  const { t } = useTranslation();
  const { mutation, fieldErrors, setFieldErrors, formError } = useMovement<Record<string, unknown>>(url);
  const [hours, setHours] = useState('');
  if (mutation.isSuccess) {
    return (
      <div className="tb-done">
        <p className="portal-success" role="status" data-testid={`${testId}-done`}>{done(mutation.data)}</p>
        <button type="button" className="button-secondary" onClick={onAgain}>{t('timeBank.portal.again')}</button>
      </div>
    );
  }
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const minutes = minutesOf(hours);
    if (minutes === null) return setFieldErrors({ minutes: t('timeBank.portal.hoursRequired') });
    mutation.mutate({ ...body(), minutes });
  };
  return (
    <form className="tb-form" noValidate onSubmit={onSubmit} data-testid={testId}>
      <FormField label={t('timeBank.portal.minutes')} help={t('timeBank.portal.minutesHint')} error={fieldErrors.minutes} required>
        <input type="number" inputMode="decimal" min="0.5" step="0.5" value={hours} onChange={(e) => setHours(e.target.value)} />
      </FormField>
      {fields(fieldErrors)}
      {formError && <p className="portal-alert" role="alert">{formError}</p>}
      <div className="form-actions">
        <button type="submit" disabled={mutation.isPending}>{mutation.isPending ? t('timeBank.portal.submitting') : t('timeBank.portal.submit')}</button>
        <button type="button" className="button-secondary" onClick={onCancel}>{t('timeBank.portal.cancel')}</button>
      </div>
    </form>
  );
}

/** The recipient's ID number and name, as the transfer and the gift to an elder ask them. */
function RecipientFields({ errors, idNumber, name, onIdNumber, onName }: {
  errors: Record<string, string>; idNumber: string; name: string; onIdNumber(v: string): void; onName(v: string): void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <FormField label={t('timeBank.portal.recipientIdNumber')} help={t('timeBank.portal.recipientHint')} error={errors.recipientIdNumber} required>
        <input type="text" inputMode="text" autoComplete="off" maxLength={18} value={idNumber} onChange={(e) => onIdNumber(e.target.value)} />
      </FormField>
      <FormField label={t('timeBank.portal.recipientName')} error={errors.recipientName} required>
        <input type="text" autoComplete="off" maxLength={50} value={name} onChange={(e) => onName(e.target.value)} />
      </FormField>
    </>
  );
}

/** 兑换服务: hours spent on a service the volunteer receives. */
export function WithdrawForm(props: FormProps) {
  const { t } = useTranslation();
  const serviceTypes = useServiceTypeOptions();
  const [serviceType, setServiceType] = useState('');
  const [note, setNote] = useState('');
  return (
    <MovementForm
      url="/api/time-bank/withdrawals" testId="withdraw-form" {...props}
      body={() => ({ serviceType, ...(note.trim() ? { note: note.trim() } : {}) })}
      done={(a) => t('timeBank.portal.withdrawn', { hours: a.hours, balance: a.balance.hours })}
      fields={(errors) => (
        <>
          <FormField label={t('timeBank.portal.serviceType')} error={errors.serviceType} required>
            <select value={serviceType} onChange={(e) => setServiceType(e.target.value)}>
              <option value="">{t('timeBank.portal.chooseServiceType')}</option>
              {serviceTypes.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
            </select>
          </FormField>
          <FormField label={t('timeBank.portal.note')} error={errors.note}>
            <input type="text" maxLength={200} value={note} onChange={(e) => setNote(e.target.value)} />
          </FormField>
        </>
      )}
    />
  );
}

/** 转赠亲属: hours to a relative who is a registered volunteer, for a relationship the local rules allow. */
export function TransferForm({ relations, ...props }: FormProps & { relations: string[] }) {
  const { t } = useTranslation();
  const [idNumber, setIdNumber] = useState('');
  const [name, setName] = useState('');
  const [relationship, setRelationship] = useState('');
  return (
    <MovementForm
      url="/api/time-bank/transfers" testId="transfer-form" {...props}
      body={() => ({ recipientIdNumber: idNumber.trim(), recipientName: name.trim(), relationship })}
      done={(a) => t('timeBank.portal.transferred', { hours: a.hours, balance: a.balance.hours, name: (a.details.recipient as { name: string }).name })}
      fields={(errors) => (
        <>
          <RecipientFields errors={errors} idNumber={idNumber} name={name} onIdNumber={setIdNumber} onName={setName} />
          <FormField label={t('timeBank.portal.relationship')} error={errors.relationship} required>
            <select value={relationship} onChange={(e) => setRelationship(e.target.value)}>
              <option value="">{t('timeBank.portal.chooseRelationship')}</option>
              {relations.map((r) => <option key={r} value={r}>{t(`timeBank.relations.${r}`, { defaultValue: r })}</option>)}
            </select>
          </FormField>
        </>
      )}
    />
  );
}

/** 爱心捐赠: hours to the district's donation pool, or to an elder in need. */
export function DonateForm(props: FormProps) {
  const { t } = useTranslation();
  const [to, setTo] = useState<'pool' | 'elder'>('pool');
  const [idNumber, setIdNumber] = useState('');
  const [name, setName] = useState('');
  return (
    <MovementForm
      url="/api/time-bank/donations" testId="donate-form" {...props}
      body={() => ({ to, ...(to === 'elder' ? { recipientIdNumber: idNumber.trim(), recipientName: name.trim() } : {}) })}
      done={(a) => t('timeBank.portal.donated', { hours: a.hours, balance: a.balance.hours })}
      fields={(errors) => (
        <>
          <fieldset className="tb-choice">
            <legend>{t('timeBank.portal.donateTo')}</legend>
            {(['pool', 'elder'] as const).map((option) => (
              <label key={option}>
                <input type="radio" name="donate-to" value={option} checked={to === option} onChange={() => setTo(option)} />
                {t(option === 'pool' ? 'timeBank.portal.toPool' : 'timeBank.portal.toElder')}
              </label>
            ))}
          </fieldset>
          {to === 'elder' && <RecipientFields errors={errors} idNumber={idNumber} name={name} onIdNumber={setIdNumber} onName={setName} />}
        </>
      )}
    />
  );
}
