import type { ActorCtx } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { ConflictError, type FieldError } from '../../platform/errors';
import type { ErrorKey } from '../../../common/i18n';
import { activitySignups } from './activities.tables';
import type { Activity } from './find-activity';
import { theSignup, type Signup } from './signup-queries';

export type AttendanceStep = 'in' | 'out';

/** The sign-up row again, locked: a scan and the manager's button on the same volunteer queue here. */
export async function lockSignup(tx: Db, signup: Pick<Signup, 'districtCode' | 'id'>): Promise<Signup> {
  const [locked] = await tx.select().from(activitySignups).where(theSignup(signup)).for('update');
  return locked;
}

/** Whether this sign-up may take the step at all: a place held (not waiting), not yet in (or in and not yet out). */
export function assertStepAllowed(activity: Activity, signup: Signup, step: AttendanceStep): void {
  if (activity.status !== 'published') throw new ConflictError('activityNotPublished');
  if (signup.status === 'waitlisted') throw new ConflictError('signupWaitlisted');
  if (signup.status === 'attended' || signup.status === 'confirmed') throw new ConflictError('alreadyCheckedOut');
  if (signup.status !== 'signed_up') throw new ConflictError('signupNotActive');
  if (step === 'in' && signup.checkInAt) throw new ConflictError('alreadyCheckedIn');
  if (step === 'out' && !signup.checkInAt) throw new ConflictError('notCheckedIn');
}

const clock = (at: Date) => at.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false });

/**
 * Check-in runs from `activity.checkInOpensMinutes` before the start to the end; check-out from the
 * check-in to `activity.checkOutClosesMinutes` after the end. The problem names the window, or null.
 */
export async function windowProblem(
  ctx: ActorCtx, activity: Activity, signup: Signup, step: AttendanceStep, at: Date,
): Promise<{ key: ErrorKey; params: Record<string, string> } | null> {
  if (step === 'in') {
    const opens = new Date(activity.startsAt.getTime() - (await ctx.services.settings.get('activity.checkInOpensMinutes')) * 60_000);
    return at >= opens && at <= activity.endsAt ? null : { key: 'checkInWindowClosed', params: { from: clock(opens), to: clock(activity.endsAt) } };
  }
  const closes = new Date(activity.endsAt.getTime() + (await ctx.services.settings.get('activity.checkOutClosesMinutes')) * 60_000);
  if (at < signup.checkInAt!) return { key: 'checkOutBeforeCheckIn', params: { at: clock(signup.checkInAt!) } };
  return at <= closes ? null : { key: 'checkOutWindowClosed', params: { to: clock(closes) } };
}

/** Writes the check-in or check-out (checked out means attended, hours to confirm) and its audit row. */
export async function writeAttendance(
  tx: Db, ctx: ActorCtx, activity: Activity, signup: Signup, step: AttendanceStep, at: Date, byManager: boolean,
): Promise<Signup> {
  const by = byManager ? ctx.actor.userId : null;
  const [row] = await tx.update(activitySignups).set(step === 'in'
    ? { checkInAt: at, checkInBy: by, updatedAt: new Date() }
    : { checkOutAt: at, checkOutBy: by, status: 'attended', updatedAt: new Date() }).where(theSignup(signup)).returning();
  await recordAudit(tx, auditActor(ctx), {
    action: step === 'in' ? 'activity.checkIn' : 'activity.checkOut', targetType: 'volunteer_activity', targetId: activity.id,
    details: { signupId: signup.id, volunteerId: signup.volunteerId, at: at.toISOString(), byManager },
  });
  return row;
}

/** A window problem as a field error on the manager's `at`. */
export const atFieldError = (problem: { key: ErrorKey; params: Record<string, string> }): FieldError => ({ path: 'at', ...problem });
