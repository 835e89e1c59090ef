import type { ActorCtx } from '../context';
import type { AuditActor } from './audit';

/** The audit identity of a signed-in request. */
export function auditActor(ctx: ActorCtx): AuditActor {
  const { actor } = ctx;
  return {
    userId: actor.userId,
    username: actor.username,
    role: actor.role,
    jurisdictionCode: actor.jurisdictionCode,
    sourceAddress: ctx.sourceAddress,
  };
}
