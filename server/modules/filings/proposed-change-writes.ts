import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { inScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { ConflictError, ValidationError } from '../../platform/errors';
import { filings, type ProposedChange, type ProposedRosterMember } from './filings.tables';
import { organizationColumns } from './organization-fields';
import type { saveDraftBodySchema } from './filings.schemas';

type Filing = typeof filings.$inferSelect;

/** Writes a change's proposal, guarded by the case version so two editors cannot overwrite each other unseen. */
async function writeProposed(ctx: ActorCtx, filing: Filing, proposed: ProposedChange, audit: { action: string; details: Record<string, unknown> }) {
  await ctx.db.transaction(async (tx) => {
    const written = await tx.update(filings).set({ proposed, updatedAt: new Date() }).where(and(
      eq(filings.districtCode, filing.districtCode), eq(filings.id, filing.id), eq(filings.state, 'draft'), inScope(ctx.actor, filings),
    )).returning({ id: filings.id });
    if (!written.length) throw new ConflictError('filingNotEditable');
    await recordAudit(tx, auditActor(ctx), { action: audit.action, targetType: 'change', targetId: filing.id, details: audit.details });
  });
}

/** A change's draft edits its proposal; the filed organization is untouched until the change is filed. */
export async function saveChangeDraft(ctx: ActorCtx, filing: Filing, input: z.infer<typeof saveDraftBodySchema>) {
  const proposed = filing.proposed!;
  if (input.organization?.jurisdictionCode !== undefined) {
    throw new ValidationError('validation', {}, [{ path: 'organization.jurisdictionCode', key: 'changePlaceNotAllowed' }]);
  }
  const columns = input.organization ? organizationColumns(ctx.services.fieldKeys, input.organization) : {};
  const next: ProposedChange = {
    ...proposed,
    organization: { ...proposed.organization, ...columns },
    charter: input.charter ? (input.charter as Record<string, string>) : proposed.charter,
  };
  await writeProposed(ctx, filing, next, {
    action: 'change.saveDraft',
    details: { organization: Object.keys(input.organization ?? {}).filter((k) => !/IdNumber|Phone/.test(k)), charter: Object.keys(input.charter ?? {}) },
  });
}

/** A change's roster replaces the proposed roster (hand entry and Excel import both end here). */
export async function writeChangeRoster(ctx: ActorCtx, filing: Filing, members: ProposedRosterMember[], source: 'form' | 'excel') {
  await writeProposed(ctx, filing, { ...filing.proposed!, roster: members }, { action: 'change.roster', details: { members: members.length, source } });
  return { members: members.length };
}
