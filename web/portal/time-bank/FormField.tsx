import { cloneElement, useId, type ReactElement } from 'react';

/** A labelled control with its help line, which turns into the field's error when there is one. */
export function FormField({ label, help, error, required, children }: {
  label: string; help?: string; error?: string; required?: boolean; children: ReactElement<Record<string, unknown>>;
}) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{label}{required && <span aria-hidden="true" className="required"> *</span>}</label>
      {cloneElement(children, { id, 'aria-invalid': Boolean(error), 'aria-describedby': `${id}-help`, ...(required ? { 'aria-required': true } : {}) })}
      <p id={`${id}-help`} className={error ? 'field-error' : 'field-help'}>{error ?? help ?? ''}</p>
    </>
  );
}

/** Hours typed as the volunteer thinks of them (1.5), sent as whole minutes; null when not a positive amount. */
export function minutesOf(hours: string): number | null {
  const minutes = Math.round(Number(hours) * 60);
  return hours.trim() && Number.isFinite(minutes) && minutes > 0 ? minutes : null;
}
