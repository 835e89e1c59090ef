import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { ConflictError, ValidationError } from '../../platform/errors';
import { shanghaiDate } from '../../platform/dates';
import { findOrganizationInReach } from '../organizations/find-organization';
import { notifyOrganizationLeaders } from '../organizations/leader-reach';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { recordOrganizationEvent } from '../org-timeline/record-event';
import { appendArchiveDocument } from '../archives/archive-filed-version';
import { workReports } from './work-reports.tables';
import { findWorkReportInScope } from './work-report-scope';
import { workReportPaper } from './work-report-presenter';
import { reportPeriodLabel } from './report-period';
import type { reviewWorkReportBodySchema } from './work-reports.schemas';

/**
 * The committee of the organization's community acknowledges a submitted report (阅知: kept in
 * the archive) or returns it asking for more (补充, with a note). The leader hears of either.
 */
export async function reviewWorkReport({ ctx, id, input }: { ctx: ActorCtx; id: string; input: z.infer<typeof reviewWorkReportBodySchema> }) {
  await authorize(ctx, 'workReport.review');
  const report = await findWorkReportInScope(ctx, id);
  const organization = await findOrganizationInReach(ctx, report.organizationId);
  if (input.action === 'return' && !input.note) throw new ValidationError('validation', {}, [{ path: 'note', key: 'workReportNoteRequired' }]);
  if (report.state !== 'submitted') throw new ConflictError('workReportNotSubmitted');
  const now = new Date();
  const label = reportPeriodLabel(report.period);
  const state = input.action === 'acknowledge' ? 'acknowledged' : 'returned';
  const placeName = (await jurisdictionNames(ctx.db, [report.jurisdictionCode])).get(report.jurisdictionCode) ?? '';
  return ctx.db.transaction(async (tx) => {
    const [updated] = await tx.update(workReports).set({ state, reviewedBy: ctx.actor.userId, reviewedAt: now, reviewNote: input.note ?? null, updatedAt: now })
      .where(and(eq(workReports.districtCode, report.districtCode), eq(workReports.id, id), eq(workReports.state, 'submitted'), inScope(ctx.actor, workReports)))
      .returning();
    // Another clerk of the committee answered first.
    if (!updated) throw new ConflictError('workReportNotSubmitted');
    const link = `/admin/work-reports/${id}`;
    if (state === 'acknowledged') {
      await appendArchiveDocument(tx, {
        districtCode: report.districtCode, organizationId: report.organizationId, docType: 'report', title: `${label}工作报告`,
        snapshot: workReportPaper(updated, { organizationName: organization.name, placeName }, now), issuedBy: organization.name,
        issuedOn: shanghaiDate(updated.submittedAt), createdBy: ctx.actor.userId,
      });
      await notifyOrganizationLeaders(tx, organization, { title: `${label}工作报告已经${placeName}“两委”阅知`, link });
    } else {
      await notifyOrganizationLeaders(tx, organization, { title: `${label}工作报告被退回补充`, body: input.note, link });
    }
    await recordOrganizationEvent(tx, { organization, kind: `workReports.${state}`, subjectId: id, details: { period: label }, actorId: ctx.actor.userId, at: now });
    await recordAudit(tx, auditActor(ctx), { action: `work_report.${input.action}`, targetType: 'work_report', targetId: id, details: { period: report.period } });
    return { id, state };
  });
}
