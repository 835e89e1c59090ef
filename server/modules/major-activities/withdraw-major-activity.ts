import { and, eq, gt, inArray } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { ConflictError } from '../../platform/errors';
import { findOrganizationInReach } from '../organizations/find-organization';
import { notifyRoleAt } from '../notifications/notify';
import { recordOrganizationEvent } from '../org-timeline/record-event';
import { majorActivityReports } from './major-activities.tables';
import { acknowledgerNode, findMajorActivityInScope, withdrawable } from './major-activity-scope';

/** The leader withdraws a report before the activity starts (it is called off); the acknowledger hears. */
export async function withdrawMajorActivity({ ctx, id }: { ctx: ActorCtx; id: string }) {
  await authorize(ctx, 'majorActivity.report');
  const report = await findMajorActivityInScope(ctx, id);
  const organization = await findOrganizationInReach(ctx, report.organizationId);
  const now = new Date();
  if (!withdrawable(report, now)) throw new ConflictError('majorActivityCannotWithdraw');
  return ctx.db.transaction(async (tx) => {
    const [updated] = await tx.update(majorActivityReports).set({ state: 'withdrawn', updatedAt: now }).where(and(
      eq(majorActivityReports.districtCode, report.districtCode), eq(majorActivityReports.id, id), inArray(majorActivityReports.state, ['submitted', 'acknowledged']),
      gt(majorActivityReports.startsAt, now), inScope(ctx.actor, majorActivityReports),
    )).returning();
    if (!updated) throw new ConflictError('majorActivityCannotWithdraw');
    await notifyRoleAt(tx, report.acknowledgerLevel, acknowledgerNode(report), { title: `${organization.name}撤回了重大活动“${report.title}”的报告`, link: `/admin/major-activities/${id}` });
    await recordOrganizationEvent(tx, { organization, kind: 'majorActivities.withdrawn', subjectId: id, details: { title: report.title }, actorId: ctx.actor.userId, at: now });
    await recordAudit(tx, auditActor(ctx), { action: 'major_activity.withdraw', targetType: 'major_activity', targetId: id });
    return { id, state: updated.state };
  });
}
