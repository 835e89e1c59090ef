import { and, asc, between, count, eq, ilike, inArray, notExists } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { shanghaiYear } from '../../platform/dates';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { containsPattern, pageWindow } from '../../platform/http/list';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { organizations } from '../organizations/organizations.tables';
import { spotChecks } from './spot-checks.tables';
import type { coverageQuerySchema } from './spot-checks.schemas';

/**
 * Annual coverage (seed 003: 每年开展1次抽查): the active filed and registered organizations of the
 * actor's subtree with no check completed in the year, by name.
 */
export async function listUncheckedOrganizations({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof coverageQuerySchema> }) {
  await authorize(ctx, 'spotCheck.read');
  const year = input.year ?? shanghaiYear(new Date());
  const checked = ctx.db.select({ id: spotChecks.id }).from(spotChecks).where(and(
    eq(spotChecks.districtCode, organizations.districtCode), eq(spotChecks.organizationId, organizations.id), eq(spotChecks.state, 'completed'),
    between(spotChecks.checkedOn, `${year}-01-01`, `${year}-12-31`), inScope(ctx.actor, spotChecks),
  ));
  const where = and(
    inScope(ctx.actor, organizations), eq(organizations.status, 'active'), inArray(organizations.orgClass, ['filed', 'registered']), notExists(checked),
    input.q ? ilike(organizations.name, containsPattern(input.q)) : undefined,
  );
  const { limit, offset } = pageWindow(input);
  const [rows, [{ total }]] = await Promise.all([
    ctx.db.select().from(organizations).where(where).orderBy(asc(organizations.name), asc(organizations.id)).limit(limit).offset(offset),
    ctx.db.select({ total: count() }).from(organizations).where(where),
  ]);
  const names = await jurisdictionNames(ctx.db, rows.flatMap((o) => [o.jurisdictionCode, o.streetCode]));
  return {
    year,
    items: rows.map((o) => ({
      id: o.id, name: o.name, orgClass: o.orgClass, category: o.category,
      placeName: names.get(o.jurisdictionCode) ?? null, streetName: names.get(o.streetCode) ?? null,
    })),
    total, page: input.page, pageSize: input.pageSize,
  };
}
