import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { levelOfCode, roleLevels, type Role } from '../../platform/policy/roles';
import { ValidationError } from '../../platform/errors';
import { blindIndex, encryptField } from '../../platform/crypto/sm';
import { endUserSessions } from '../../platform/auth/sessions';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { findUserInScope } from './find-user';
import { districtCodeOf } from '../../platform/db/columns';
import { presentUser } from './users.present';
import { users } from './users.tables';
import { organizations } from '../organizations/organizations.tables';
import type { updateUserBodySchema } from './users.schemas';

/**
 * Edits an account. Disabling it, or changing its role or place, ends its sessions (its rights
 * changed). A place in another district is refused: the district is part of the account's key
 * (docs/SCALING.md), so staff moving districts get a new account there.
 */
export async function updateUser({ ctx, input, id }: { ctx: ActorCtx; id: string; input: z.infer<typeof updateUserBodySchema> }) {
  await authorize(ctx, 'user.update');
  const user = await findUserInScope(ctx, id);
  await authorize(ctx, 'user.update', user);
  if (input.jurisdictionCode) await authorize(ctx, 'user.update', { jurisdictionCode: input.jurisdictionCode });
  if (input.status === 'disabled' && user.id === ctx.actor.userId) {
    throw new ValidationError('validation', {}, [{ path: 'status', key: 'cannotDisableSelf' }]);
  }
  if (input.jurisdictionCode && districtCodeOf(input.jurisdictionCode) !== user.districtCode) {
    throw new ValidationError('validation', {}, [{ path: 'jurisdictionCode', key: 'crossDistrictMove' }]);
  }
  const role = input.role ?? user.role;
  const jurisdictionCode = input.jurisdictionCode ?? user.jurisdictionCode;
  const level = levelOfCode(jurisdictionCode);
  if (!roleLevels[role].includes(level)) {
    throw new ValidationError('validation', {}, [{ path: input.role ? 'role' : 'jurisdictionCode', key: 'roleLevelMismatch', params: { role, level } }]);
  }
  if (input.organizationId) await checkOrganization(ctx, user.districtCode, role, input.organizationId);
  const keys = ctx.services.fieldKeys;
  const organizationChanged = input.organizationId !== undefined && input.organizationId !== user.organizationId;
  const rightsChanged = role !== user.role || jurisdictionCode !== user.jurisdictionCode || input.status === 'disabled' || organizationChanged;
  const updated = await ctx.db.transaction(async (tx) => {
    if (rightsChanged) await endUserSessions(tx, user, 'account_changed');
    const [row] = await tx
      .update(users)
      .set({
        displayName: input.displayName,
        role: input.role,
        jurisdictionCode: input.jurisdictionCode,
        status: input.status,
        organizationId: input.organizationId,
        ...(input.phone !== undefined && {
          phoneEnc: input.phone ? encryptField(keys, input.phone) : null,
          phoneIndex: input.phone ? blindIndex(keys, input.phone) : null,
        }),
        updatedAt: new Date(),
      })
      .where(and(eq(users.districtCode, user.districtCode), eq(users.id, user.id), inScope(ctx.actor, users)))
      .returning();
    await recordAudit(tx, auditActor(ctx), {
      action: 'user.update', targetType: 'user', targetId: user.id,
      details: {
        changed: Object.keys(input).filter((k) => k !== 'phone'),
        phoneChanged: input.phone !== undefined,
        role, jurisdictionCode, status: row.status,
      },
    });
    return row;
  });
  return presentUser(updated, keys);
}

/** A linked organization is one the admin can see, in the account's district, for a hub or organization account. */
async function checkOrganization(ctx: ActorCtx, districtCode: string, role: Role, organizationId: string) {
  if (role !== 'hub' && role !== 'org') {
    throw new ValidationError('validation', {}, [{ path: 'organizationId', key: 'organizationRoleMismatch' }]);
  }
  const [organization] = await ctx.db.select({ id: organizations.id }).from(organizations).where(and(
    eq(organizations.districtCode, districtCode), eq(organizations.id, organizationId), inScope(ctx.actor, organizations),
  ));
  if (!organization) throw new ValidationError('validation', {}, [{ path: 'organizationId', key: 'organizationUnknown' }]);
}
