import type { ActorCtx } from '../../platform/context';
import { NotFoundError } from '../../platform/errors';
import { readNotices } from './notice-rows';

/** One notice the actor may read, with its organization, or 404. */
export async function findNotice(ctx: ActorCtx, id: string) {
  const found = await readNotices(ctx, { id });
  if (!found.rows.length) throw new NotFoundError('notFound', { what: ctx.lang === 'en' ? 'Notice' : '文书' });
  return { ...found.rows[0], item: found.items[0] };
}
