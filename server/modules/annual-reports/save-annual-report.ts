import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { ConflictError, ValidationError } from '../../platform/errors';
import { findOrganizationInReach } from '../organizations/find-organization';
import { annualReports } from './annual-reports.tables';
import { owedAnnualReportStates } from './annual-report.workflow';
import { firstReportYear, owedYear } from './annual-report-year';
import { getAnnualReport } from './get-annual-report';
import type { saveAnnualReportBodySchema } from './annual-reports.schemas';

/**
 * The leader writes (or amends, while a draft or returned) the report of a filed or registered
 * organization for a year that has ended and in which it was filed or registered.
 */
export async function saveAnnualReport({ ctx, organizationId, year, input }: {
  ctx: ActorCtx; organizationId: string; year: number; input: z.infer<typeof saveAnnualReportBodySchema>;
}) {
  await authorize(ctx, 'annualReport.submit');
  const organization = await findOrganizationInReach(ctx, organizationId);
  if (organization.status !== 'active' || organization.orgClass === 'guided') throw new ConflictError('annualReportNotRequired');
  if (year > owedYear(new Date()) || year < firstReportYear(organization)) {
    throw new ValidationError('validation', {}, [{ path: 'year', key: 'annualReportYearInvalid', params: { from: firstReportYear(organization), to: owedYear(new Date()) } }]);
  }
  const id = await ctx.db.transaction(async (tx) => {
    const key = and(eq(annualReports.districtCode, organization.districtCode), eq(annualReports.organizationId, organization.id), eq(annualReports.year, year));
    const [created] = await tx.insert(annualReports).values({
      districtCode: organization.districtCode, organizationId: organization.id, jurisdictionCode: organization.jurisdictionCode,
      year, content: input.content, createdBy: ctx.actor.userId,
    }).onConflictDoNothing().returning({ id: annualReports.id });
    let reportId = created?.id;
    if (!reportId) {
      const [updated] = await tx.update(annualReports).set({ content: input.content, updatedAt: new Date() })
        .where(and(key, inArray(annualReports.state, [...owedAnnualReportStates]), inScope(ctx.actor, annualReports))).returning({ id: annualReports.id });
      if (!updated) throw new ConflictError('annualReportNotEditable');
      reportId = updated.id;
    }
    await recordAudit(tx, auditActor(ctx), {
      action: created ? 'annual_report.create' : 'annual_report.update', targetType: 'annual_report', targetId: reportId,
      details: { organizationId: organization.id, year },
    });
    return reportId;
  });
  return getAnnualReport({ ctx, id });
}
