import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { ConflictError } from '../../platform/errors';
import { shanghaiDate } from '../../platform/dates';
import { removeCreditEntry as removeEntry } from './credit-entry-writes';
import { findCreditEntryInReach } from './find-credit-entry';
import { decidingAuthority } from './credit-authority';
import { getCreditEntry } from './get-credit-entry';
import type { removeCreditEntryBodySchema } from './credit-lists.schemas';

/** The listing authority takes an abnormal-list entry off because its cause is fixed (e.g. the rectification accepted). */
export async function removeCreditListEntry({ ctx, id, input }: { ctx: ActorCtx; id: string; input: z.infer<typeof removeCreditEntryBodySchema> }) {
  await authorize(ctx, 'creditList.decide');
  const { entry, organization } = await findCreditEntryInReach(ctx, id);
  if (entry.list === 'serious') throw new ConflictError('creditListSeriousNoRepair');
  const authority = await decidingAuthority(ctx, entry);
  await ctx.db.transaction(async (tx) => {
    if (!(await removeEntry(tx, organization, entry, { exit: 'cause_fixed', on: shanghaiDate(new Date()), by: ctx.actor.userId, note: input.note, authorityName: authority }))) {
      throw new ConflictError('creditListEntryRemoved');
    }
    await recordAudit(tx, auditActor(ctx), { action: 'credit_list.remove', targetType: 'credit_list_entry', targetId: entry.id, details: { exit: 'cause_fixed' } });
  });
  return getCreditEntry({ ctx, id });
}
