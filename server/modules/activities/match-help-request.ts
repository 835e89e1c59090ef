import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { ConflictError, ValidationError } from '../../platform/errors';
import { authorize } from '../../platform/policy/authorize';
import { findVolunteerInScope } from '../volunteers/find-volunteer';
import { helpRequests } from './activities.tables';
import { findActivityById } from './find-activity';
import { findHelpRequestInScope, theHelpRequest } from './find-help-request';
import { presentHelpRequests } from './help-request-names';
import type { matchHelpRequestBodySchema } from './activities.schemas';

/**
 * 对接: records that an open request is met by an upcoming activity or by a volunteer of the
 * actor's subtree, with a note; the request is then matched.
 */
export async function matchHelpRequest({ ctx, id, input }: { ctx: ActorCtx; id: string; input: z.infer<typeof matchHelpRequestBodySchema> }) {
  await authorize(ctx, 'helpRequest.manage');
  if (Boolean(input.activityId) === Boolean(input.volunteerId)) {
    throw new ValidationError('validation', {}, [{ path: 'activityId', key: 'helpRequestMatchOne' }]);
  }
  const request = await findHelpRequestInScope(ctx, id);
  if (request.status !== 'open') throw new ConflictError('helpRequestNotOpen');
  if (input.activityId) {
    const activity = await findActivityById(ctx, input.activityId);
    if (activity.status !== 'published' || activity.endsAt <= new Date()) {
      throw new ValidationError('validation', {}, [{ path: 'activityId', key: 'helpRequestActivityNotOpen' }]);
    }
  }
  if (input.volunteerId) await findVolunteerInScope(ctx, input.volunteerId);
  const now = new Date();
  const [matched] = await ctx.db.transaction(async (tx) => {
    const rows = await tx.update(helpRequests).set({
      status: 'matched', matchedActivityId: input.activityId ?? null, matchedVolunteerId: input.volunteerId ?? null,
      matchNote: input.note || null, matchedBy: ctx.actor.userId, matchedAt: now, updatedAt: now,
    }).where(theHelpRequest(request, ctx, 'open')).returning();
    if (!rows.length) throw new ConflictError('helpRequestNotOpen');
    await recordAudit(tx, auditActor(ctx), {
      action: 'helpRequest.match', targetType: 'help_request', targetId: request.id,
      details: { activityId: input.activityId ?? null, volunteerId: input.volunteerId ?? null, note: input.note ?? null },
    });
    return rows;
  });
  const [presented] = await presentHelpRequests(ctx, [matched]);
  return presented;
}
