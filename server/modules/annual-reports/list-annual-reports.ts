import { and, count, desc, eq, ilike, ne, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { containsPattern, pageWindow } from '../../platform/http/list';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { leaderOwnOrganizations } from '../filings/organization-case';
import { organizations } from '../organizations/organizations.tables';
import { annualReports } from './annual-reports.tables';
import { presentAnnualReport } from './annual-report-presenter';
import { annualReportDeadline } from './annual-report-deadline';
import type { listAnnualReportsQuerySchema } from './annual-reports.schemas';

/**
 * Reports in the actor's subtree (a leader: their organizations'), newest year first. `todo` keeps
 * those waiting for this reviewer: the street reviews filed organizations, the bureau registered ones.
 */
export async function listAnnualReports({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof listAnnualReportsQuerySchema> }) {
  await authorize(ctx, 'annualReport.read');
  if (input.jurisdictionCode) await authorize(ctx, 'annualReport.read', { jurisdictionCode: input.jurisdictionCode });
  const filters: (SQL | undefined)[] = [inScope(ctx.actor, annualReports), leaderOwnOrganizations(ctx)];
  if (input.jurisdictionCode) filters.push(inScope({ jurisdictionCode: input.jurisdictionCode }, annualReports));
  if (input.year) filters.push(eq(annualReports.year, input.year));
  if (input.state) filters.push(eq(annualReports.state, input.state));
  if (input.q) filters.push(ilike(organizations.name, containsPattern(input.q)));
  if (input.todo) {
    filters.push(eq(annualReports.state, 'submitted'));
    filters.push(ctx.actor.role === 'bureau' ? eq(organizations.orgClass, 'registered') : ne(organizations.orgClass, 'registered'));
  }
  // Staff see a report once it is submitted; a draft is the organization's own.
  if (ctx.actor.role !== 'org') filters.push(ne(annualReports.state, 'draft'));
  const where = and(...filters);
  const join = and(
    eq(organizations.districtCode, annualReports.districtCode), eq(organizations.id, annualReports.organizationId), inScope(ctx.actor, organizations),
  );
  const { limit, offset } = pageWindow(input);
  const [rows, [{ total }], deadline] = await Promise.all([
    ctx.db.select({ report: annualReports, organization: organizations }).from(annualReports).innerJoin(organizations, join)
      .where(where).orderBy(desc(annualReports.year), desc(annualReports.updatedAt), desc(annualReports.id)).limit(limit).offset(offset),
    ctx.db.select({ total: count() }).from(annualReports).innerJoin(organizations, join).where(where),
    annualReportDeadline(ctx.services.settings),
  ]);
  const names = await jurisdictionNames(ctx.db, rows.map((r) => r.organization.jurisdictionCode));
  return {
    items: rows.map(({ report, organization }) =>
      presentAnnualReport(ctx, report, organization, { placeName: names.get(organization.jurisdictionCode) ?? null, ...deadline.of(report) })),
    total, page: input.page, pageSize: input.pageSize,
  };
}
