import { and, asc, count, eq, exists, ilike, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { containsPattern, pageWindow } from '../../platform/http/list';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { volunteers } from '../volunteers/volunteers.tables';
import { hoursOf } from '../service-records/service-minutes';
import { ledgerAccounts } from './ledger.tables';
import type { listAccountsQuerySchema } from './time-bank.schemas';

/** 时间银行账户: the volunteers of the actor's subtree who have an account, with their balances and lifetime deposits. */
export async function listTimeBankAccounts({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof listAccountsQuerySchema> }) {
  await authorize(ctx, 'timeBank.read');
  if (input.jurisdictionCode) await authorize(ctx, 'timeBank.read', { jurisdictionCode: input.jurisdictionCode });
  const hasAccount = exists(ctx.db.select({ id: ledgerAccounts.id }).from(ledgerAccounts).where(and(
    eq(ledgerAccounts.districtCode, volunteers.districtCode), eq(ledgerAccounts.volunteerId, volunteers.id), inScope(ctx.actor, ledgerAccounts),
  )));
  const where = and(
    inScope(ctx.actor, volunteers),
    input.jurisdictionCode ? inScope({ jurisdictionCode: input.jurisdictionCode }, volunteers) : undefined,
    input.q ? ilike(volunteers.name, containsPattern(input.q)) : undefined,
    hasAccount,
  );
  const { limit, offset } = pageWindow(input);
  const rows = await ctx.db.select().from(volunteers).where(where).orderBy(asc(volunteers.name), asc(volunteers.id)).limit(limit).offset(offset);
  const [{ total }] = await ctx.db.select({ total: count() }).from(volunteers).where(where);
  const accounts = rows.length
    ? await ctx.db.select().from(ledgerAccounts).where(and(inArray(ledgerAccounts.volunteerId, rows.map((v) => v.id)), inScope(ctx.actor, ledgerAccounts)))
    : [];
  const names = await jurisdictionNames(ctx.db, rows.map((v) => v.jurisdictionCode));
  return {
    items: rows.map((v) => {
      const account = (kind: string) => accounts.find((a) => a.volunteerId === v.id && a.kind === kind);
      const balance = account('time_bank')?.balance ?? 0;
      const lifetime = account('time_bank')?.lifetimeDeposited ?? 0;
      return {
        volunteerId: v.id, name: v.name, jurisdictionCode: v.jurisdictionCode, placeName: names.get(v.jurisdictionCode) ?? null,
        balance: { minutes: balance, hours: hoursOf(balance) }, points: account('points')?.balance ?? 0,
        lifetimeDeposited: { minutes: lifetime, hours: hoursOf(lifetime) },
      };
    }),
    total, page: input.page, pageSize: input.pageSize,
  };
}
