import { and, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { ActorCtx, Ctx } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { NotFoundError } from '../../platform/errors';
import { inScope, systemScope } from '../../platform/policy/policy';
import { volunteerActivities } from './activities.tables';
import { managedUnits } from '../volunteers/managed-units';

export type Activity = typeof volunteerActivities.$inferSelect;

/** Leaders and volunteers see what they publish or manage, wherever it is; staff see their subtree. */
export function seesOwnActivitiesOnly(ctx: ActorCtx): boolean {
  return ctx.actor.role === 'org' || ctx.actor.role === 'volunteer';
}

/**
 * The activities the actor may see in the console: staff by place; a leader or a volunteer those it
 * published, manages, or that its stations and teams host (platform-wide, as standing is not place).
 */
export async function visibleActivities(ctx: ActorCtx): Promise<SQL> {
  if (!seesOwnActivitiesOnly(ctx)) return inScope(ctx.actor, volunteerActivities);
  const { stations, teams } = await managedUnits(ctx);
  const hostIds = [...stations, ...teams].map((h) => h.id);
  return and(inScope(systemScope, volunteerActivities), or(
    eq(volunteerActivities.managerUserId, ctx.actor.userId), eq(volunteerActivities.createdBy, ctx.actor.userId),
    hostIds.length ? inArray(volunteerActivities.hostId, hostIds) : undefined,
  ))!;
}

const notFound = (ctx: Ctx) => new NotFoundError('notFound', { what: ctx.lang === 'en' ? 'Activity' : '志愿活动' });

/** One activity the actor sees in the console, or 404. */
export async function findVisibleActivity(ctx: ActorCtx, id: string): Promise<Activity> {
  const [activity] = await ctx.db.select().from(volunteerActivities).where(and(eq(volunteerActivities.id, id), await visibleActivities(ctx)));
  if (!activity) throw notFound(ctx);
  return activity;
}

/** An activity as the public and volunteers address it: by id alone, anywhere (its facts are public). */
export async function findActivityById(ctx: Ctx, id: string): Promise<Activity> {
  const [activity] = await ctx.db.select().from(volunteerActivities).where(and(eq(volunteerActivities.id, id), inScope(systemScope, volunteerActivities)));
  if (!activity) throw notFound(ctx);
  return activity;
}

/**
 * The activity row again, locked for the transaction: sign-ups, cancellations and capacity changes
 * of one activity queue here, so `signed_up_count` never passes the capacity.
 */
export async function lockActivity(tx: Db, activity: Pick<Activity, 'districtCode' | 'id'>): Promise<Activity> {
  const [locked] = await tx.select().from(volunteerActivities).where(theActivity(activity)).for('update');
  return locked;
}

/** One activity row by its key, once the caller has found it in its reach. */
export const theActivity = (activity: Pick<Activity, 'districtCode' | 'id'>) => and(
  eq(volunteerActivities.districtCode, activity.districtCode), eq(volunteerActivities.id, activity.id), inScope(systemScope, volunteerActivities),
);
