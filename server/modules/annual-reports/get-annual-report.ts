import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { findAnnualReportInReach } from './find-annual-report';
import { presentAnnualReport } from './annual-report-presenter';
import { annualReportDeadline } from './annual-report-deadline';

export async function getAnnualReport({ ctx, id }: { ctx: ActorCtx; id: string }) {
  await authorize(ctx, 'annualReport.read');
  const { report, organization } = await findAnnualReportInReach(ctx, id);
  const [names, deadline] = await Promise.all([jurisdictionNames(ctx.db, [organization.jurisdictionCode]), annualReportDeadline(ctx.services.settings)]);
  return presentAnnualReport(ctx, report, organization, { placeName: names.get(organization.jurisdictionCode) ?? null, ...deadline.of(report) });
}
