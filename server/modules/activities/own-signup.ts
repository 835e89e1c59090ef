import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { NotFoundError } from '../../platform/errors';
import { inScope, systemScope } from '../../platform/policy/policy';
import type { Volunteer } from '../volunteers/own-volunteer';
import { activitySignups } from './activities.tables';
import type { Activity } from './find-activity';
import type { Signup } from './signup-queries';

/** The volunteer's own sign-up for an activity (found by the volunteer, not by place), or 404. */
export async function findOwnSignup(db: Db, volunteer: Volunteer, activity: Activity): Promise<Signup> {
  const [signup] = await db.select().from(activitySignups).where(and(
    eq(activitySignups.districtCode, activity.districtCode), eq(activitySignups.activityId, activity.id), eq(activitySignups.volunteerId, volunteer.id),
    inScope(systemScope, activitySignups),
  ));
  if (!signup) throw new NotFoundError('signupNotFound');
  return signup;
}
