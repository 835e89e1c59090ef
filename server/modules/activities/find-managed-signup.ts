import { and, eq } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { NotFoundError } from '../../platform/errors';
import { inScope, systemScope } from '../../platform/policy/policy';
import { activitySignups } from './activities.tables';
import { findVisibleActivity } from './find-activity';

/** An activity the actor manages and one of its sign-ups, or 404. */
export async function findManagedSignup(ctx: ActorCtx, activityId: string, signupId: string) {
  const activity = await findVisibleActivity(ctx, activityId);
  // The activity is in the actor's reach; its sign-ups are addressed through it.
  const [signup] = await ctx.db.select().from(activitySignups).where(and(
    eq(activitySignups.districtCode, activity.districtCode), eq(activitySignups.activityId, activity.id), eq(activitySignups.id, signupId),
    inScope(systemScope, activitySignups),
  ));
  if (!signup) throw new NotFoundError('signupNotFound');
  return { activity, signup };
}
