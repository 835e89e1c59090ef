import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { districtCodeOf } from '../../platform/db/columns';
import { ConflictError, ValidationError } from '../../platform/errors';
import { attachments } from '../../platform/files/files.tables';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { notify } from '../notifications/notify';
import { recordOrganizationEvent } from '../org-timeline/record-event';
import { supervisionNotices } from './spot-checks.tables';
import { findNotice } from './find-notice';
import { getSupervisionNotice } from './get-supervision-notice';
import { assertRectificationOpen } from './rectification-state';
import type { reportRectificationBodySchema } from './spot-checks.schemas';

/**
 * The organization's leader reports what was fixed, with an optional file they uploaded; the
 * issuer is told and accepts or rejects it. One report waits at a time.
 */
export async function reportRectification({ ctx, id, input }: { ctx: ActorCtx; id: string; input: z.infer<typeof reportRectificationBodySchema> }) {
  await authorize(ctx, 'rectification.report');
  const { notice, organization } = await findNotice(ctx, id);
  if (input.attachmentId) {
    const [file] = await ctx.db.select({ uploadedBy: attachments.uploadedBy }).from(attachments)
      .where(and(eq(attachments.id, input.attachmentId), inScope(ctx.actor, attachments)));
    if (file?.uploadedBy !== ctx.actor.userId) throw new ValidationError('validation', {}, [{ path: 'attachmentId', key: 'notFound', params: { what: '附件' } }]);
  }
  assertRectificationOpen(notice);
  if (notice.reportedAt) throw new ConflictError('noticeReportPending');
  const now = new Date();
  await ctx.db.transaction(async (tx) => {
    const done = await tx.update(supervisionNotices).set({
      rectificationReport: input.report, reportAttachmentId: input.attachmentId ?? null, reportedAt: now, updatedAt: now,
    }).where(and(
      eq(supervisionNotices.districtCode, notice.districtCode), eq(supervisionNotices.id, notice.id), inArray(supervisionNotices.state, ['open', 'overdue']),
      isNull(supervisionNotices.reportedAt), inScope(ctx.actor, supervisionNotices),
    )).returning({ id: supervisionNotices.id });
    if (!done.length) throw new ConflictError('noticeReportPending');
    await recordOrganizationEvent(tx, { organization, kind: 'spotChecks.rectificationReported', subjectId: notice.id, details: { number: notice.number }, actorId: ctx.actor.userId });
    await notify(tx, { districtCode: districtCodeOf(notice.issuerCode), id: notice.issuedBy }, {
      title: `“${organization.name}”报告了整改情况（${notice.number}），请验收`, link: `/admin/supervision-notices/${notice.id}`,
    });
    await recordAudit(tx, auditActor(ctx), {
      action: 'rectification.report', targetType: 'supervision_notice', targetId: notice.id,
      details: { organizationId: organization.id, attachmentId: input.attachmentId ?? null },
    });
  });
  return getSupervisionNotice({ ctx, id });
}
