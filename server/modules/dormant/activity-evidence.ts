import { and, eq, inArray, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { inScope, systemScope } from '../../platform/policy/policy';
import { volunteerActivities } from '../activities/activities.tables';
import { annualReports } from '../annual-reports/annual-reports.tables';
import { volunteerTeams } from '../volunteers/volunteers.tables';
import { workReports } from '../work-reports/work-reports.tables';

const onShanghaiDate = (column: unknown, from: string, to: string) =>
  sql`(${column} at time zone 'Asia/Shanghai')::date between ${from}::date and ${to}::date`;

/**
 * Whether the organization shows any sign of life between two calendar dates (inclusive): an
 * activity it or one of its volunteer teams hosted (not cancelled), a work report submitted or
 * acknowledged, an annual report submitted.
 */
export async function hasActivityBetween(db: Db, organization: { districtCode: string; id: string }, from: string, to: string): Promise<boolean> {
  const [activity] = await db.select({ id: volunteerActivities.id }).from(volunteerActivities).where(and(
    eq(volunteerActivities.districtCode, organization.districtCode),
    or(
      and(eq(volunteerActivities.hostType, 'organization'), eq(volunteerActivities.hostId, organization.id)),
      and(eq(volunteerActivities.hostType, 'team'), inArray(volunteerActivities.hostId, db.select({ id: volunteerTeams.id }).from(volunteerTeams).where(and(
        eq(volunteerTeams.districtCode, organization.districtCode), eq(volunteerTeams.organizationId, organization.id), inScope(systemScope, volunteerTeams),
      )))),
    ),
    ne(volunteerActivities.status, 'cancelled'), onShanghaiDate(volunteerActivities.startsAt, from, to), inScope(systemScope, volunteerActivities),
  )).limit(1);
  if (activity) return true;
  const [work] = await db.select({ id: workReports.id }).from(workReports).where(and(
    eq(workReports.districtCode, organization.districtCode), eq(workReports.organizationId, organization.id),
    inArray(workReports.state, ['submitted', 'acknowledged']), onShanghaiDate(workReports.submittedAt, from, to), inScope(systemScope, workReports),
  )).limit(1);
  if (work) return true;
  const [annual] = await db.select({ id: annualReports.id }).from(annualReports).where(and(
    eq(annualReports.districtCode, organization.districtCode), eq(annualReports.organizationId, organization.id),
    inArray(annualReports.state, ['submitted', 'accepted']), onShanghaiDate(annualReports.submittedAt, from, to), inScope(systemScope, annualReports),
  )).limit(1);
  return Boolean(annual);
}
