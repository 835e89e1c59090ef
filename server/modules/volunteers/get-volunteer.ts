import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { findVolunteerInScope } from './find-volunteer';
import { presentVolunteer } from './volunteer-presenter';

/** One volunteer's profile (numbers masked) and teams. */
export async function getVolunteer({ ctx, id }: { ctx: ActorCtx; id: string }) {
  await authorize(ctx, 'volunteer.read');
  return presentVolunteer(ctx.db, ctx.services.fieldKeys, await findVolunteerInScope(ctx, id));
}
