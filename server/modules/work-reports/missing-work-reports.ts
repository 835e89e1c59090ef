import { and, asc, count, eq, lt, notExists, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { shanghaiDate } from '../../platform/dates';
import { authorize } from '../../platform/policy/authorize';
import { inScope, type Scope } from '../../platform/policy/policy';
import { pageWindow } from '../../platform/http/list';
import { leaderOwnOrganizations } from '../filings/organization-case';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { organizations } from '../organizations/organizations.tables';
import { workReports } from './work-reports.tables';
import { lastEndedReportPeriod, reportDueOn, reportPeriod, reportPeriodLabel } from './report-period';
import type { listMissingWorkReportsQuerySchema } from './work-reports.schemas';

/**
 * Which organizations of a scope owe a report for a period: active now, existing before the period
 * ended, and without a report for it (a returned one counts as made: it is being amended).
 */
export function owingOrganizations(db: Db, scope: Scope, period: string, ...filters: (SQL | undefined)[]): SQL {
  const report = db.select({ id: workReports.id }).from(workReports).where(and(
    eq(workReports.districtCode, organizations.districtCode), eq(workReports.organizationId, organizations.id),
    eq(workReports.period, period), inScope(scope, workReports),
  ));
  return and(eq(organizations.status, 'active'), lt(organizations.createdAt, reportPeriod(period).end), inScope(scope, organizations), notExists(report), ...filters)!;
}

/** The organizations that have not reported for a period (by default the last one ended), by place. */
export async function listMissingWorkReports({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof listMissingWorkReportsQuerySchema> }) {
  await authorize(ctx, 'workReport.read');
  if (input.jurisdictionCode) await authorize(ctx, 'workReport.read', { jurisdictionCode: input.jurisdictionCode });
  const now = new Date();
  const [kind, dueDays] = await Promise.all([ctx.services.settings.get('workReport.period'), ctx.services.settings.get('workReport.dueDays')]);
  const period = input.period ?? lastEndedReportPeriod(now, kind);
  const where = owingOrganizations(ctx.db, ctx.actor, period, leaderOwnOrganizations(ctx),
    input.jurisdictionCode ? inScope({ jurisdictionCode: input.jurisdictionCode }, organizations) : undefined);
  const { limit, offset } = pageWindow(input);
  const [rows, [{ total }]] = await Promise.all([
    ctx.db.select({ id: organizations.id, name: organizations.name, jurisdictionCode: organizations.jurisdictionCode }).from(organizations)
      .where(where).orderBy(asc(organizations.jurisdictionCode), asc(organizations.name)).limit(limit).offset(offset),
    ctx.db.select({ total: count() }).from(organizations).where(where),
  ]);
  const places = await jurisdictionNames(ctx.db, rows.map((r) => r.jurisdictionCode));
  const dueOn = reportDueOn(period, dueDays);
  const overdue = shanghaiDate(now) > dueOn;
  return {
    period, periodLabel: reportPeriodLabel(period, ctx.lang), dueOn, overdue,
    items: rows.map((r) => ({ organizationId: r.id, organizationName: r.name, jurisdictionCode: r.jurisdictionCode, placeName: places.get(r.jurisdictionCode) ?? null })),
    total, page: input.page, pageSize: input.pageSize,
  };
}
