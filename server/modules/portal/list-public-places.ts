import { eq, isNull } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { jurisdictions } from '../jurisdictions/jurisdictions.tables';
import { selectNodes } from '../jurisdictions/jurisdiction-queries';

/**
 * The place filter's cascade: a node's children (the tree is public information, and not a scoped
 * table), or the provinces in the table at the top. Both read by the parent index.
 */
export async function listPublicPlaces({ ctx, input }: { ctx: Ctx; input: { parent?: string } }) {
  const rows = await selectNodes(ctx.db, input.parent ? eq(jurisdictions.parentCode, input.parent) : isNull(jurisdictions.parentCode));
  return { items: rows.map(({ code, name, level, hasChildren }) => ({ code, name, level, hasChildren })) };
}
