import { and, eq } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { NotFoundError } from '../../platform/errors';
import { inScope } from '../../platform/policy/policy';
import { attachments } from '../../platform/files/files.tables';

/** A file inside the actor's subtree; elsewhere it does not exist for them (404). */
export async function openAttachment({ ctx, id }: { ctx: ActorCtx; id: string }) {
  await authorize(ctx, 'attachment.read');
  const [row] = await ctx.db.select().from(attachments).where(and(eq(attachments.id, id), inScope(ctx.actor, attachments)));
  if (!row) throw new NotFoundError('notFound', { what: id });
  return { row, stream: await ctx.services.storage.get(row.storageKey) };
}
