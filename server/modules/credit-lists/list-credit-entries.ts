import { and, count, desc, eq, exists, ilike, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { containsPattern, pageWindow } from '../../platform/http/list';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { leaderOwnOrganizations } from '../filings/organization-case';
import { organizations } from '../organizations/organizations.tables';
import { creditListEntries, creditListRequests } from './credit-lists.tables';
import { presentCreditEntry } from './credit-entry-presenter';
import type { listCreditEntriesQuerySchema } from './credit-lists.schemas';

/** Entries in the actor's subtree (a leader: their organizations'), newest first. */
export async function listCreditEntries({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof listCreditEntriesQuerySchema> }) {
  await authorize(ctx, 'creditList.read');
  if (input.jurisdictionCode) await authorize(ctx, 'creditList.read', { jurisdictionCode: input.jurisdictionCode });
  const pendingRequest = exists(ctx.db.select({ one: sql`1` }).from(creditListRequests).where(and(
    eq(creditListRequests.districtCode, creditListEntries.districtCode), eq(creditListRequests.entryId, creditListEntries.id),
    eq(creditListRequests.state, 'pending'), inScope(ctx.actor, creditListRequests),
  )));
  const filters: (SQL | undefined)[] = [inScope(ctx.actor, creditListEntries), leaderOwnOrganizations(ctx)];
  if (input.jurisdictionCode) filters.push(inScope({ jurisdictionCode: input.jurisdictionCode }, creditListEntries));
  if (input.list) filters.push(eq(creditListEntries.list, input.list));
  if (input.status === 'on') filters.push(isNull(creditListEntries.removedOn));
  if (input.status === 'removed') filters.push(isNotNull(creditListEntries.removedOn));
  if (input.organizationId) filters.push(eq(creditListEntries.organizationId, input.organizationId));
  if (input.pending) filters.push(pendingRequest);
  if (input.q) filters.push(ilike(organizations.name, containsPattern(input.q)));
  const where = and(...filters);
  const join = and(
    eq(organizations.districtCode, creditListEntries.districtCode), eq(organizations.id, creditListEntries.organizationId), inScope(ctx.actor, organizations),
  );
  const { limit, offset } = pageWindow(input);
  const [rows, [{ total }]] = await Promise.all([
    ctx.db.select({ entry: creditListEntries, organization: organizations, pending: pendingRequest.mapWith(Boolean) }).from(creditListEntries)
      .innerJoin(organizations, join).where(where)
      .orderBy(desc(creditListEntries.enteredOn), desc(creditListEntries.createdAt), desc(creditListEntries.id)).limit(limit).offset(offset),
    ctx.db.select({ total: count() }).from(creditListEntries).innerJoin(organizations, join).where(where),
  ]);
  const names = await jurisdictionNames(ctx.db, rows.map((r) => r.organization.jurisdictionCode));
  return {
    items: rows.map(({ entry, organization, pending }) =>
      presentCreditEntry(entry, organization, { placeName: names.get(organization.jurisdictionCode) ?? null, pendingRequest: pending })),
    total, page: input.page, pageSize: input.pageSize,
  };
}
