import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { levelOfCode } from '../../platform/policy/roles';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { ConflictError, ValidationError } from '../../platform/errors';
import { organizationColumns } from '../filings/organization-fields';
import { charters, organizations, type OrgClass } from './organizations.tables';
import type { recordGuidedBodySchema, recordRegisteredBodySchema } from './organizations.schemas';

type Recorded = z.infer<typeof recordGuidedBodySchema> & { creditCode?: string };

/**
 * Organizations that do not go through the filing chain (DESIGN M1.4): registered legal persons,
 * recorded by the bureau, and community-guided groups, recorded by the committee. Both start active.
 */
async function recordOrganization(ctx: ActorCtx, orgClass: Exclude<OrgClass, 'filed'>, input: Recorded) {
  await authorize(ctx, orgClass === 'registered' ? 'organization.recordRegistered' : 'organization.recordGuided', { jurisdictionCode: input.jurisdictionCode });
  if (levelOfCode(input.jurisdictionCode) !== 'community') {
    throw new ValidationError('validation', {}, [{ path: 'jurisdictionCode', key: 'filingNeedsCommunity' }]);
  }
  const { creditCode, memberCount, ...draft } = input;
  const columns = organizationColumns(ctx.services.fieldKeys, draft);
  return ctx.db.transaction(async (tx) => {
    const [organization] = await tx.insert(organizations).values({
      ...columns, districtCode: columns.districtCode!, jurisdictionCode: input.jurisdictionCode, streetCode: columns.streetCode!,
      name: input.name, category: input.category, orgClass, status: 'active', creditCode: creditCode ?? null,
      memberCount: memberCount ?? 0, filedAt: new Date(), createdBy: ctx.actor.userId,
    }).onConflictDoNothing().returning();
    // The partial unique index (one live name per street) turns a duplicate into no row.
    if (!organization) throw new ConflictError('organizationNameTaken', {}, [{ path: 'name', key: 'organizationNameTaken' }]);
    await tx.insert(charters).values({ districtCode: organization.districtCode, organizationId: organization.id, jurisdictionCode: organization.jurisdictionCode, version: 1, parts: {} });
    await recordAudit(tx, auditActor(ctx), { action: `organization.record.${orgClass}`, targetType: 'organization', targetId: organization.id, details: { name: organization.name } });
    return { id: organization.id };
  });
}

export function recordRegistered({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof recordRegisteredBodySchema> }) {
  return recordOrganization(ctx, 'registered', input);
}

export function recordGuided({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof recordGuidedBodySchema> }) {
  return recordOrganization(ctx, 'guided', input);
}
