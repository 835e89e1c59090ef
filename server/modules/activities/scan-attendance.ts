import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { ConflictError, ValidationError } from '../../platform/errors';
import { authorize } from '../../platform/policy/authorize';
import { findOwnVolunteer } from '../volunteers/own-volunteer';
import { presentSignup } from './activity-presenter';
import { assertStepAllowed, lockSignup, windowProblem, writeAttendance, type AttendanceStep } from './attendance';
import { checkInCodeIsValid } from './check-in-code';
import { findActivityById } from './find-activity';
import { findOwnSignup } from './own-signup';
import type { checkInCodeBodySchema } from './activities.schemas';

/**
 * A volunteer scans the activity's QR code (or types its digits) to check in, and again to check
 * out. The code must be the one shown now (or a moment ago): a photo of it is soon worthless.
 */
export async function scanAttendance({ ctx, id, input, step }: { ctx: ActorCtx; id: string; input: z.infer<typeof checkInCodeBodySchema>; step: AttendanceStep }) {
  await authorize(ctx, 'activity.signUp');
  const volunteer = await findOwnVolunteer(ctx);
  const activity = await findActivityById(ctx, id);
  const now = new Date();
  if (!checkInCodeIsValid(activity, input.code, now)) {
    throw new ValidationError('validation', {}, [{ path: 'code', key: 'checkInCodeInvalid' }]);
  }
  const signup = await ctx.db.transaction(async (tx) => {
    const current = await lockSignup(tx, await findOwnSignup(tx, volunteer, activity));
    assertStepAllowed(activity, current, step);
    const problem = await windowProblem(ctx, activity, current, step, now);
    if (problem) throw new ConflictError(problem.key, problem.params);
    return writeAttendance(tx, ctx, activity, current, step, now, false);
  });
  return { ...presentSignup(signup, null), activityTitle: activity.title };
}
