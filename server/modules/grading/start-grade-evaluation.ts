import { and, eq, isNull } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { ConflictError } from '../../platform/errors';
import { inScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import type { Organization } from '../organizations/find-organization';
import { creditListEntries } from '../credit-lists/credit-lists.tables';
import { recordOrganizationEvent } from '../org-timeline/record-event';
import { notifyRoleAt } from '../notifications/notify';
import { gradeEvaluations } from './grading.tables';
import { indexIdInForce } from './index-in-force';

/**
 * Opens a grade evaluation of an organization, applied for by its leader or enrolled by the bureau:
 * a filed or registered organization that is active, not in an open evaluation and not on the
 * serious-violation list (seed 003). It is scored on the index in force at its place today.
 */
export async function startGradeEvaluation(ctx: ActorCtx, organization: Organization, origin: 'applied' | 'enrolled'): Promise<string> {
  if (!['filed', 'registered'].includes(organization.orgClass) || organization.status !== 'active') {
    throw new ConflictError('gradeNotEligible', {}, [{ path: 'organizationId', key: 'gradeNotEligible' }]);
  }
  const [serious] = await ctx.db.select({ id: creditListEntries.id }).from(creditListEntries).where(and(
    eq(creditListEntries.districtCode, organization.districtCode), eq(creditListEntries.organizationId, organization.id),
    eq(creditListEntries.list, 'serious'), isNull(creditListEntries.removedOn), inScope(ctx.actor, creditListEntries),
  )).limit(1);
  if (serious) throw new ConflictError('gradeSeriousList', {}, [{ path: 'organizationId', key: 'gradeSeriousList' }]);
  return ctx.db.transaction(async (tx) => {
    const index = await indexIdInForce(tx, organization.jurisdictionCode, ctx.actor.userId);
    const [created] = await tx.insert(gradeEvaluations).values({
      districtCode: organization.districtCode, organizationId: organization.id, jurisdictionCode: organization.jurisdictionCode,
      indexId: index.id, origin, state: 'applied', createdBy: ctx.actor.userId,
    }).onConflictDoNothing().returning({ id: gradeEvaluations.id });
    // One open evaluation per organization (a partial unique index): a second start inserts nothing.
    if (!created) throw new ConflictError('gradeEvaluationOpen', {}, [{ path: 'organizationId', key: 'gradeEvaluationOpen' }]);
    await recordAudit(tx, auditActor(ctx), {
      action: `grade.${origin === 'applied' ? 'apply' : 'enrol'}`, targetType: 'grade_evaluation', targetId: created.id,
      details: { organizationId: organization.id, name: organization.name, indexVersion: index.version },
    });
    await recordOrganizationEvent(tx, {
      organization, kind: `grading.${origin}`, subjectId: created.id, details: { indexVersion: index.version }, actorId: ctx.actor.userId,
    });
    if (origin === 'applied') {
      await notifyRoleAt(tx, 'bureau', organization.districtCode, { title: `等级评估申请：${organization.name}`, link: `/admin/grade-evaluations/${created.id}` });
    }
    return created.id;
  });
}
