import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { ConflictError, ForbiddenError, ValidationError } from '../../platform/errors';
import { shanghaiDate } from '../../platform/dates';
import { findOrganizationInReach } from '../organizations/find-organization';
import { notifyOrganizationLeaders } from '../organizations/leader-reach';
import { jurisdictionNames, streetOfficeName } from '../jurisdictions/jurisdiction-names';
import { recordOrganizationEvent } from '../org-timeline/record-event';
import { appendArchiveDocument } from '../archives/archive-filed-version';
import { majorActivityReports } from './major-activities.tables';
import { acknowledgerNames, acknowledgerNode, findMajorActivityInScope } from './major-activity-scope';
import { majorActivityPaper } from './major-activity-presenter';
import type { reviewMajorActivityBodySchema } from './major-activities.schemas';

/**
 * The acknowledger fixed at reporting (the committee, or the street) acknowledges a report (kept in
 * the archive) or returns it with a reason; the leader hears of either.
 */
export async function reviewMajorActivity({ ctx, id, input }: { ctx: ActorCtx; id: string; input: z.infer<typeof reviewMajorActivityBodySchema> }) {
  await authorize(ctx, 'majorActivity.review');
  const report = await findMajorActivityInScope(ctx, id);
  if (ctx.actor.role !== report.acknowledgerLevel) throw new ForbiddenError('majorActivityOtherAcknowledger', { who: acknowledgerNames[report.acknowledgerLevel] });
  const organization = await findOrganizationInReach(ctx, report.organizationId);
  if (input.action === 'return' && !input.note) throw new ValidationError('validation', {}, [{ path: 'note', key: 'majorActivityNoteRequired' }]);
  if (report.state !== 'submitted') throw new ConflictError('majorActivityNotSubmitted');
  const now = new Date();
  const state = input.action === 'acknowledge' ? 'acknowledged' : 'returned';
  const node = acknowledgerNode(report);
  const nodeName = (await jurisdictionNames(ctx.db, [node])).get(node) ?? '';
  const acknowledgedBy = report.acknowledgerLevel === 'street' ? streetOfficeName(nodeName) : `${nodeName}“两委”`;
  return ctx.db.transaction(async (tx) => {
    const [updated] = await tx.update(majorActivityReports).set({ state, reviewedBy: ctx.actor.userId, reviewedAt: now, reviewNote: input.note ?? null, updatedAt: now })
      .where(and(eq(majorActivityReports.districtCode, report.districtCode), eq(majorActivityReports.id, id), eq(majorActivityReports.state, 'submitted'), inScope(ctx.actor, majorActivityReports)))
      .returning();
    // Another clerk answered first, or the leader withdrew it meanwhile.
    if (!updated) throw new ConflictError('majorActivityNotSubmitted');
    const link = `/admin/major-activities/${id}`;
    if (state === 'acknowledged') {
      await appendArchiveDocument(tx, {
        districtCode: report.districtCode, organizationId: report.organizationId, docType: 'major_activity', title: `重大活动报告：${report.title}`,
        snapshot: majorActivityPaper(updated, { organizationName: organization.name, acknowledgedBy }, now),
        issuedBy: organization.name, issuedOn: shanghaiDate(report.reportedAt), createdBy: ctx.actor.userId,
      });
      await notifyOrganizationLeaders(tx, organization, { title: `重大活动“${report.title}”报告已经${acknowledgedBy}阅知`, link });
    } else {
      await notifyOrganizationLeaders(tx, organization, { title: `重大活动“${report.title}”报告被退回`, body: input.note, link });
    }
    await recordOrganizationEvent(tx, {
      organization, kind: `majorActivities.${state}`, subjectId: id, details: { title: report.title, by: acknowledgedBy }, actorId: ctx.actor.userId, at: now,
    });
    await recordAudit(tx, auditActor(ctx), { action: `major_activity.${input.action}`, targetType: 'major_activity', targetId: id });
    return { id, state };
  });
}
