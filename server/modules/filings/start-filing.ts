import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { levelOfCode } from '../../platform/policy/roles';
import { ValidationError } from '../../platform/errors';
import { charters, organizations } from '../organizations/organizations.tables';
import { filings } from './filings.tables';
import { organizationColumns } from './organization-fields';
import type { startFilingBodySchema } from './filings.schemas';

/**
 * A founder (or a committee clerk for them) starts a filing: a draft organization, an empty charter
 * and a filing case in `draft`, which they fill in over several visits before submitting.
 */
export async function startFiling({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof startFilingBodySchema> }) {
  await authorize(ctx, 'filing.create', { jurisdictionCode: input.jurisdictionCode });
  if (levelOfCode(input.jurisdictionCode) !== 'community') {
    throw new ValidationError('validation', {}, [{ path: 'jurisdictionCode', key: 'filingNeedsCommunity' }]);
  }
  const columns = organizationColumns(ctx.services.fieldKeys, input);
  return ctx.db.transaction(async (tx) => {
    const [organization] = await tx.insert(organizations).values({
      ...columns,
      districtCode: columns.districtCode!, jurisdictionCode: input.jurisdictionCode, streetCode: columns.streetCode!,
      name: input.name, category: input.category, orgClass: 'filed', status: 'draft', createdBy: ctx.actor.userId,
    }).returning();
    await tx.insert(charters).values({
      districtCode: organization.districtCode, organizationId: organization.id, jurisdictionCode: organization.jurisdictionCode, version: 1, parts: {},
    });
    const [filing] = await tx.insert(filings).values({
      districtCode: organization.districtCode, organizationId: organization.id, jurisdictionCode: organization.jurisdictionCode,
      state: 'draft', charterVersion: 1, createdBy: ctx.actor.userId,
    }).returning();
    await recordAudit(tx, auditActor(ctx), { action: 'filing.create', targetType: 'filing', targetId: filing.id, details: { organizationId: organization.id } });
    return { filingId: filing.id, organizationId: organization.id };
  });
}
