import { and, asc, count, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { pageWindow } from '../../platform/http/list';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { organizations } from '../organizations/organizations.tables';
import type { listHubOrganizationsQuerySchema } from './hub-ledgers.schemas';

/** The hub organizations (枢纽型) in the actor's subtree and the street each serves. */
export async function listHubOrganizations({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof listHubOrganizationsQuerySchema> }) {
  await authorize(ctx, 'organization.read');
  if (input.jurisdictionCode) await authorize(ctx, 'organization.read', { jurisdictionCode: input.jurisdictionCode });
  const where = and(
    eq(organizations.isHub, true), inScope(ctx.actor, organizations),
    input.jurisdictionCode ? inScope({ jurisdictionCode: input.jurisdictionCode }, organizations) : undefined,
  );
  const { limit, offset } = pageWindow(input);
  const [rows, [{ total }]] = await Promise.all([
    ctx.db.select().from(organizations).where(where).orderBy(asc(organizations.hubStreetCode), asc(organizations.name)).limit(limit).offset(offset),
    ctx.db.select({ total: count() }).from(organizations).where(where),
  ]);
  const names = await jurisdictionNames(ctx.db, rows.flatMap((o) => [o.jurisdictionCode, o.hubStreetCode ?? '']));
  return {
    items: rows.map((o) => ({
      id: o.id, name: o.name, status: o.status, orgClass: o.orgClass, jurisdictionCode: o.jurisdictionCode,
      placeName: names.get(o.jurisdictionCode) ?? null, hubStreetCode: o.hubStreetCode,
      hubStreetName: o.hubStreetCode ? names.get(o.hubStreetCode) ?? null : null,
    })),
    total, page: input.page, pageSize: input.pageSize,
  };
}
