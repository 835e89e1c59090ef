import { and, asc, count, ilike, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { containsPattern, pageWindow } from '../../platform/http/list';
import { shanghaiDate } from '../../platform/dates';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { leaderOwnOrganizations } from '../filings/organization-case';
import { organizations } from '../organizations/organizations.tables';
import { missingAnnualReportsWhere } from './missing-annual-reports';
import { owedYear } from './annual-report-year';
import { annualReportDeadline } from './annual-report-deadline';
import type { listMissingAnnualReportsQuerySchema } from './annual-reports.schemas';

/** 未报年报: organizations that owe the year's report (last year by default), overdue once its due date has passed. */
export async function listMissingAnnualReports({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof listMissingAnnualReportsQuerySchema> }) {
  await authorize(ctx, 'annualReport.read');
  if (input.jurisdictionCode) await authorize(ctx, 'annualReport.read', { jurisdictionCode: input.jurisdictionCode });
  const year = input.year ?? owedYear(new Date());
  const filters: (SQL | undefined)[] = [missingAnnualReportsWhere(ctx.actor, year), leaderOwnOrganizations(ctx)];
  if (input.jurisdictionCode) filters.push(inScope({ jurisdictionCode: input.jurisdictionCode }, organizations));
  if (input.q) filters.push(ilike(organizations.name, containsPattern(input.q)));
  const where = and(...filters);
  const { limit, offset } = pageWindow(input);
  const [rows, [{ total }], deadline] = await Promise.all([
    ctx.db.select().from(organizations).where(where).orderBy(asc(organizations.jurisdictionCode), asc(organizations.name), asc(organizations.id)).limit(limit).offset(offset),
    ctx.db.select({ total: count() }).from(organizations).where(where),
    annualReportDeadline(ctx.services.settings),
  ]);
  const names = await jurisdictionNames(ctx.db, rows.flatMap((o) => [o.jurisdictionCode, o.streetCode]));
  const dueOn = deadline.dueOn(year);
  const overdue = shanghaiDate(new Date()) > dueOn;
  return {
    year, dueOn, overdue,
    items: rows.map((o) => ({
      organizationId: o.id, organizationName: o.name, orgClass: o.orgClass, jurisdictionCode: o.jurisdictionCode,
      placeName: names.get(o.jurisdictionCode) ?? null, streetName: names.get(o.streetCode) ?? null, year, dueOn, overdue,
    })),
    total, page: input.page, pageSize: input.pageSize,
  };
}
