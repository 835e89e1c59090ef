import { and, asc, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { containsPattern, pageWindow } from '../../platform/http/list';
import { countMatching } from '../../platform/db/count-matching';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { leaderOwnOrganizations } from '../filings/organization-case';
import { organizations } from './organizations.tables';
import type { listOrganizationsQuerySchema } from './organizations.schemas';

/** The staff list: organizations in the actor's subtree, filtered by place, class, category, status, hub, text. */
export async function listOrganizations({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof listOrganizationsQuerySchema> }) {
  await authorize(ctx, 'organization.read');
  const filters: (SQL | undefined)[] = [inScope(ctx.actor, organizations)];
  // A leader sees their own organizations only (the one they belong to, the ones they founded).
  filters.push(leaderOwnOrganizations(ctx));
  if (input.jurisdictionCode) filters.push(inScope({ jurisdictionCode: input.jurisdictionCode }, organizations));
  if (input.orgClass) filters.push(eq(organizations.orgClass, input.orgClass));
  if (input.category) filters.push(eq(organizations.category, input.category));
  if (input.status) filters.push(eq(organizations.status, input.status));
  if (input.hub !== undefined) filters.push(eq(organizations.isHub, input.hub));
  if (input.q) filters.push(or(ilike(organizations.name, containsPattern(input.q)), ilike(organizations.certificateNumber, containsPattern(input.q))));
  const where = and(...filters);
  const { limit, offset } = pageWindow(input);
  const [rows, counted] = await Promise.all([
    ctx.db.select({
      id: organizations.id, name: organizations.name, orgClass: organizations.orgClass, category: organizations.category,
      status: organizations.status, isHub: organizations.isHub, jurisdictionCode: organizations.jurisdictionCode, streetCode: organizations.streetCode,
      memberCount: organizations.memberCount, leaderName: organizations.leaderName, certificateNumber: organizations.certificateNumber,
      creditCode: organizations.creditCode, filedAt: organizations.filedAt,
    }).from(organizations).where(where).orderBy(asc(organizations.jurisdictionCode), asc(organizations.name)).limit(limit).offset(offset),
    countMatching(ctx.db, organizations, where, { search: Boolean(input.q) }),
  ]);
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
