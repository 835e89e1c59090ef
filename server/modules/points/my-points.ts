import { and, eq, sum } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope, systemScope } from '../../platform/policy/policy';
import { findOwnVolunteer } from '../volunteers/own-volunteer';
import { ledgerAccounts } from '../time-bank/ledger.tables';
import { redemptions } from './points.tables';

/**
 * 我的积分: the points the volunteer may spend now, and those held by pickups not yet collected.
 * Both are the volunteer's own rows (the held ones in the items' districts), read by the volunteer's id.
 */
export async function myPoints({ ctx }: { ctx: ActorCtx }) {
  await authorize(ctx, 'points.redeem');
  const volunteer = await findOwnVolunteer(ctx);
  const [[account], [held]] = await Promise.all([
    ctx.db.select({ balance: ledgerAccounts.balance }).from(ledgerAccounts).where(and(
      eq(ledgerAccounts.districtCode, volunteer.districtCode), eq(ledgerAccounts.volunteerId, volunteer.id), eq(ledgerAccounts.kind, 'points'),
      inScope(systemScope, ledgerAccounts),
    )),
    ctx.db.select({ points: sum(redemptions.points).mapWith(Number) }).from(redemptions).where(and(
      eq(redemptions.volunteerId, volunteer.id), eq(redemptions.status, 'reserved'), inScope(systemScope, redemptions),
    )),
  ]);
  return { balance: account?.balance ?? 0, reserved: held?.points ?? 0 };
}
