import { and, asc, count, eq, ilike, type SQL } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { containsPattern } from '../../platform/http/list';
import { inScope } from '../../platform/policy/policy';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { organizations } from '../organizations/organizations.tables';
import { spotChecks } from './spot-checks.tables';
import { presentCheck } from './spot-check-presenter';
import { staffNames } from './staff-names';

/** Checks in the actor's subtree matching the filters, with their organizations, places and inspectors' names. */
export async function readChecks(
  ctx: ActorCtx,
  filters: { drawId?: string; state?: 'planned' | 'completed'; organizationId?: string; id?: string; q?: string },
  window: { limit: number; offset: number } = { limit: 100_000, offset: 0 },
) {
  const where = and(...[
    inScope(ctx.actor, spotChecks),
    filters.id ? eq(spotChecks.id, filters.id) : undefined,
    filters.drawId ? eq(spotChecks.drawId, filters.drawId) : undefined,
    filters.state ? eq(spotChecks.state, filters.state) : undefined,
    filters.organizationId ? eq(spotChecks.organizationId, filters.organizationId) : undefined,
    filters.q ? ilike(organizations.name, containsPattern(filters.q)) : undefined,
  ] satisfies (SQL | undefined)[]);
  const join = and(eq(organizations.districtCode, spotChecks.districtCode), eq(organizations.id, spotChecks.organizationId), inScope(ctx.actor, organizations));
  const [rows, [{ total }]] = await Promise.all([
    ctx.db.select({ check: spotChecks, organization: organizations }).from(spotChecks).innerJoin(organizations, join).where(where)
      .orderBy(asc(spotChecks.state), asc(organizations.name), asc(spotChecks.id)).limit(window.limit).offset(window.offset),
    ctx.db.select({ total: count() }).from(spotChecks).innerJoin(organizations, join).where(where),
  ]);
  const [staff, places] = await Promise.all([
    staffNames(ctx.db, rows.flatMap((r) => r.check.inspectorIds)),
    jurisdictionNames(ctx.db, rows.flatMap((r) => [r.check.jurisdictionCode, r.organization.streetCode])),
  ]);
  return { rows, items: rows.map((r) => presentCheck(r.check, r.organization, { staff, places })), total };
}
