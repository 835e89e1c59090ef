import { and, eq, gt, sql } from 'drizzle-orm';
import type { Services } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { shanghaiDate, shanghaiOffsetMs } from '../../platform/dates';
import { asOfIn, type JobDefinition } from '../../platform/jobs/jobs';
import { inScope, systemScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { districtAccount, lockAccounts, postMovement, type LedgerAccount } from '../time-bank/ledger';
import { ledgerAccounts, ledgerEntries } from '../time-bank/ledger.tables';
import { systemAuditActor } from '../../platform/audit/audit-actor';

/** The start (Asia/Shanghai) of the same calendar day `years` earlier: points earned before it expire. */
export function expiryCutoff(now: Date, years: number): Date {
  const [year, month, day] = shanghaiDate(now).split('-').map(Number);
  return new Date(Date.UTC(year - years, month - 1, day) - shanghaiOffsetMs);
}

/**
 * Daily: points expire `points.expiryYears` after they were earned (the rule where the volunteer's
 * account is held). Spending is taken from the oldest points first, so what expires is what was
 * earned before the cutoff and not yet used: earned before − consumed − already expired, where
 * consumed is every other movement on the account (reservations, releases, reversals) negated. It
 * moves to the district's `points_expired` (movement `expire`), keyed by volunteer and cutoff date.
 */
export async function expirePoints(services: Services, now = new Date()): Promise<{ accounts: number; points: number }> {
  const { db } = services.database;
  const accounts = await db.select().from(ledgerAccounts)
    .where(and(eq(ledgerAccounts.kind, 'points'), gt(ledgerAccounts.balance, 0), inScope(systemScope, ledgerAccounts)));
  let expiredAccounts = 0;
  let expiredPoints = 0;
  for (const account of accounts) {
    const cutoff = expiryCutoff(now, await services.settings.forJurisdiction('points.expiryYears', account.jurisdictionCode));
    try {
      const points = await expireAccount(db, account, cutoff);
      if (points) {
        expiredAccounts++;
        expiredPoints += points;
      }
    } catch (error) {
      // One account's failure (e.g. a release since an earlier run on the same day) leaves the others to expire.
      console.error(`points of account ${account.id} could not expire`, error);
    }
  }
  return { accounts: expiredAccounts, points: expiredPoints };
}

async function expireAccount(db: Db, account: LedgerAccount, cutoff: Date): Promise<number> {
  return db.transaction(async (tx) => {
    // Locked before summing, so a redemption cannot slip between the sums and the movement.
    const [locked] = await lockAccounts(tx, [account]);
    const kind = ledgerEntries.movementKind;
    const [sums] = await tx.select({
      earnedBefore: sql<string>`coalesce(sum(${ledgerEntries.amount}) filter (where ${kind} = 'earn' and ${ledgerEntries.createdAt} < ${cutoff}), 0)`,
      consumed: sql<string>`coalesce(-sum(${ledgerEntries.amount}) filter (where ${kind} not in ('earn', 'expire')), 0)`,
      expired: sql<string>`coalesce(-sum(${ledgerEntries.amount}) filter (where ${kind} = 'expire'), 0)`,
    }).from(ledgerEntries).where(and(
      eq(ledgerEntries.districtCode, account.districtCode), eq(ledgerEntries.accountId, account.id), inScope(systemScope, ledgerEntries),
    ));
    const amount = Math.max(0, Number(sums.earnedBefore) - Number(sums.consumed) - Number(sums.expired));
    if (!amount) return 0;
    const cutoffDate = shanghaiDate(cutoff);
    const sink = await districtAccount(tx, account.jurisdictionCode, 'points_expired');
    const posted = await postMovement(tx, {
      districtCode: account.districtCode, jurisdictionCode: account.jurisdictionCode, unit: 'points', kind: 'expire',
      idempotencyKey: `points-expiry:${account.volunteerId}:${cutoffDate}`, createdBy: null, details: { earnedBefore: cutoffDate },
      insufficientKey: 'ledgerInsufficient', legs: [{ account: locked, amount: -amount }, { account: sink, amount }],
    });
    if (posted.replayed) return 0;
    await recordAudit(tx, systemAuditActor(account.jurisdictionCode), {
      action: 'points.expire', targetType: 'volunteer', targetId: account.volunteerId ?? undefined, details: { points: amount, earnedBefore: cutoffDate },
    });
    return amount;
  });
}

export const expirePointsJob: JobDefinition = {
  name: 'points.expire',
  cron: '30 2 * * *',
  acceptsAsOf: true,
  async run(services, data) {
    await expirePoints(services, asOfIn(data));
  },
};
