import { and, asc, count, desc, eq, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { pageWindow } from '../../platform/http/list';
import { organizationRecordsScope } from '../organizations/leader-reach';
import { organizationRecordNames } from '../organizations/organization-names';
import { workReports } from './work-reports.tables';
import { presentWorkReport } from './work-report-presenter';
import type { listWorkReportsQuerySchema } from './work-reports.schemas';

/**
 * Reports the actor sees (a committee its community's, a street or bureau its subtree's, a leader
 * its organizations'), newest period first; reports waiting to be acknowledged first within a period.
 */
export async function listWorkReports({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof listWorkReportsQuerySchema> }) {
  await authorize(ctx, 'workReport.read');
  if (input.jurisdictionCode) await authorize(ctx, 'workReport.read', { jurisdictionCode: input.jurisdictionCode });
  const filters: (SQL | undefined)[] = [await organizationRecordsScope(ctx, workReports)];
  if (input.jurisdictionCode) filters.push(inScope({ jurisdictionCode: input.jurisdictionCode }, workReports));
  if (input.period) filters.push(eq(workReports.period, input.period));
  if (input.state) filters.push(eq(workReports.state, input.state));
  if (input.organizationId) filters.push(eq(workReports.organizationId, input.organizationId));
  const where = and(...filters);
  const { limit, offset } = pageWindow(input);
  const [rows, [{ total }]] = await Promise.all([
    ctx.db.select().from(workReports).where(where)
      .orderBy(desc(workReports.period), desc(eq(workReports.state, 'submitted')), asc(workReports.jurisdictionCode), desc(workReports.submittedAt))
      .limit(limit).offset(offset),
    ctx.db.select({ total: count() }).from(workReports).where(where),
  ]);
  const names = await organizationRecordNames(ctx.db, rows);
  return { items: rows.map((r) => presentWorkReport(r, names(r), ctx.lang)), total, page: input.page, pageSize: input.pageSize };
}
