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

/** The audit identity of work the platform does itself (scheduled jobs, automatic steps) at a place. */
export function systemAuditActor(jurisdictionCode: string): AuditActor {
  return { username: 'system', role: 'system', jurisdictionCode };
}
