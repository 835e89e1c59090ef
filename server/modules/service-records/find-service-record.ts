import { and, eq } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { NotFoundError } from '../../platform/errors';
import { inScope } from '../../platform/policy/policy';
import { serviceRecords } from './service-records.tables';

/** A service record whose place of service lies in the actor's subtree, or 404. */
export async function findServiceRecordInScope(ctx: ActorCtx, id: string) {
  const [record] = await ctx.db.select().from(serviceRecords).where(and(eq(serviceRecords.id, id), inScope(ctx.actor, serviceRecords)));
  if (!record) throw new NotFoundError('notFound', { what: ctx.lang === 'en' ? 'Service record' : '服务记录' });
  return record;
}
