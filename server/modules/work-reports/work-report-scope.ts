import { and, eq } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { NotFoundError, ValidationError } from '../../platform/errors';
import { organizationRecordsScope } from '../organizations/leader-reach';
import { workReports } from './work-reports.tables';
import { reportPeriod, type PeriodKind } from './report-period';

const kindLabels: Record<PeriodKind, { zh: string; en: string }> = {
  quarter: { zh: '季度', en: 'quarter' },
  half_year: { zh: '半年', en: 'half year' },
  year: { zh: '年度', en: 'year' },
};

/** A report the actor may see: in their subtree, and for a leader one of their organizations'. */
export async function findWorkReportInScope(ctx: ActorCtx, id: string) {
  const [report] = await ctx.db.select().from(workReports).where(and(eq(workReports.id, id), await organizationRecordsScope(ctx, workReports)));
  if (!report) throw new NotFoundError('notFound', { what: ctx.lang === 'en' ? 'Work report' : '工作报告' });
  return report;
}

/** A period that may be reported: of the kind in force (`workReport.period`) and already begun. */
export async function assertReportablePeriod(ctx: ActorCtx, period: string, now = new Date()): Promise<void> {
  const kind = await ctx.services.settings.get('workReport.period');
  const bounds = reportPeriod(period);
  if (bounds.kind !== kind) {
    throw new ValidationError('validation', {}, [{ path: 'period', key: 'workReportPeriodKind', params: { kind: kindLabels[kind][ctx.lang === 'en' ? 'en' : 'zh'] } }]);
  }
  if (bounds.start > now) throw new ValidationError('validation', {}, [{ path: 'period', key: 'workReportPeriodFuture' }]);
}
