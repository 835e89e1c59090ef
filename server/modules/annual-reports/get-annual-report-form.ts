import { and, eq } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { findOrganizationInReach } from '../organizations/find-organization';
import { annualReports } from './annual-reports.tables';
import { prefilledContent } from './annual-report-draft';
import { getAnnualReport } from './get-annual-report';

/**
 * What the leader's form opens with for one year: the report already begun, or a new one prefilled
 * from what the platform knows.
 */
export async function getAnnualReportForm({ ctx, organizationId, year }: { ctx: ActorCtx; organizationId: string; year: number }) {
  await authorize(ctx, 'annualReport.read');
  const organization = await findOrganizationInReach(ctx, organizationId);
  const [existing] = await ctx.db.select({ id: annualReports.id }).from(annualReports).where(and(
    eq(annualReports.districtCode, organization.districtCode), eq(annualReports.organizationId, organization.id),
    eq(annualReports.year, year), inScope(ctx.actor, annualReports),
  ));
  if (existing) return { report: await getAnnualReport({ ctx, id: existing.id }), prefill: null };
  return { report: null, prefill: await prefilledContent(ctx.db, ctx.actor, organization) };
}
