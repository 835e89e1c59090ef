import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { ConflictError, ValidationError } from '../../platform/errors';
import { authorize } from '../../platform/policy/authorize';
import { presentSignup } from './activity-presenter';
import { assertStepAllowed, atFieldError, lockSignup, windowProblem, writeAttendance, type AttendanceStep } from './attendance';
import { findManagedSignup } from './find-managed-signup';
import type { recordAttendanceBodySchema } from './activities.schemas';

/**
 * The manager checks a volunteer in or out by hand (no phone, a flat battery), now or at a time they
 * give, which must fall inside the window and not in the future.
 */
export async function recordAttendance({ ctx, id, signupId, input, step }: {
  ctx: ActorCtx; id: string; signupId: string; input: z.infer<typeof recordAttendanceBodySchema>; step: AttendanceStep;
}) {
  await authorize(ctx, 'activity.manage');
  const { activity, signup: found } = await findManagedSignup(ctx, id, signupId);
  const now = new Date();
  const at = input?.at ? new Date(input.at) : now;
  if (at > now) throw new ValidationError('validation', {}, [{ path: 'at', key: 'attendanceAtInFuture' }]);
  const signup = await ctx.db.transaction(async (tx) => {
    const current = await lockSignup(tx, found);
    assertStepAllowed(activity, current, step);
    const problem = await windowProblem(ctx, activity, current, step, at);
    if (problem && input?.at) throw new ValidationError('validation', {}, [atFieldError(problem)]);
    if (problem) throw new ConflictError(problem.key, problem.params);
    return writeAttendance(tx, ctx, activity, current, step, at, true);
  });
  return presentSignup(signup, null);
}
