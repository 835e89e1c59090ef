import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { ConflictError } from '../../platform/errors';
import { findOrganizationInReach } from '../organizations/find-organization';
import { notifyRoleAt } from '../notifications/notify';
import { recordOrganizationEvent } from '../org-timeline/record-event';
import { workReports } from './work-reports.tables';
import { findWorkReportInScope } from './work-report-scope';
import { reportPeriodLabel } from './report-period';
import type { workReportContentSchema } from './work-reports.schemas';

/** The leader amends a report the committee returned and submits it again. */
export async function amendWorkReport({ ctx, id, input }: { ctx: ActorCtx; id: string; input: z.infer<typeof workReportContentSchema> }) {
  await authorize(ctx, 'workReport.submit');
  const report = await findWorkReportInScope(ctx, id);
  const organization = await findOrganizationInReach(ctx, report.organizationId);
  if (report.state !== 'returned') throw new ConflictError('workReportNotReturned');
  const now = new Date();
  const label = reportPeriodLabel(report.period);
  return ctx.db.transaction(async (tx) => {
    // Guarded by the state read above: a second submit of the same amendment finds it submitted.
    const [updated] = await tx.update(workReports).set({ ...input, state: 'submitted', submittedBy: ctx.actor.userId, submittedAt: now, updatedAt: now })
      .where(and(eq(workReports.districtCode, report.districtCode), eq(workReports.id, id), eq(workReports.state, 'returned'), inScope(ctx.actor, workReports)))
      .returning();
    if (!updated) throw new ConflictError('workReportNotReturned');
    await recordOrganizationEvent(tx, { organization, kind: 'workReports.submitted', subjectId: id, details: { period: label }, actorId: ctx.actor.userId, at: now });
    await notifyRoleAt(tx, 'committee', report.jurisdictionCode, { title: `${organization.name}补充后重新报送了${label}工作报告，请阅知`, link: `/admin/work-reports/${id}` });
    await recordAudit(tx, auditActor(ctx), { action: 'work_report.amend', targetType: 'work_report', targetId: id, details: { period: report.period } });
    return { id, state: updated.state };
  });
}
