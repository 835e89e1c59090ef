import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { shanghaiDate } from '../../platform/dates';
import { ConflictError, ValidationError } from '../../platform/errors';
import { authorize } from '../../platform/policy/authorize';
import { findOwnVolunteer } from '../volunteers/own-volunteer';
import { districtAccountRef } from './ledger';
import { moveOwnHours } from './move-own-hours';
import { ruleValues } from './rules-in-force';
import { serviceTypeEntries } from './service-types';
import { ageOn } from './age';
import type { withdrawBodySchema } from './time-bank.schemas';

/**
 * 兑换服务: the volunteer spends hours on a service they receive (debit their time bank, credit the
 * district's `time_bank_services`), once they are of the withdrawal age in force where their time
 * bank is held. Hours buy services only: there is no way to take them out as cash.
 */
export async function withdrawHours({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof withdrawBodySchema> }) {
  await authorize(ctx, 'timeBank.move');
  const volunteer = await findOwnVolunteer(ctx);
  const serviceTypes = await serviceTypeEntries(ctx.db);
  return moveOwnHours(ctx, volunteer, {
    kind: 'withdraw', clientKey: input.idempotencyKey, minutes: input.minutes,
    to: districtAccountRef(volunteer.jurisdictionCode, 'time_bank_services'),
    details: { serviceType: input.serviceType, note: input.note || null },
    async check() {
      if (!serviceTypes.some((e) => e.code === input.serviceType && e.enabled)) {
        throw new ValidationError('validation', {}, [{ path: 'serviceType', key: 'timeBankServiceTypeUnknown' }]);
      }
      const { 'timeBank.withdrawAge': age } = await ruleValues(ctx.db, volunteer.jurisdictionCode, ['timeBank.withdrawAge']);
      const current = ageOn(volunteer.birthDate, shanghaiDate(new Date()));
      if (current < age) throw new ConflictError('timeBankUnderWithdrawAge', { age, current });
    },
  });
}
