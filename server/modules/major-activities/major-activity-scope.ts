import { and, eq } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { NotFoundError } from '../../platform/errors';
import { organizationRecordsScope } from '../organizations/leader-reach';
import { majorActivityReports } from './major-activities.tables';

export type MajorActivityReport = typeof majorActivityReports.$inferSelect;

/** A report the actor may see: in their subtree, and for a leader one of their organizations'. */
export async function findMajorActivityInScope(ctx: ActorCtx, id: string): Promise<MajorActivityReport> {
  const [report] = await ctx.db.select().from(majorActivityReports).where(and(eq(majorActivityReports.id, id), await organizationRecordsScope(ctx, majorActivityReports)));
  if (!report) throw new NotFoundError('notFound', { what: ctx.lang === 'en' ? 'Major-activity report' : '重大活动报告' });
  return report;
}

/** The node whose accounts acknowledge a report: the organization's community, or its street. */
export function acknowledgerNode(report: Pick<MajorActivityReport, 'acknowledgerLevel' | 'jurisdictionCode'>): string {
  return report.acknowledgerLevel === 'street' ? report.jurisdictionCode.slice(0, 9) : report.jurisdictionCode;
}

export const acknowledgerNames = { committee: '社区“两委”', street: '街道' } as const;

/** Not yet started, and neither returned nor withdrawn: the leader may still withdraw it. */
export function withdrawable(report: Pick<MajorActivityReport, 'state' | 'startsAt'>, now = new Date()): boolean {
  return (report.state === 'submitted' || report.state === 'acknowledged') && report.startsAt > now;
}
