import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { ConflictError, ValidationError } from '../../platform/errors';
import { shanghaiDate } from '../../platform/dates';
import { findOrganizationInReach } from '../organizations/find-organization';
import { organizations } from '../organizations/organizations.tables';
import { authorityName } from '../jurisdictions/jurisdiction-names';
import { unfixedRectifications } from '../spot-checks/unfixed-rectifications';
import { creditListEntries } from './credit-lists.tables';
import { insertCreditEntry } from './credit-entry-writes';
import { entryDueOn } from './credit-list-rules';
import { getCreditEntry } from './get-credit-entry';
import type { enterCreditEntryBodySchema } from './credit-lists.schemas';

/**
 * The street or bureau puts an organization of its subtree on the abnormal-activity list: for a
 * rectification notice whose deadline passed unfixed (named), or for a decision of its own with the
 * reason. The entry records when the cause arose and the date it was due (5 working days later), so a
 * late entry shows. Missed annual reports are entered by the platform itself.
 */
export async function enterCreditEntry({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof enterCreditEntryBodySchema> }) {
  await authorize(ctx, 'creditList.enter');
  const organization = await findOrganizationInReach(ctx, input.organizationId);
  if (organization.status !== 'active' || organization.orgClass === 'guided') throw new ConflictError('creditListOrganizationNotListable');
  const today = shanghaiDate(new Date());
  if (input.causeOn > today) throw new ValidationError('validation', {}, [{ path: 'causeOn', key: 'dateInFuture' }]);
  if (input.cause === 'unfixed_rectification') {
    const overdue = await unfixedRectifications(ctx.db, ctx.actor, { districtCode: organization.districtCode, organizationId: organization.id });
    if (!overdue.some((notice) => notice.id === input.causeRef)) {
      throw new ValidationError('validation', {}, [{ path: 'causeRef', key: 'creditListRectificationNotOverdue' }]);
    }
  }
  const [entryWorkingDays, authority] = await Promise.all([
    ctx.services.settings.get('creditList.entryWorkingDays'),
    authorityName(ctx.db, ctx.actor.jurisdictionCode),
  ]);
  const id = await ctx.db.transaction(async (tx) => {
    // The organization's row orders two clerks entering the same cause: the second finds the first's entry.
    await tx.select({ id: organizations.id }).from(organizations).where(and(
      eq(organizations.districtCode, organization.districtCode), eq(organizations.id, organization.id), inScope(ctx.actor, organizations),
    )).for('update');
    const [open] = await tx.select({ id: creditListEntries.id }).from(creditListEntries).where(and(
      eq(creditListEntries.districtCode, organization.districtCode), eq(creditListEntries.organizationId, organization.id),
      eq(creditListEntries.list, 'abnormal'), isNull(creditListEntries.removedOn), eq(creditListEntries.cause, input.cause),
      input.causeRef ? eq(creditListEntries.causeRef, input.causeRef) : isNull(creditListEntries.causeRef), inScope(ctx.actor, creditListEntries),
    ));
    if (open) throw new ConflictError('creditListAlreadyListed');
    const entry = await insertCreditEntry(tx, organization, {
      list: 'abnormal', cause: input.cause, causeRef: input.causeRef ?? null, reason: input.reason, causeOn: input.causeOn,
      dueOn: entryDueOn(input.causeOn, { entryWorkingDays }), enteredOn: today,
      authority: { code: ctx.actor.jurisdictionCode, name: authority }, enteredBy: ctx.actor.userId,
    });
    await recordAudit(tx, auditActor(ctx), {
      action: 'credit_list.enter', targetType: 'credit_list_entry', targetId: entry.id, details: { organizationId: organization.id, cause: input.cause },
    });
    return entry.id;
  });
  return getCreditEntry({ ctx, id });
}
