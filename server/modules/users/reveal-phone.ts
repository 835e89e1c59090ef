import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { decryptField } from '../../platform/crypto/sm';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { findUserInScope } from './find-user';

/** Shows a phone number unmasked; the access itself is an audit row. */
export async function revealPhone({ ctx, id }: { ctx: ActorCtx; id: string }) {
  await authorize(ctx, 'user.revealPhone');
  const user = await findUserInScope(ctx, id);
  await authorize(ctx, 'user.revealPhone', user);
  await recordAudit(ctx.db, auditActor(ctx), { action: 'user.revealPhone', targetType: 'user', targetId: user.id });
  return { phone: user.phoneEnc ? decryptField(ctx.services.fieldKeys, user.phoneEnc) : null };
}
