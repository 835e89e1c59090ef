import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { shanghaiDate } from '../../platform/dates';
import { maskName } from '../../platform/crypto/mask';
import { ValidationError } from '../../platform/errors';
import { authorize } from '../../platform/policy/authorize';
import { findOwnVolunteer } from '../volunteers/own-volunteer';
import { districtAccountRef, volunteerAccountRef } from './ledger';
import { moveOwnHours } from './move-own-hours';
import { counterpart, findSenderAndRecipient } from './find-recipient';
import { ruleValues } from './rules-in-force';
import { ageOn } from './age';
import type { donateBodySchema } from './time-bank.schemas';

/**
 * 爱心捐赠: hours to the district's donation pool, or to an elder in need, who is a registered
 * volunteer of the withdrawal age in force where the elder's time bank is held (so the hours can
 * buy the elder services at once).
 */
export async function donateHours({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof donateBodySchema> }) {
  await authorize(ctx, 'timeBank.move');
  const common = { kind: 'donate' as const, clientKey: input.idempotencyKey, minutes: input.minutes };
  if (input.to === 'pool') {
    const volunteer = await findOwnVolunteer(ctx);
    return moveOwnHours(ctx, volunteer, { ...common, to: districtAccountRef(volunteer.jurisdictionCode, 'donation_pool'), details: { to: 'pool' } });
  }
  const { sender: volunteer, recipient: elder } = await findSenderAndRecipient(ctx, input.recipientIdNumber!, input.recipientName!);
  return moveOwnHours(ctx, volunteer, {
    ...common,
    to: volunteerAccountRef(elder, 'time_bank'),
    details: { to: 'elder', recipient: counterpart(elder), sender: { volunteerId: volunteer.id, name: maskName(volunteer.name) } },
    async check() {
      const { 'timeBank.withdrawAge': age } = await ruleValues(ctx.db, elder.jurisdictionCode, ['timeBank.withdrawAge']);
      if (ageOn(elder.birthDate, shanghaiDate(new Date())) < age) {
        throw new ValidationError('validation', {}, [{ path: 'recipientIdNumber', key: 'timeBankRecipientNotElder', params: { age } }]);
      }
    },
  });
}
