import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { ConflictError } from '../../platform/errors';
import { authorize } from '../../platform/policy/authorize';
import { inScope, systemScope } from '../../platform/policy/policy';
import { activitySignups, volunteerActivities } from './activities.tables';
import { findVisibleActivity, lockActivity, theActivity } from './find-activity';
import { getActivity } from './get-activity';
import { notifyVolunteers } from './notify-volunteers';
import type { cancelActivityBodySchema } from './activities.schemas';

/**
 * Calls off an activity that has not ended, with the reason; every volunteer signed up or waiting is
 * told. Their sign-ups stay as they were (the history of who had come forward); nobody can sign up,
 * check in or be recorded absent any more.
 */
export async function cancelActivity({ ctx, id, input }: { ctx: ActorCtx; id: string; input: z.infer<typeof cancelActivityBodySchema> }) {
  await authorize(ctx, 'activity.manage');
  const found = await findVisibleActivity(ctx, id);
  await ctx.db.transaction(async (tx) => {
    const activity = await lockActivity(tx, found);
    if (activity.status !== 'published') throw new ConflictError('activityNotPublished');
    const now = new Date();
    if (activity.endsAt <= now) throw new ConflictError('activityEnded');
    await tx.update(volunteerActivities).set({ status: 'cancelled', updatedAt: now }).where(theActivity(activity));
    const waiting = await tx.select({ volunteerId: activitySignups.volunteerId }).from(activitySignups).where(and(
      eq(activitySignups.districtCode, activity.districtCode), eq(activitySignups.activityId, activity.id),
      inArray(activitySignups.status, ['signed_up', 'waitlisted']), inScope(systemScope, activitySignups),
    ));
    await notifyVolunteers(tx, waiting.map((s) => s.volunteerId), {
      title: `活动取消：“${activity.title}”已取消`, body: input.reason, link: `/activities/${activity.id}`,
    });
    await recordAudit(tx, auditActor(ctx), {
      action: 'activity.cancel', targetType: 'volunteer_activity', targetId: activity.id, details: { reason: input.reason, notified: waiting.length },
    });
  });
  return getActivity({ ctx, id });
}
