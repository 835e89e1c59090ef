import type { FieldError } from '../../platform/errors';

/** An activity's times: the start still ahead, the end after the start. */
export function activityTimeErrors(startsAt: Date, endsAt: Date, now: Date): FieldError[] {
  const errors: FieldError[] = [];
  if (startsAt <= now) errors.push({ path: 'startsAt', key: 'activityStartInPast' });
  if (endsAt <= startsAt) errors.push({ path: 'endsAt', key: 'activityEndBeforeStart' });
  return errors;
}
