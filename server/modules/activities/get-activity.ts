import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { can } from '../../platform/policy/policy';
import { activityNames, dictionaryLabels } from './activity-names';
import { presentActivity, presentSignup } from './activity-presenter';
import { findVisibleActivity } from './find-activity';
import { signupsOf } from './signup-queries';

/**
 * One activity in the console with its sign-ups (full names: the manager calls the roll), waiting
 * volunteers numbered in the order they will be promoted.
 */
export async function getActivity({ ctx, id }: { ctx: ActorCtx; id: string }) {
  await authorize(ctx, 'activity.read');
  const activity = await findVisibleActivity(ctx, id);
  const [names, label, rows] = await Promise.all([activityNames(ctx.db, [activity]), dictionaryLabels(ctx.db, ctx.lang), signupsOf(ctx.db, activity)]);
  let waiting = 0;
  const signups = rows.map(({ signup, volunteerName }) => ({
    ...presentSignup(signup, signup.status === 'waitlisted' ? ++waiting : null), volunteerName,
  }));
  return {
    ...presentActivity(activity, names, label, waiting),
    canManage: can(ctx.actor, 'activity.manage') && activity.status === 'published',
    signups,
  };
}
