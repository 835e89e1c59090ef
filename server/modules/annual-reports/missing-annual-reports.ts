import { and, eq, inArray, notExists, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { inScope, type Scope } from '../../platform/policy/policy';
import { organizations } from '../organizations/organizations.tables';
import { annualReports } from './annual-reports.tables';

/**
 * Active filed and registered organizations that have not submitted their report for `year`
 * (none begun, a draft, or returned and not sent again), filed or registered by the end of that year
 * (a registered organization recorded without its registration date counts from when it was recorded).
 * One query, for the overdue list, the reminders and the credit list alike.
 */
export function missingAnnualReportsWhere(scope: Scope, year: number): SQL {
  const yearEnd = `${year}-12-31`;
  return and(
    inScope(scope, organizations), eq(organizations.status, 'active'), inArray(organizations.orgClass, ['filed', 'registered']),
    or(
      and(eq(organizations.orgClass, 'registered'), sql`coalesce(${organizations.registeredOn}, (${organizations.createdAt} at time zone 'Asia/Shanghai')::date) <= ${yearEnd}`),
      and(eq(organizations.orgClass, 'filed'), sql`(${organizations.filedAt} at time zone 'Asia/Shanghai')::date <= ${yearEnd}`),
    ),
    notExists(sql`(select 1 from ${annualReports} where ${and(
      eq(annualReports.districtCode, organizations.districtCode), eq(annualReports.organizationId, organizations.id),
      eq(annualReports.year, year), inArray(annualReports.state, ['submitted', 'accepted']), inScope(scope, annualReports),
    )})`),
  )!;
}

export function missingAnnualReports(db: Db, scope: Scope, year: number) {
  return db.select().from(organizations).where(missingAnnualReportsWhere(scope, year));
}
