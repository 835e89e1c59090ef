import { and, eq } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { NotFoundError } from '../../platform/errors';
import { inScope } from '../../platform/policy/policy';
import { helpRequests } from './activities.tables';

export type HelpRequest = typeof helpRequests.$inferSelect;

/** A request for help inside the actor's subtree, or 404. */
export async function findHelpRequestInScope(ctx: ActorCtx, id: string): Promise<HelpRequest> {
  const [request] = await ctx.db.select().from(helpRequests).where(and(eq(helpRequests.id, id), inScope(ctx.actor, helpRequests)));
  if (!request) throw new NotFoundError('notFound', { what: ctx.lang === 'en' ? 'Request for help' : '服务需求' });
  return request;
}

/** One request row by its key, still in the status it was read in (two clerks cannot both act on it). */
export const theHelpRequest = (r: Pick<HelpRequest, 'districtCode' | 'id'>, ctx: ActorCtx, status: HelpRequest['status']) => and(
  eq(helpRequests.districtCode, r.districtCode), eq(helpRequests.id, r.id), eq(helpRequests.status, status), inScope(ctx.actor, helpRequests),
);
