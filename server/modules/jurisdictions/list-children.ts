import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { NotFoundError } from '../../platform/errors';
import { childNodes, findNode } from './jurisdiction-queries';

/** The top of what the actor may see: their own node. */
export async function listRoots({ ctx }: { ctx: ActorCtx }) {
  await authorize(ctx, 'jurisdiction.read');
  const node = await findNode(ctx.db, ctx.actor.jurisdictionCode);
  return { items: node ? [node] : [] };
}

/** A node's children, for the lazy tree; the node must lie in the actor's subtree. */
export async function listChildren({ ctx, code }: { ctx: ActorCtx; code: string }) {
  await authorize(ctx, 'jurisdiction.read', { jurisdictionCode: code });
  if (!(await findNode(ctx.db, code))) throw new NotFoundError('notFound', { what: code });
  return { items: await childNodes(ctx.db, code) };
}
