import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { ConflictError, ValidationError } from '../../platform/errors';
import { authorize } from '../../platform/policy/authorize';
import { volunteerActivities } from './activities.tables';
import { activityTimeErrors } from './activity-times';
import { findVisibleActivity, lockActivity, theActivity, type Activity } from './find-activity';
import { getActivity } from './get-activity';
import { promoteWaitlisted } from './waitlist';
import type { updateActivityBodySchema } from './activities.schemas';

/**
 * Edits a published activity: its words and address any time, its times only before it starts,
 * its capacity never below the volunteers already signed up (a larger one promotes waiting volunteers).
 */
export async function updateActivity({ ctx, id, input }: { ctx: ActorCtx; id: string; input: z.infer<typeof updateActivityBodySchema> }) {
  await authorize(ctx, 'activity.manage');
  const found = await findVisibleActivity(ctx, id);
  const now = new Date();
  assertEditable(found, input, now);
  await ctx.db.transaction(async (tx) => {
    const activity = await lockActivity(tx, found);
    assertEditable(activity, input, now);
    if (input.capacity !== undefined && input.capacity < activity.signedUpCount) {
      throw new ValidationError('validation', {}, [{ path: 'capacity', key: 'activityCapacityBelowSignups', params: { count: activity.signedUpCount } }]);
    }
    const [updated] = await tx.update(volunteerActivities).set({
      ...input, description: input.description === undefined ? undefined : input.description || null,
      startsAt: input.startsAt ? new Date(input.startsAt) : undefined, endsAt: input.endsAt ? new Date(input.endsAt) : undefined, updatedAt: now,
    }).where(theActivity(activity)).returning();
    const promoted = await promoteWaitlisted(tx, updated, now);
    await recordAudit(tx, auditActor(ctx), {
      action: 'activity.update', targetType: 'volunteer_activity', targetId: activity.id, details: { changed: Object.keys(input), promoted: promoted.length },
    });
  });
  return getActivity({ ctx, id });
}

/** Checked before and again under the row lock: still published, times moved only before the start, and sensible. */
function assertEditable(activity: Activity, input: z.infer<typeof updateActivityBodySchema>, now: Date): void {
  if (activity.status !== 'published') throw new ConflictError('activityNotPublished');
  if (!input.startsAt && !input.endsAt) return;
  if (activity.startsAt <= now) throw new ConflictError('activityStartedTimesFixed');
  const errors = activityTimeErrors(new Date(input.startsAt ?? activity.startsAt), new Date(input.endsAt ?? activity.endsAt), now);
  if (errors.length) throw new ValidationError('validation', {}, errors);
}
