import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { ConflictError, NotFoundError } from '../../platform/errors';
import { shanghaiDate } from '../../platform/dates';
import { notifyOrganizationLeaders } from '../organizations/leader-reach';
import { recordOrganizationEvent } from '../org-timeline/record-event';
import { creditListRequests } from './credit-lists.tables';
import { removeCreditEntry } from './credit-entry-writes';
import { findCreditEntryInReach } from './find-credit-entry';
import { decidingAuthority } from './credit-authority';
import { getCreditEntry } from './get-credit-entry';
import type { decideCreditRequestBodySchema } from './credit-lists.schemas';

/**
 * The listing authority decides an objection or a repair application with a note. Granted, the entry
 * leaves its list (objection upheld, or repaired): gone from the portal, kept in the archive.
 */
export async function decideCreditRequest({ ctx, id, requestId, input }: {
  ctx: ActorCtx; id: string; requestId: string; input: z.infer<typeof decideCreditRequestBodySchema>;
}) {
  await authorize(ctx, 'creditList.decide');
  const { entry, organization } = await findCreditEntryInReach(ctx, id);
  const [request] = await ctx.db.select().from(creditListRequests).where(and(
    eq(creditListRequests.districtCode, entry.districtCode), eq(creditListRequests.entryId, entry.id), eq(creditListRequests.id, requestId),
    inScope(ctx.actor, creditListRequests),
  ));
  if (!request) throw new NotFoundError('notFound', { what: ctx.lang === 'en' ? 'Request' : '申请' });
  const authority = await decidingAuthority(ctx, entry);
  const now = new Date();
  await ctx.db.transaction(async (tx) => {
    const [decided] = await tx.update(creditListRequests).set({ state: input.decision, decidedBy: ctx.actor.userId, decidedAt: now, decisionNote: input.note })
      .where(and(eq(creditListRequests.districtCode, request.districtCode), eq(creditListRequests.id, request.id), eq(creditListRequests.state, 'pending'), inScope(ctx.actor, creditListRequests)))
      .returning({ id: creditListRequests.id });
    if (!decided) throw new ConflictError('creditListRequestDecided');
    const what = request.kind === 'objection' ? '异议' : '信用修复申请';
    if (input.decision === 'granted') {
      const removed = await removeCreditEntry(tx, organization, entry, {
        exit: request.kind === 'objection' ? 'objection_upheld' : 'repaired', on: shanghaiDate(now), by: ctx.actor.userId, note: input.note, authorityName: authority,
      });
      if (!removed) throw new ConflictError('creditListEntryRemoved');
    } else {
      await notifyOrganizationLeaders(tx, organization, { title: `${organization.name}的${what}未获同意`, body: input.note, link: `/admin/credit-lists/${entry.id}` });
      await recordOrganizationEvent(tx, { organization, kind: 'creditLists.requestRefused', subjectId: entry.id, actorId: ctx.actor.userId, details: { kind: request.kind } });
    }
    await recordAudit(tx, auditActor(ctx), {
      action: `credit_list.${request.kind}.${input.decision}`, targetType: 'credit_list_entry', targetId: entry.id, details: { requestId: request.id },
    });
  });
  return getCreditEntry({ ctx, id });
}
