import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { generateOneTimePassword, hashPassword } from '../../platform/auth/passwords';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { insertUser } from './insert-user';
import { presentUser } from './users.present';
import type { createUserBodySchema } from './users.schemas';

/** An admin creates an account in their subtree; it gets a one-time password shown once. */
export async function createUser({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof createUserBodySchema> }) {
  await authorize(ctx, 'user.create', { jurisdictionCode: input.jurisdictionCode });
  const oneTimePassword = generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  const user = await ctx.db.transaction(async (tx) => {
    const created = await insertUser(tx, ctx.services.fieldKeys, { ...input, passwordHash, mustChangePassword: true });
    await recordAudit(tx, auditActor(ctx), {
      action: 'user.create', targetType: 'user', targetId: created.id,
      details: { username: created.username, role: created.role, jurisdictionCode: created.jurisdictionCode },
    });
    return created;
  });
  return { user: presentUser(user, ctx.services.fieldKeys), oneTimePassword };
}
