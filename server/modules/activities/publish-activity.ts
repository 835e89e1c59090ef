import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { districtCodeOf } from '../../platform/db/columns';
import { ForbiddenError, ValidationError, type FieldError } from '../../platform/errors';
import { authorize } from '../../platform/policy/authorize';
import { inScope, inSubtree, systemScope } from '../../platform/policy/policy';
import { users } from '../users/users.tables';
import { volunteerActivities } from './activities.tables';
import { findActivityHost, hasHostStanding, type ActivityHost } from './activity-host';
import { activityTimeErrors } from './activity-times';
import { newCheckInSecret } from './check-in-code';
import { getActivity } from './get-activity';
import { placeErrors, unknownDictionaryCodes } from './request-checks';
import type { publishActivityBodySchema } from './activities.schemas';

type Input = z.infer<typeof publishActivityBodySchema>;

/**
 * 发布志愿活动: a committee or street office for itself, an organization's leader (or the office over
 * it) for the organization, a station's or team's manager (or the office over it) for the station
 * or team. The place lies in the publisher's subtree, or in the subtree of the station or team it runs.
 */
export async function publishActivity({ ctx, input }: { ctx: ActorCtx; input: Input }) {
  await authorize(ctx, 'activity.publish');
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  const errors: FieldError[] = [
    ...(input.hostType !== 'committee' && !input.hostId ? [{ path: 'hostId', key: 'activityHostRequired' as const }] : []),
    ...activityTimeErrors(startsAt, endsAt, new Date()),
    ...await placeErrors(ctx.db, input.jurisdictionCode),
    ...await unknownDictionaryCodes(ctx.db, [
      { path: 'serviceType', type: 'service_type', codes: [input.serviceType] },
      { path: 'groupsServed', type: 'target_group', codes: input.groupsServed },
      { path: 'skillsWanted', type: 'skill', codes: input.skillsWanted },
    ]),
  ];
  if (errors.length) throw new ValidationError('validation', {}, errors);

  const host = await findActivityHost(ctx.db, input.hostType, input.hostId, ctx.lang);
  const runsHost = host.jurisdictionCode !== null && host.managerUserId === ctx.actor.userId;
  if (!inSubtree(ctx.actor.jurisdictionCode, input.jurisdictionCode) && !(runsHost && inSubtree(host.jurisdictionCode!, input.jurisdictionCode))) {
    await authorize(ctx, 'activity.publish', { jurisdictionCode: input.jurisdictionCode });
  }
  if (!hasHostStanding(ctx.actor, host, input.jurisdictionCode)) throw new ForbiddenError('activityHostNotYours');
  const managerUserId = input.managerUserId ?? ctx.actor.userId;
  if (managerUserId !== ctx.actor.userId) await checkManager(ctx, managerUserId, host, input.jurisdictionCode);

  const id = await ctx.db.transaction(async (tx) => {
    const [created] = await tx.insert(volunteerActivities).values({
      districtCode: districtCodeOf(input.jurisdictionCode), jurisdictionCode: input.jurisdictionCode, hostType: input.hostType, hostId: host.hostId,
      title: input.title, description: input.description || null, serviceType: input.serviceType, groupsServed: input.groupsServed,
      skillsWanted: input.skillsWanted, address: input.address, startsAt, endsAt, capacity: input.capacity, managerUserId,
      checkInSecret: newCheckInSecret(), createdBy: ctx.actor.userId,
    }).returning({ id: volunteerActivities.id });
    await recordAudit(tx, auditActor(ctx), {
      action: 'activity.publish', targetType: 'volunteer_activity', targetId: created.id,
      details: { title: input.title, jurisdictionCode: input.jurisdictionCode, hostType: input.hostType, hostId: host.hostId, managerUserId, capacity: input.capacity },
    });
    return created.id;
  });
  return getActivity({ ctx, id });
}

/** A named manager needs the same standing as a publisher: an active account that may act for this host here. */
async function checkManager(ctx: ActorCtx, userId: string, host: ActivityHost, place: string): Promise<void> {
  // The manager may sit anywhere (a station's volunteer manager lives in any community): by id, platform-wide.
  const [user] = await ctx.db.select().from(users).where(and(eq(users.id, userId), eq(users.status, 'active'), inScope(systemScope, users)));
  if (!user || !hasHostStanding({ ...user, userId: user.id }, host, place)) {
    throw new ValidationError('validation', {}, [{ path: 'managerUserId', key: 'activityManagerNoStanding' }]);
  }
}
