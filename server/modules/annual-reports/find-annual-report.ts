import { and, eq } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { NotFoundError } from '../../platform/errors';
import { inScope } from '../../platform/policy/policy';
import { actsForOrganization } from '../filings/organization-case';
import { organizations } from '../organizations/organizations.tables';
import { annualReports } from './annual-reports.tables';

/** A report and its organization in the actor's reach (a leader: their own), or 404. */
export async function findAnnualReportInReach(ctx: ActorCtx, id: string) {
  const [row] = await ctx.db.select({ report: annualReports, organization: organizations }).from(annualReports)
    .innerJoin(organizations, and(
      eq(organizations.districtCode, annualReports.districtCode), eq(organizations.id, annualReports.organizationId), inScope(ctx.actor, organizations),
    ))
    .where(and(eq(annualReports.id, id), inScope(ctx.actor, annualReports)));
  if (!row || !actsForOrganization(ctx, row.organization)) throw new NotFoundError('notFound', { what: ctx.lang === 'en' ? 'Annual report' : '年报' });
  return row;
}

/** A filed organization's report goes to its street, a registered one's to the district bureau. */
export function reviewerOf(organization: { orgClass: string; streetCode: string; districtCode: string }): { level: 'street' | 'bureau'; role: 'street' | 'bureau'; code: string } {
  return organization.orgClass === 'registered'
    ? { level: 'bureau', role: 'bureau', code: organization.districtCode }
    : { level: 'street', role: 'street', code: organization.streetCode };
}
