import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { ForbiddenError } from '../../platform/errors';
import { shanghaiDate } from '../../platform/dates';
import { runTransition } from '../../platform/workflow/runner';
import { notifyRoleAt } from '../notifications/notify';
import { notifyOrganizationLeaders } from '../organizations/leader-reach';
import { recordOrganizationEvent } from '../org-timeline/record-event';
import { appendArchiveDocument } from '../archives/archive-filed-version';
import { authorityName } from '../jurisdictions/jurisdiction-names';
import { annualReports } from './annual-reports.tables';
import { annualReportWorkflow, type AnnualReportState } from './annual-report.workflow';
import { findAnnualReportInReach, reviewerOf } from './find-annual-report';
import { publicPartOf } from './annual-report-presenter';
import { annualReportPaper } from './annual-report-paper';
import { getAnnualReport } from './get-annual-report';
import type { annualReportTransitionBodySchema } from './annual-reports.schemas';

/**
 * Submit (the leader), accept or return (the street for a filed organization, the bureau for a
 * registered one). Acceptance publishes the public part on the portal and keeps the report in the
 * archive; each step is on the organization's timeline and tells the other side.
 */
export async function takeAnnualReportAction({ ctx, id, input }: { ctx: ActorCtx; id: string; input: z.infer<typeof annualReportTransitionBodySchema> }) {
  await authorize(ctx, 'annualReport.read');
  const { report, organization } = await findAnnualReportInReach(ctx, id);
  const reviewer = reviewerOf(organization);
  const link = `/admin/annual-reports/${report.id}`;
  const what = `${organization.name} ${report.year} 年度报告`;
  const now = new Date();
  await runTransition(ctx, annualReportWorkflow, annualReports, { caseId: id, action: input.action, opinion: input.opinion }, async (tx, step) => {
    // The runner let street and bureau staff review; only the reviewer of this organization's class may.
    if (step.to !== 'submitted' && ctx.actor.role !== reviewer.role) throw new ForbiddenError('annualReportWrongReviewer');
    const own = and(eq(annualReports.districtCode, report.districtCode), eq(annualReports.id, report.id), inScope(ctx.actor, annualReports));
    const event = { organization, subjectId: report.id, actorId: ctx.actor.userId, details: { year: report.year } };
    switch (step.to as AnnualReportState) {
      case 'submitted':
        await tx.update(annualReports).set({ reviewerLevel: reviewer.level, submittedBy: ctx.actor.userId, submittedAt: now, updatedAt: now }).where(own);
        await notifyRoleAt(tx, reviewer.role, reviewer.code, { title: `${what}已报送，请审查`, link });
        await recordOrganizationEvent(tx, { ...event, kind: 'annualReports.submitted' });
        break;
      case 'accepted': {
        await tx.update(annualReports).set({
          publicPart: publicPartOf(report.year, report.content), reviewedBy: ctx.actor.userId, reviewedAt: now, reviewNote: step.opinion, updatedAt: now,
        }).where(own);
        const authority = await authorityName(tx, ctx.actor.jurisdictionCode);
        await appendArchiveDocument(tx, {
          districtCode: organization.districtCode, organizationId: organization.id, docType: 'annual_report', title: `${report.year} 年度报告`,
          snapshot: annualReportPaper(organization.name, report.year, report.content, { authority, opinion: step.opinion, on: shanghaiDate(now) }),
          issuedBy: authority, issuedOn: shanghaiDate(now), createdBy: ctx.actor.userId,
        });
        await notifyOrganizationLeaders(tx, organization, { title: `${what}已审查通过`, body: step.opinion ?? undefined, link });
        await recordOrganizationEvent(tx, { ...event, kind: 'annualReports.accepted' });
        break;
      }
      case 'returned':
        await tx.update(annualReports).set({ reviewedBy: ctx.actor.userId, reviewedAt: now, reviewNote: step.opinion, updatedAt: now }).where(own);
        await notifyOrganizationLeaders(tx, organization, { title: `${what}被退回修改`, body: step.opinion ?? undefined, link });
        await recordOrganizationEvent(tx, { ...event, kind: 'annualReports.returned' });
        break;
      case 'draft':
        break;
    }
  });
  return getAnnualReport({ ctx, id });
}
