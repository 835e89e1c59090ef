import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { ConflictError } from '../../platform/errors';
import { findOrganizationInReach } from '../organizations/find-organization';
import { notifyRoleAt } from '../notifications/notify';
import { recordOrganizationEvent } from '../org-timeline/record-event';
import { workReports } from './work-reports.tables';
import { assertReportablePeriod } from './work-report-scope';
import { reportPeriodLabel } from './report-period';
import type { submitWorkReportBodySchema } from './work-reports.schemas';

/**
 * The leader reports a period's work to the committee of the organization's community: once per
 * organization and period (a returned report is amended, not written again).
 */
export async function submitWorkReport({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof submitWorkReportBodySchema> }) {
  await authorize(ctx, 'workReport.submit');
  const organization = await findOrganizationInReach(ctx, input.organizationId);
  if (organization.status !== 'active') throw new ConflictError('workReportOrganizationInactive');
  await assertReportablePeriod(ctx, input.period);
  const { organizationId, period, ...content } = input;
  const now = new Date();
  const label = reportPeriodLabel(period);
  return ctx.db.transaction(async (tx) => {
    const [report] = await tx.insert(workReports).values({
      districtCode: organization.districtCode, organizationId, jurisdictionCode: organization.jurisdictionCode, period, ...content,
      state: 'submitted', submittedBy: ctx.actor.userId, submittedAt: now,
    }).onConflictDoNothing().returning();
    if (!report) throw new ConflictError('workReportExists');
    await recordOrganizationEvent(tx, { organization, kind: 'workReports.submitted', subjectId: report.id, details: { period: label }, actorId: ctx.actor.userId, at: now });
    await notifyRoleAt(tx, 'committee', organization.jurisdictionCode, { title: `${organization.name}报送了${label}工作报告，请阅知`, link: `/admin/work-reports/${report.id}` });
    await recordAudit(tx, auditActor(ctx), { action: 'work_report.submit', targetType: 'work_report', targetId: report.id, details: { organizationId, period } });
    return { id: report.id, state: report.state };
  });
}
