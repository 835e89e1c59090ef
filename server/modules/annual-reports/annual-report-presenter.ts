import type { ActorCtx } from '../../platform/context';
import { levelOfCode } from '../../platform/policy/roles';
import { availableActions } from '../../platform/workflow/machine';
import type { organizations } from '../organizations/organizations.tables';
import type { annualReports, AnnualReportContent } from './annual-reports.tables';
import { annualReportWorkflow } from './annual-report.workflow';
import { reviewerOf } from './find-annual-report';

type Report = typeof annualReports.$inferSelect;
type Organization = typeof organizations.$inferSelect;

/** A report as its list and detail show it, with the steps this actor may take now. */
export function presentAnnualReport(ctx: ActorCtx, report: Report, organization: Organization, extra: { placeName: string | null; dueOn: string; late: boolean }) {
  const reviewer = reviewerOf(organization);
  const mayReview = ctx.actor.role === reviewer.role;
  const actions = availableActions(annualReportWorkflow, report.state, { role: ctx.actor.role, level: levelOfCode(ctx.actor.jurisdictionCode) })
    .filter((a) => a.action === 'submit' || mayReview);
  return {
    id: report.id, organizationId: organization.id, organizationName: organization.name, orgClass: organization.orgClass,
    jurisdictionCode: report.jurisdictionCode, placeName: extra.placeName, year: report.year, state: report.state,
    stateLabel: annualReportWorkflow.stateLabels[report.state], reviewerLevel: report.reviewerLevel ?? reviewer.level,
    content: report.content, dueOn: extra.dueOn, late: extra.late,
    submittedAt: report.submittedAt?.toISOString() ?? null, reviewedAt: report.reviewedAt?.toISOString() ?? null, reviewNote: report.reviewNote,
    updatedAt: report.updatedAt.toISOString(), actions,
  };
}

/** The part of an accepted report the portal publishes: no names, no personal data. */
export function publicPartOf(year: number, content: AnnualReportContent) {
  return {
    year,
    activities: { count: content.activities.count, participants: content.activities.participants, highlights: content.activities.highlights },
    finances: { incomeFen: content.finances.incomeFen, expenseFen: content.finances.expenseFen, netAssetsFen: content.finances.netAssetsFen },
    members: { count: content.members.count },
    partyBuilding: { organization: content.partyBuilding.organization },
    disclosures: content.disclosures,
  };
}
