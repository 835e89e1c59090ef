import { and, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { serviceRecords } from './service-records.tables';
import type { ServiceRecordFilters } from './service-records.schemas';

/** The reversal of a record, if any (made by a moment, when given): joined to tell reversed records from standing ones. */
export const reversals = alias(serviceRecords, 'reversal');
export const reversalJoin = (asOf?: Date) => and(
  eq(reversals.districtCode, serviceRecords.districtCode), eq(reversals.reversesId, serviceRecords.id), asOf ? lte(reversals.createdAt, asOf) : undefined,
);

/**
 * The records an actor reads: those served in their subtree (an organization's leader, only those
 * of their organization), narrowed by the filters. A place outside the subtree is refused (403).
 */
export async function readableRecords(ctx: ActorCtx, filters: Partial<ServiceRecordFilters>): Promise<SQL[]> {
  if (filters.jurisdictionCode) await authorize(ctx, 'serviceRecord.read', { jurisdictionCode: filters.jurisdictionCode });
  const where: (SQL | undefined)[] = [inScope(ctx.actor, serviceRecords)];
  if (ctx.actor.role === 'org') {
    where.push(ctx.actor.organizationId ? eq(serviceRecords.organizationId, ctx.actor.organizationId) : sql`false`);
  }
  if (filters.jurisdictionCode) where.push(inScope({ jurisdictionCode: filters.jurisdictionCode }, serviceRecords));
  if (filters.volunteerId) where.push(eq(serviceRecords.volunteerId, filters.volunteerId));
  if (filters.teamId) where.push(eq(serviceRecords.teamId, filters.teamId));
  if (filters.stationId) where.push(eq(serviceRecords.stationId, filters.stationId));
  if (filters.organizationId) where.push(eq(serviceRecords.organizationId, filters.organizationId));
  if (filters.serviceType) where.push(eq(serviceRecords.serviceType, filters.serviceType));
  if (filters.kind) where.push(eq(serviceRecords.kind, filters.kind));
  if (filters.from) where.push(gte(serviceRecords.serviceDate, filters.from));
  if (filters.to) where.push(lte(serviceRecords.serviceDate, filters.to));
  return where.filter((w): w is SQL => w !== undefined);
}
