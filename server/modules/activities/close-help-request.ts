import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { ConflictError } from '../../platform/errors';
import { authorize } from '../../platform/policy/authorize';
import { helpRequests } from './activities.tables';
import { findHelpRequestInScope, theHelpRequest } from './find-help-request';
import { presentHelpRequests } from './help-request-names';
import type { closeHelpRequestBodySchema } from './activities.schemas';

/**
 * Closes a request (served, or withdrawn by the resident). The table has no column for the closing
 * note: it is kept in the audit row, which is where the request's history is read.
 */
export async function closeHelpRequest({ ctx, id, input }: { ctx: ActorCtx; id: string; input: z.infer<typeof closeHelpRequestBodySchema> }) {
  await authorize(ctx, 'helpRequest.manage');
  const request = await findHelpRequestInScope(ctx, id);
  if (request.status === 'closed') throw new ConflictError('helpRequestClosed');
  const [closed] = await ctx.db.transaction(async (tx) => {
    const rows = await tx.update(helpRequests).set({ status: 'closed', updatedAt: new Date() })
      .where(theHelpRequest(request, ctx, request.status)).returning();
    if (!rows.length) throw new ConflictError('helpRequestClosed');
    await recordAudit(tx, auditActor(ctx), { action: 'helpRequest.close', targetType: 'help_request', targetId: request.id, details: { note: input.note } });
    return rows;
  });
  const [presented] = await presentHelpRequests(ctx, [closed]);
  return presented;
}
