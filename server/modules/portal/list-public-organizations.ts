import { and, asc, eq, ilike, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Ctx } from '../../platform/context';
import { containsPattern } from '../../platform/http/list';
import { matchingCountQuery, pageTotal } from '../../platform/db/count-matching';
import { preparedRead, shapeHas, shapeOf } from '../../platform/db/prepared-read';
import { inScopeSlots, scopeValues } from '../../platform/policy/policy';
import { organizations } from '../organizations/organizations.tables';
import { certificates } from '../certificates/certificates.tables';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { certificateColumns, currentCertificateJoin, publicOrganizationsWhere } from './public-organizations';
import type { publicDirectoryQuerySchema, publicOrgClasses, publicOrgStatuses } from './portal.schemas';

/** 组织名录: the public directory, searched by name and filtered by place, category, class and status. */
export async function listPublicOrganizations({ ctx, input }: { ctx: Ctx; input: z.infer<typeof publicDirectoryQuerySchema> }) {
  const filters = {
    // The place is any node; its subtree predicate also pins the district for places at or below one.
    ...(input.place ? scopeValues({ jurisdictionCode: input.place }, 'place') : {}),
    q: input.q ? containsPattern(input.q) : undefined, category: input.category, orgClass: input.orgClass, status: input.status,
  };
  const shape = shapeOf(filters);
  const window = { limit: input.pageSize, offset: (input.page - 1) * input.pageSize };
  const rows = await directoryPage(ctx.db, { ...filters, ...window }, shape);
  const counted = await pageTotal(rows, window, { search: Boolean(input.q) }, () => directoryCount(ctx.db, filters, shape));
  const names = await jurisdictionNames(ctx.db, rows.flatMap(({ organization: o }) => [o.streetCode, o.jurisdictionCode]));
  return {
    items: rows.map(({ organization: o, certificateStatus }) => ({
      id: o.id,
      name: o.name,
      orgClass: o.orgClass as (typeof publicOrgClasses)[number],
      category: o.category,
      streetName: names.get(o.streetCode) ?? null,
      communityName: o.jurisdictionCode.length === 12 ? names.get(o.jurisdictionCode) ?? null : null,
      status: o.status as (typeof publicOrgStatuses)[number],
      certificateNumber: o.certificateNumber,
      certificateStatus,
    })),
    ...counted, page: input.page, pageSize: input.pageSize,
  };
}

/** The directory's filters with placeholders, for the names its shape has (`shapeOf`). */
function directoryWhere(shape: string) {
  return and(
    publicOrganizationsWhere(),
    shapeHas(shape, 'placePrefix') ? inScopeSlots(shapeHas(shape, 'placeDistrict') ? 'district' : 'subtree', organizations, 'place') : undefined,
    shapeHas(shape, 'q') ? ilike(organizations.name, sql.placeholder('q')) : undefined,
    shapeHas(shape, 'category') ? eq(organizations.category, sql.placeholder('category')) : undefined,
    shapeHas(shape, 'orgClass') ? eq(organizations.orgClass, sql.placeholder('orgClass')) : undefined,
    shapeHas(shape, 'status') ? eq(organizations.status, sql.placeholder('status')) : undefined,
  );
}

const directoryPage = preparedRead('public_directory_page', (db, shape: string) => db.select({
  organization: {
    // Only the columns a directory line shows: the search answers many lines, and mapping every column costs.
    id: organizations.id, name: organizations.name, orgClass: organizations.orgClass, category: organizations.category,
    streetCode: organizations.streetCode, jurisdictionCode: organizations.jurisdictionCode, status: organizations.status,
    certificateNumber: organizations.certificateNumber,
  },
  ...certificateColumns,
}).from(organizations)
  .leftJoin(certificates, currentCertificateJoin).where(directoryWhere(shape))
  // Live organizations first, then by name.
  .orderBy(sql`(${organizations.status} <> 'active')`, asc(organizations.name), asc(organizations.id))
  .limit(sql.placeholder('limit')).offset(sql.placeholder('offset')));

const directoryCount = preparedRead('public_directory_count', (db, shape: string) =>
  matchingCountQuery(db, organizations, directoryWhere(shape), { search: shapeHas(shape, 'q') }));
