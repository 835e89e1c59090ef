import { asc, inArray } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { NotFoundError } from '../../platform/errors';
import { jurisdictions } from './jurisdictions.tables';
import { ancestorCodes, findNode } from './jurisdiction-queries';

/** A node with its ancestors (the breadcrumb), inside the actor's subtree. */
export async function getJurisdiction({ ctx, code }: { ctx: ActorCtx; code: string }) {
  await authorize(ctx, 'jurisdiction.read', { jurisdictionCode: code });
  const node = await findNode(ctx.db, code);
  if (!node) throw new NotFoundError('notFound', { what: code });
  const ancestors = await ctx.db
    .select({ code: jurisdictions.code, name: jurisdictions.name, level: jurisdictions.level })
    .from(jurisdictions)
    .where(inArray(jurisdictions.code, ancestorCodes(code)))
    .orderBy(asc(jurisdictions.level));
  return { ...node, ancestors };
}
