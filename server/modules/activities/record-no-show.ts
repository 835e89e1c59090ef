import { and, eq } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { ConflictError } from '../../platform/errors';
import { authorize } from '../../platform/policy/authorize';
import { inScope, systemScope } from '../../platform/policy/policy';
import { appendCreditRecord } from '../service-records/append-credit-record';
import { volunteers } from '../volunteers/volunteers.tables';
import { activitySignups } from './activities.tables';
import { presentSignup } from './activity-presenter';
import { lockSignup } from './attendance';
import { findManagedSignup } from './find-managed-signup';
import { theSignup } from './signup-queries';

/**
 * 未到: after the start, a volunteer holding a place who has not checked in is recorded absent, a
 * credit record (诚信记载); enough of them within the window restrict their sign-up for a while.
 */
export async function recordNoShow({ ctx, id, signupId }: { ctx: ActorCtx; id: string; signupId: string }) {
  await authorize(ctx, 'activity.manage');
  const { activity, signup: found } = await findManagedSignup(ctx, id, signupId);
  const now = new Date();
  if (activity.status !== 'published') throw new ConflictError('activityNotPublished');
  if (activity.startsAt > now) throw new ConflictError('noShowBeforeStart');
  // The volunteer's own row (any district): the credit record is kept at their home community.
  const [volunteer] = await ctx.db.select().from(volunteers).where(and(
    eq(volunteers.districtCode, found.volunteerDistrictCode), eq(volunteers.id, found.volunteerId), inScope(systemScope, volunteers),
  ));
  const result = await ctx.db.transaction(async (tx) => {
    const signup = await lockSignup(tx, found);
    if (signup.status !== 'signed_up' || signup.checkInAt) throw new ConflictError('noShowNotApplicable');
    const [row] = await tx.update(activitySignups).set({ status: 'no_show', updatedAt: now }).where(theSignup(signup)).returning();
    const { restrictedUntil } = await appendCreditRecord(tx, ctx.services, {
      volunteer, kind: 'no_show', reason: `报名参加“${activity.title}”后未到场，也未取消报名`, recordedBy: ctx.actor.userId,
      activity: { id: activity.id, title: activity.title }, now,
    });
    await recordAudit(tx, auditActor(ctx), {
      action: 'activity.noShow', targetType: 'volunteer_activity', targetId: activity.id,
      details: { signupId: signup.id, volunteerId: signup.volunteerId, restrictedUntil: restrictedUntil?.toISOString() ?? null },
    });
    return { row, restrictedUntil };
  });
  return { ...presentSignup(result.row, null), signupRestrictedUntil: result.restrictedUntil?.toISOString() ?? null };
}
