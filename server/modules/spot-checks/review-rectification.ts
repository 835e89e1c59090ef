import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { ConflictError } from '../../platform/errors';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { recordOrganizationEvent } from '../org-timeline/record-event';
import { supervisionNotices } from './spot-checks.tables';
import { findNotice } from './find-notice';
import { getSupervisionNotice } from './get-supervision-notice';
import { notifyOrganizationLeaders } from './notify-leaders';
import { assertRectificationOpen } from './rectification-state';
import type { reviewRectificationBodySchema } from './spot-checks.schemas';

/**
 * Staff accept a reported rectification (the notice is `fixed`) or reject it with the reason: the
 * notice stays open (or overdue) and the leader reports again. The leaders are told either way.
 */
export async function reviewRectification({ ctx, id, input }: { ctx: ActorCtx; id: string; input: z.infer<typeof reviewRectificationBodySchema> }) {
  await authorize(ctx, 'rectification.accept');
  const { notice, organization } = await findNotice(ctx, id);
  assertRectificationOpen(notice);
  if (!notice.reportedAt) throw new ConflictError('noticeNoReport');
  const now = new Date();
  const accepted = input.decision === 'accept';
  await ctx.db.transaction(async (tx) => {
    const done = await tx.update(supervisionNotices).set(accepted
      ? { state: 'fixed', fixedAt: now, fixedBy: ctx.actor.userId, reviewNote: input.note || null, updatedAt: now }
      : { reportedAt: null, reviewNote: input.note, updatedAt: now })
      .where(and(
        eq(supervisionNotices.districtCode, notice.districtCode), eq(supervisionNotices.id, notice.id), inArray(supervisionNotices.state, ['open', 'overdue']),
        isNotNull(supervisionNotices.reportedAt), inScope(ctx.actor, supervisionNotices),
      )).returning({ id: supervisionNotices.id });
    if (!done.length) throw new ConflictError('noticeNoReport');
    await recordOrganizationEvent(tx, {
      organization, kind: accepted ? 'spotChecks.rectificationAccepted' : 'spotChecks.rectificationRejected', subjectId: notice.id,
      details: { number: notice.number }, actorId: ctx.actor.userId,
    });
    await notifyOrganizationLeaders(tx, organization, {
      title: accepted ? `整改已验收通过（${notice.number}）` : `整改未通过验收，请继续整改（${notice.number}）`,
      body: input.note || undefined, link: `/admin/supervision-notices/${notice.id}`,
    });
    await recordAudit(tx, auditActor(ctx), {
      action: accepted ? 'rectification.accept' : 'rectification.reject', targetType: 'supervision_notice', targetId: notice.id,
      details: { organizationId: organization.id, note: input.note ?? null },
    });
  });
  return getSupervisionNotice({ ctx, id });
}
