import { and, asc, count, desc, eq, inArray, lt, not, type SQL } from 'drizzle-orm';
import { shanghaiDate } from '../../platform/dates';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { pageWindow } from '../../platform/http/list';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { hubLedgers } from './hub-ledgers.tables';
import { openLedgerStates } from './hub-ledger.workflow';
import { hubNames, ledgerScope } from './hub-scope';
import { presentLedger } from './hub-ledger-presenter';
import type { listHubLedgersQuerySchema } from './hub-ledgers.schemas';

/**
 * Ledgers the actor sees: a hub its own, a street its own street's, the bureau its district's
 * (or city's), newest half year first; filtered by period, state, overdue and place.
 */
export async function listHubLedgers({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof listHubLedgersQuerySchema> }) {
  await authorize(ctx, 'hubLedger.read');
  if (input.jurisdictionCode) await authorize(ctx, 'hubLedger.read', { jurisdictionCode: input.jurisdictionCode });
  const now = new Date();
  const overdue = and(inArray(hubLedgers.state, [...openLedgerStates]), lt(hubLedgers.dueOn, shanghaiDate(now)))!;
  const filters: (SQL | undefined)[] = [ledgerScope(ctx)];
  if (input.jurisdictionCode) filters.push(inScope({ jurisdictionCode: input.jurisdictionCode }, hubLedgers));
  if (input.period) filters.push(eq(hubLedgers.period, input.period));
  if (input.state) filters.push(eq(hubLedgers.state, input.state));
  if (input.overdue !== undefined) filters.push(input.overdue ? overdue : not(overdue));
  const where = and(...filters);
  const { limit, offset } = pageWindow(input);
  const [rows, [{ total }]] = await Promise.all([
    ctx.db.select().from(hubLedgers).where(where).orderBy(desc(hubLedgers.period), asc(hubLedgers.jurisdictionCode)).limit(limit).offset(offset),
    ctx.db.select({ total: count() }).from(hubLedgers).where(where),
  ]);
  const [hubs, streets] = await Promise.all([hubNames(ctx.db, rows), jurisdictionNames(ctx.db, rows.map((r) => r.jurisdictionCode))]);
  return {
    items: rows.map((r) => presentLedger(r, { hubName: hubs.get(r.hubOrganizationId) ?? null, streetName: streets.get(r.jurisdictionCode) ?? null }, ctx.lang, now)),
    total, page: input.page, pageSize: input.pageSize,
  };
}
