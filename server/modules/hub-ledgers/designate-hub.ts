import { and, eq, ne } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { districtCodeOf } from '../../platform/db/columns';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors';
import { jurisdictions } from '../jurisdictions/jurisdictions.tables';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { organizations } from '../organizations/organizations.tables';
import type { designateHubBodySchema } from './hub-ledgers.schemas';

/**
 * The bureau marks an active organization as the hub organization (枢纽型社会组织) of one street of
 * its district, or takes the mark away (`hubStreetCode: null`). A street has one hub at a time.
 */
export async function designateHub({ ctx, id, input }: { ctx: ActorCtx; id: string; input: z.infer<typeof designateHubBodySchema> }) {
  await authorize(ctx, 'organization.designateHub');
  const [organization] = await ctx.db.select().from(organizations).where(and(eq(organizations.id, id), inScope(ctx.actor, organizations)));
  if (!organization) throw new NotFoundError('notFound', { what: ctx.lang === 'en' ? 'Organization' : '组织' });
  const street = input.hubStreetCode;
  if (street !== null) {
    await authorize(ctx, 'organization.designateHub', { jurisdictionCode: street });
    if (organization.status !== 'active') throw new ConflictError('organizationNotActive');
    const [node] = await ctx.db.select({ code: jurisdictions.code }).from(jurisdictions).where(eq(jurisdictions.code, street));
    if (!node || districtCodeOf(street) !== organization.districtCode) {
      throw new ValidationError('validation', {}, [{ path: 'hubStreetCode', key: 'hubStreetInvalid' }]);
    }
    const [other] = await ctx.db.select({ name: organizations.name }).from(organizations).where(and(
      eq(organizations.districtCode, organization.districtCode), eq(organizations.hubStreetCode, street), eq(organizations.isHub, true),
      eq(organizations.status, 'active'), ne(organizations.id, organization.id), inScope(ctx.actor, organizations),
    ));
    if (other) {
      const names = await jurisdictionNames(ctx.db, [street]);
      throw new ConflictError('hubStreetTaken', { street: names.get(street) ?? street, name: other.name }, [
        { path: 'hubStreetCode', key: 'hubStreetTaken', params: { street: names.get(street) ?? street, name: other.name } },
      ]);
    }
  }
  await ctx.db.transaction(async (tx) => {
    await tx.update(organizations).set({ isHub: street !== null, hubStreetCode: street, updatedAt: new Date() }).where(and(
      eq(organizations.districtCode, organization.districtCode), eq(organizations.id, organization.id), inScope(ctx.actor, organizations),
    ));
    await recordAudit(tx, auditActor(ctx), {
      action: street ? 'organization.designateHub' : 'organization.undesignateHub', targetType: 'organization', targetId: organization.id,
      details: { name: organization.name, hubStreetCode: street, previousHubStreetCode: organization.hubStreetCode },
    });
  });
  const names = street ? await jurisdictionNames(ctx.db, [street]) : new Map<string, string>();
  return { id: organization.id, name: organization.name, isHub: street !== null, hubStreetCode: street, hubStreetName: street ? names.get(street) ?? null : null };
}
