import { and, asc, eq, ilike, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScopeSlots, scopeValues } from '../../platform/policy/policy';
import { containsPattern, pageWindow } from '../../platform/http/list';
import { matchingCountQuery, pageTotal } from '../../platform/db/count-matching';
import { preparedRead, shapeHas, shapeOf } from '../../platform/db/prepared-read';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { leaderOwnOrganizationsSlots, leaderValues } from '../filings/organization-case';
import { organizations } from './organizations.tables';
import type { listOrganizationsQuerySchema } from './organizations.schemas';

/** The staff list: organizations in the actor's subtree, filtered by place, class, category, status, hub, text. */
export async function listOrganizations({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof listOrganizationsQuerySchema> }) {
  await authorize(ctx, 'organization.read');
  const filters = {
    ...scopeValues(ctx.actor),
    // A leader sees their own organizations only (the one they belong to, the ones they founded).
    ...leaderValues(ctx),
    ...(input.jurisdictionCode ? scopeValues({ jurisdictionCode: input.jurisdictionCode }, 'place') : {}),
    orgClass: input.orgClass, category: input.category, status: input.status, hub: input.hub,
    q: input.q ? containsPattern(input.q) : undefined,
  };
  const shape = shapeOf(filters);
  const window = pageWindow(input);
  const rows = await staffListPage(ctx.db, { ...filters, ...window }, shape);
  const counted = await pageTotal(rows, window, { search: Boolean(input.q) }, () => staffListCount(ctx.db, filters, shape));
  const names = await jurisdictionNames(ctx.db, rows.flatMap((r) => [r.jurisdictionCode, r.streetCode]));
  return {
    items: rows.map((o) => ({
      id: o.id, name: o.name, orgClass: o.orgClass, category: o.category, status: o.status, isHub: o.isHub,
      jurisdictionCode: o.jurisdictionCode, placeName: names.get(o.jurisdictionCode) ?? null, streetName: names.get(o.streetCode) ?? null,
      memberCount: o.memberCount, leaderName: o.leaderName, certificateNumber: o.certificateNumber, creditCode: o.creditCode,
      filedAt: o.filedAt?.toISOString() ?? null,
    })),
    ...counted, page: input.page, pageSize: input.pageSize,
  };
}

/** The list's filters with placeholders, for the names its shape has (`shapeOf`). */
function staffListWhere(shape: string) {
  const has = (name: string) => shapeHas(shape, name);
  return and(
    inScopeSlots(has('scopeDistrict') ? 'district' : 'subtree', organizations),
    leaderOwnOrganizationsSlots(shape),
    has('placePrefix') ? inScopeSlots(has('placeDistrict') ? 'district' : 'subtree', organizations, 'place') : undefined,
    has('orgClass') ? eq(organizations.orgClass, sql.placeholder('orgClass')) : undefined,
    has('category') ? eq(organizations.category, sql.placeholder('category')) : undefined,
    has('status') ? eq(organizations.status, sql.placeholder('status')) : undefined,
    has('hub') ? eq(organizations.isHub, sql.placeholder('hub')) : undefined,
    has('q') ? or(ilike(organizations.name, sql.placeholder('q')), ilike(organizations.certificateNumber, sql.placeholder('q'))) : undefined,
  );
}

const staffListPage = preparedRead('organization_list_page', (db, shape: string) => db.select({
  id: organizations.id, name: organizations.name, orgClass: organizations.orgClass, category: organizations.category,
  status: organizations.status, isHub: organizations.isHub, jurisdictionCode: organizations.jurisdictionCode, streetCode: organizations.streetCode,
  memberCount: organizations.memberCount, leaderName: organizations.leaderName, certificateNumber: organizations.certificateNumber,
  creditCode: organizations.creditCode, filedAt: organizations.filedAt,
}).from(organizations).where(staffListWhere(shape)).orderBy(asc(organizations.jurisdictionCode), asc(organizations.name))
  .limit(sql.placeholder('limit')).offset(sql.placeholder('offset')));

const staffListCount = preparedRead('organization_list_count', (db, shape: string) =>
  matchingCountQuery(db, organizations, staffListWhere(shape), { search: shapeHas(shape, 'q') }));
