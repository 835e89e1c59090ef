import { and, count, ilike, like } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { containsPattern, pageWindow } from '../../platform/http/list';
import { jurisdictions } from './jurisdictions.tables';
import { ancestorCodes, selectNodes } from './jurisdiction-queries';
import { jurisdictionNames } from './jurisdiction-names';
import type { searchJurisdictionsQuerySchema } from './jurisdictions.schemas';

/**
 * Finds nodes in the actor's subtree by a piece of the name (trigram index) or a code prefix,
 * each with its path ("清城区 / 凤城街道") so same-named villages can be told apart.
 */
export async function searchJurisdictions({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof searchJurisdictionsQuerySchema> }) {
  await authorize(ctx, 'jurisdiction.read');
  const text = input.q;
  const matches = /^\d+$/.test(text)
    ? like(jurisdictions.code, `${text}%`)
    : ilike(jurisdictions.name, containsPattern(text));
  const where = and(like(jurisdictions.code, `${ctx.actor.jurisdictionCode}%`), matches);
  const { limit, offset } = pageWindow(input);
  const [items, [{ total }]] = await Promise.all([
    selectNodes(ctx.db, where, { limit, offset }),
    ctx.db.select({ total: count() }).from(jurisdictions).where(where),
  ]);
  const names = await jurisdictionNames(ctx.db, items.flatMap((n) => ancestorCodes(n.code)));
  return {
    items: items.map((n) => ({
      ...n,
      pathNames: ancestorCodes(n.code)
        .filter((c) => c.length >= ctx.actor.jurisdictionCode.length)
        .map((c) => names.get(c) ?? c)
        .join(' / '),
    })),
    total,
    page: input.page,
    pageSize: input.pageSize,
  };
}
