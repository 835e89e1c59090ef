import { and, count, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope, systemScope } from '../../platform/policy/policy';
import { findOwnVolunteer } from '../volunteers/own-volunteer';
import { activitySignups, volunteerActivities } from './activities.tables';
import { activityNames, dictionaryLabels } from './activity-names';
import { presentPublicActivity, presentSignup } from './activity-presenter';
import { waitlistPosition } from './signup-queries';
import type { mySignupsQuerySchema } from './activities.schemas';

/** 我的活动: the volunteer's own sign-ups (any district: found by the volunteer), latest activity first. */
export async function listMySignups({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof mySignupsQuerySchema> }) {
  await authorize(ctx, 'activity.signUp');
  const volunteer = await findOwnVolunteer(ctx);
  const where = and(
    eq(activitySignups.volunteerId, volunteer.id), inScope(systemScope, activitySignups),
    input.activityId ? eq(activitySignups.activityId, input.activityId) : undefined,
    input.status ? eq(activitySignups.status, input.status) : undefined,
  );
  const join = and(
    eq(volunteerActivities.districtCode, activitySignups.districtCode), eq(volunteerActivities.id, activitySignups.activityId),
    inScope(systemScope, volunteerActivities),
  );
  const [rows, [{ total }]] = await Promise.all([
    ctx.db.select({ signup: activitySignups, activity: volunteerActivities }).from(activitySignups).innerJoin(volunteerActivities, join)
      .where(where).orderBy(desc(volunteerActivities.startsAt), desc(activitySignups.id))
      .limit(input.pageSize).offset((input.page - 1) * input.pageSize),
    ctx.db.select({ total: count() }).from(activitySignups).innerJoin(volunteerActivities, join).where(where),
  ]);
  const [names, label, positions] = await Promise.all([
    activityNames(ctx.db, rows.map((r) => r.activity)), dictionaryLabels(ctx.db, ctx.lang),
    Promise.all(rows.map((r) => waitlistPosition(ctx.db, r.signup))),
  ]);
  return {
    items: rows.map((r, i) => ({ ...presentSignup(r.signup, positions[i]), activity: presentPublicActivity(r.activity, names, label) })),
    total, page: input.page, pageSize: input.pageSize,
  };
}
