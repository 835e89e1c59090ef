import { and, desc, eq, isNotNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../platform/db/database';
import { inScope, systemScope } from '../../platform/policy/policy';
import { annualReports } from './annual-reports.tables';
import type { publicPartOf } from './annual-report-presenter';

export const publicAnnualReportSchema = z.object({
  year: z.number().int(),
  activities: z.object({ count: z.number().int(), participants: z.number().int(), highlights: z.string() }),
  finances: z.object({ incomeFen: z.number().int(), expenseFen: z.number().int(), netAssetsFen: z.number().int() }),
  members: z.object({ count: z.number().int() }),
  partyBuilding: z.object({ organization: z.string() }),
  disclosures: z.string(),
});

/** The public parts of an organization's accepted reports, newest first, for its portal page. */
export async function publicAnnualReports(db: Db, organization: { districtCode: string; id: string }) {
  // Public: the caller has already found the organization through the portal's public filter.
  const rows = await db.select({ publicPart: annualReports.publicPart }).from(annualReports).where(and(
    eq(annualReports.districtCode, organization.districtCode), eq(annualReports.organizationId, organization.id),
    eq(annualReports.state, 'accepted'), isNotNull(annualReports.publicPart), inScope(systemScope, annualReports),
  )).orderBy(desc(annualReports.year));
  return rows.map((r) => r.publicPart as ReturnType<typeof publicPartOf>);
}
