import type { ActorCtx } from '../context';
import { ForbiddenError } from '../errors';
import { recordAudit } from '../audit/audit';
import { auditActor } from '../audit/audit-actor';
import { can } from './policy';
import type { PolicyAction } from './rules';

/**
 * The first step of every action: may this actor do this, here? A refusal is audited (in its own
 * transaction, since the action's will not commit) and answered 403.
 */
export async function authorize(ctx: ActorCtx, action: PolicyAction, resource?: { jurisdictionCode: string }): Promise<void> {
  if (can(ctx.actor, action, resource)) return;
  const outOfScope = resource !== undefined && can(ctx.actor, action);
  await recordAudit(ctx.services.database.db, auditActor(ctx), {
    action, outcome: 'denied', targetType: 'jurisdiction', targetId: resource?.jurisdictionCode,
    details: { reason: outOfScope ? 'out_of_scope' : 'role' },
  });
  throw new ForbiddenError(outOfScope ? 'outOfScope' : 'forbidden');
}
