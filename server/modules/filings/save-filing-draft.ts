import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { ConflictError, ValidationError } from '../../platform/errors';
import { districtCodeOf } from '../../platform/db/columns';
import { levelOfCode } from '../../platform/policy/roles';
import { charters, organizations, rosterMembers } from '../organizations/organizations.tables';
import { filings } from './filings.tables';
import { assertDraft, findFilingInScope } from './find-filing';
import { organizationColumns } from './organization-fields';
import type { saveDraftBodySchema } from './filings.schemas';
import { saveChangeDraft } from './proposed-change-writes';

/** Saves what the founder typed so far; nothing is checked for completeness until submission. */
export async function saveFilingDraft({ ctx, id, input }: { ctx: ActorCtx; id: string; input: z.infer<typeof saveDraftBodySchema> }) {
  await authorize(ctx, 'filing.edit');
  const { filing, organization } = await findFilingInScope(ctx, id);
  assertDraft(filing);
  if (filing.kind === 'change') return saveChangeDraft(ctx, filing, input);
  if (filing.kind !== 'filing') throw new ConflictError('filingNotEditable');
  const place = input.organization?.jurisdictionCode;
  if (place) {
    await authorize(ctx, 'filing.edit', { jurisdictionCode: place });
    if (levelOfCode(place) !== 'community' || districtCodeOf(place) !== organization.districtCode) {
      throw new ValidationError('validation', {}, [{ path: 'organization.jurisdictionCode', key: 'filingNeedsCommunity' }]);
    }
  }
  await ctx.db.transaction(async (tx) => {
    if (input.organization) {
      const { districtCode: _fixed, ...columns } = organizationColumns(ctx.services.fieldKeys, input.organization);
      await tx.update(organizations).set({ ...columns, updatedAt: new Date() })
        .where(and(eq(organizations.districtCode, organization.districtCode), eq(organizations.id, organization.id), inScope(ctx.actor, organizations)));
    }
    if (place && place !== organization.jurisdictionCode) {
      // The case and its records follow the organization to its new community (same district).
      const own = (table: typeof filings | typeof charters | typeof rosterMembers) =>
        and(eq(table.districtCode, organization.districtCode), eq(table.organizationId, organization.id), inScope(ctx.actor, table));
      await tx.update(filings).set({ jurisdictionCode: place }).where(own(filings));
      await tx.update(charters).set({ jurisdictionCode: place }).where(own(charters));
      await tx.update(rosterMembers).set({ jurisdictionCode: place }).where(own(rosterMembers));
    }
    if (input.charter) {
      await tx.update(charters).set({ parts: input.charter as Record<string, string> })
        .where(and(
          eq(charters.districtCode, organization.districtCode), eq(charters.organizationId, organization.id),
          eq(charters.version, filing.charterVersion!), inScope(ctx.actor, charters),
        ));
    }
    await recordAudit(tx, auditActor(ctx), {
      action: 'filing.saveDraft', targetType: 'filing', targetId: filing.id,
      details: { organization: Object.keys(input.organization ?? {}).filter((k) => !/IdNumber|Phone/.test(k)), charter: Object.keys(input.charter ?? {}) },
    });
  });
}
