import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { ConflictError, ValidationError } from '../../platform/errors';
import { notifyRoleAt } from '../notifications/notify';
import { recordOrganizationEvent } from '../org-timeline/record-event';
import { annualReports } from '../annual-reports/annual-reports.tables';
import { levelOfCode } from '../../platform/policy/roles';
import { creditListRequests } from './credit-lists.tables';
import { findCreditEntryInReach } from './find-credit-entry';
import { getCreditEntry } from './get-credit-entry';
import type { creditRequestBodySchema } from './credit-lists.schemas';

/**
 * The organization objects to an entry (异议: it is wrong) or applies for credit repair (信用修复:
 * the cause is fixed). One request at a time per entry. A serious-list entry leaves only after its
 * clean years or on an objection, so it takes no repair; a missed annual report is repaired only once
 * the report has been submitted.
 */
export async function requestCreditChange({ ctx, id, input }: { ctx: ActorCtx; id: string; input: z.infer<typeof creditRequestBodySchema> }) {
  await authorize(ctx, 'creditList.request');
  const { entry, organization } = await findCreditEntryInReach(ctx, id);
  if (entry.removedOn) throw new ConflictError('creditListEntryRemoved');
  if (input.kind === 'repair' && entry.list === 'serious') throw new ValidationError('validation', {}, [{ path: 'kind', key: 'creditListSeriousNoRepair' }]);
  if (input.kind === 'repair' && entry.cause === 'missed_annual_report') {
    const year = Number(entry.causeOn.slice(0, 4)) - 1;
    const [filed] = await ctx.db.select({ id: annualReports.id }).from(annualReports).where(and(
      eq(annualReports.districtCode, organization.districtCode), eq(annualReports.organizationId, organization.id), eq(annualReports.year, year),
      inArray(annualReports.state, ['submitted', 'accepted']), inScope(ctx.actor, annualReports),
    ));
    if (!filed) throw new ValidationError('validation', {}, [{ path: 'kind', key: 'creditListRepairReportMissing', params: { year } }]);
  }
  await ctx.db.transaction(async (tx) => {
    const [created] = await tx.insert(creditListRequests).values({
      districtCode: entry.districtCode, entryId: entry.id, organizationId: organization.id, jurisdictionCode: entry.jurisdictionCode,
      kind: input.kind, statement: input.statement, attachmentId: input.attachmentId ?? null, requestedBy: ctx.actor.userId, requestedAt: new Date(),
    }).onConflictDoNothing().returning({ id: creditListRequests.id });
    // The partial unique index on pending requests turns a second one into nothing inserted.
    if (!created) throw new ConflictError('creditListRequestPending');
    const authorityRole = levelOfCode(entry.authorityCode) === 'street' ? 'street' : 'bureau';
    await notifyRoleAt(tx, authorityRole, entry.authorityCode, {
      title: `${organization.name}对列入${entry.list === 'abnormal' ? '活动异常名录' : '严重违法失信名单'}提出${input.kind === 'objection' ? '异议' : '信用修复申请'}`,
      link: `/admin/credit-lists/${entry.id}`,
    });
    await recordOrganizationEvent(tx, { organization, kind: `creditLists.${input.kind}Requested`, subjectId: entry.id, actorId: ctx.actor.userId, details: { list: entry.list } });
    await recordAudit(tx, auditActor(ctx), { action: `credit_list.${input.kind}`, targetType: 'credit_list_entry', targetId: entry.id, details: { requestId: created.id } });
  });
  return getCreditEntry({ ctx, id });
}
