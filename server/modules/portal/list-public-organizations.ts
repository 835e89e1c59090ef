import { and, asc, eq, ilike, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Ctx } from '../../platform/context';
import { containsPattern } from '../../platform/http/list';
import { countMatching } from '../../platform/db/count-matching';
import { inScope } from '../../platform/policy/policy';
import { organizations } from '../organizations/organizations.tables';
import { certificates } from '../certificates/certificates.tables';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { certificateColumns, currentCertificateJoin, publicOrganizationsWhere } from './public-organizations';
import type { publicDirectoryQuerySchema, publicOrgClasses, publicOrgStatuses } from './portal.schemas';

/** 组织名录: the public directory, searched by name and filtered by place, category, class and status. */
export async function listPublicOrganizations({ ctx, input }: { ctx: Ctx; input: z.infer<typeof publicDirectoryQuerySchema> }) {
  const filters: (SQL | undefined)[] = [publicOrganizationsWhere()];
  // The place is any node; its subtree predicate also pins the district for places at or below one.
  if (input.place) filters.push(inScope({ jurisdictionCode: input.place }, organizations));
  if (input.q) filters.push(ilike(organizations.name, containsPattern(input.q)));
  if (input.category) filters.push(eq(organizations.category, input.category));
  if (input.orgClass) filters.push(eq(organizations.orgClass, input.orgClass));
  if (input.status) filters.push(eq(organizations.status, input.status));
  const where = and(...filters);
  const [rows, counted] = await Promise.all([
    // Only the columns a directory line shows: the search answers many lines, and mapping every column costs.
    ctx.db.select({
      organization: {
        id: organizations.id, name: organizations.name, orgClass: organizations.orgClass, category: organizations.category,
        streetCode: organizations.streetCode, jurisdictionCode: organizations.jurisdictionCode, status: organizations.status,
        certificateNumber: organizations.certificateNumber,
      },
      ...certificateColumns,
    }).from(organizations)
      .leftJoin(certificates, currentCertificateJoin).where(where)
      // Live organizations first, then by name.
      .orderBy(sql`(${organizations.status} <> 'active')`, asc(organizations.name), asc(organizations.id))
      .limit(input.pageSize).offset((input.page - 1) * input.pageSize),
    countMatching(ctx.db, organizations, where, { search: Boolean(input.q) }),
  ]);
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
