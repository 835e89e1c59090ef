import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { noDistrict } from '../../platform/audit/audit';
import { verifyAuditChain } from '../../platform/audit/verify-audit-chain';

/** Verifies the chains the actor may see: their districts (and, for admins, unknown-user logins). */
export async function verifyAuditChainAction({ ctx }: { ctx: ActorCtx }) {
  await authorize(ctx, 'audit.read');
  const own = ctx.actor.jurisdictionCode.slice(0, 6);
  return verifyAuditChain(ctx.db, ctx.actor.role === 'admin' ? [own, noDistrict] : [own]);
}
