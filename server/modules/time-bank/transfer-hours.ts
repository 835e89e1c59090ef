import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { maskName } from '../../platform/crypto/mask';
import { ValidationError } from '../../platform/errors';
import { authorize } from '../../platform/policy/authorize';
import { volunteerAccountRef } from './ledger';
import { moveOwnHours } from './move-own-hours';
import { counterpart, findSenderAndRecipient } from './find-recipient';
import { ruleValues } from './rules-in-force';
import type { transferBodySchema } from './time-bank.schemas';

/**
 * 转赠亲属: hours to a relative who is a registered volunteer, for a relationship the rules in force
 * where the sender's time bank is held allow. The relationship is recorded with the movement.
 */
export async function transferHours({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof transferBodySchema> }) {
  await authorize(ctx, 'timeBank.move');
  const { sender: volunteer, recipient } = await findSenderAndRecipient(ctx, input.recipientIdNumber, input.recipientName);
  return moveOwnHours(ctx, volunteer, {
    kind: 'transfer', clientKey: input.idempotencyKey, minutes: input.minutes,
    to: volunteerAccountRef(recipient, 'time_bank'),
    details: { relationship: input.relationship, recipient: counterpart(recipient), sender: { volunteerId: volunteer.id, name: maskName(volunteer.name) } },
    async check() {
      const { 'timeBank.transferRelations': allowed } = await ruleValues(ctx.db, volunteer.jurisdictionCode, ['timeBank.transferRelations']);
      if (!allowed.includes(input.relationship)) throw new ValidationError('validation', {}, [{ path: 'relationship', key: 'timeBankRelationNotAllowed' }]);
    },
  });
}
