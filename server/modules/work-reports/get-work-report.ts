import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { organizationRecordNames } from '../organizations/organization-names';
import { findWorkReportInScope } from './work-report-scope';
import { presentWorkReportDetail } from './work-report-presenter';

export async function getWorkReport({ ctx, id }: { ctx: ActorCtx; id: string }) {
  await authorize(ctx, 'workReport.read');
  const report = await findWorkReportInScope(ctx, id);
  const names = await organizationRecordNames(ctx.db, [report]);
  return presentWorkReportDetail(ctx, report, names(report));
}
