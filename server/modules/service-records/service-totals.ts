import { and, asc, count, countDistinct, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { pageWindow } from '../../platform/http/list';
import { serviceRecords } from './service-records.tables';
import { readableRecords, reversalJoin, reversals } from './record-filters';
import { recordNames, volunteerNames } from './record-names';
import { hoursOf } from './service-minutes';
import type { serviceTotalsQuerySchema, ServiceTotalsGroup } from './service-records.schemas';

const groupKey: Record<ServiceTotalsGroup, SQL<string | null>> = {
  volunteer: sql`${serviceRecords.volunteerId}::text`,
  team: sql`${serviceRecords.teamId}::text`,
  station: sql`${serviceRecords.stationId}::text`,
  place: sql`${serviceRecords.jurisdictionCode}`,
  month: sql`to_char(${serviceRecords.serviceDate}, 'YYYY-MM')`,
};

/**
 * 服务统计: minutes, records and volunteers by volunteer, team, station, place or month, net of
 * reversals (a reversed record and its reversal cancel out, so only standing records are counted),
 * with the sum over everything selected.
 */
export async function serviceTotals({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof serviceTotalsQuerySchema> }) {
  await authorize(ctx, 'serviceRecord.read');
  const where = and(...await readableRecords(ctx, input), eq(serviceRecords.kind, 'service'), isNull(reversals.id));
  const key = groupKey[input.by];
  const minutes = sql<number>`coalesce(sum(${serviceRecords.minutes}), 0)`.mapWith(Number);
  const measures = { minutes, records: count(), volunteers: countDistinct(serviceRecords.volunteerId) };
  // Query builders change in place: one for the page, one to count the groups.
  const groups = () => ctx.db.select({ key: key.as('key'), ...measures }).from(serviceRecords).leftJoin(reversals, reversalJoin()).where(where).groupBy(key);
  const { limit, offset } = pageWindow(input);
  const [rows, [{ total }], [sum]] = await Promise.all([
    groups().orderBy(...(input.by === 'month' ? [asc(key)] : [desc(minutes), asc(key)])).limit(limit).offset(offset),
    ctx.db.select({ total: count() }).from(groups().as('groups')),
    ctx.db.select(measures).from(serviceRecords).leftJoin(reversals, reversalJoin()).where(where),
  ]);
  const label = await labeller(ctx, input.by, rows.map((r) => r.key));
  const present = (m: { minutes: number; records: number; volunteers: number }) => ({ ...m, hours: hoursOf(m.minutes) });
  return {
    by: input.by,
    items: rows.map((r) => ({ key: r.key, label: label(r.key), ...present(r) })),
    summary: present(sum),
    total, page: input.page, pageSize: input.pageSize,
  };
}

/** The name of each group: a volunteer's or unit's name, a place's, the month itself. */
async function labeller(ctx: ActorCtx, by: ServiceTotalsGroup, keys: (string | null)[]): Promise<(key: string | null) => string | null> {
  const present = keys.filter((k): k is string => k !== null);
  if (by === 'month') return (key) => key;
  if (by === 'volunteer') {
    const names = await volunteerNames(ctx.db, present);
    return (key) => (key ? names.get(key) ?? null : null);
  }
  const field = { team: 'teamId', station: 'stationId', place: 'jurisdictionCode' } as const;
  const names = await recordNames(ctx.db, present.map((k) => ({ [field[by]]: k })));
  if (by === 'place') return (key) => (key ? names.placeName(key) : null);
  const map = by === 'team' ? names.team : names.station;
  return (key) => (key ? map.get(key) ?? null : null);
}
