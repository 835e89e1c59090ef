import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { latestLedgerCheck } from './check-ledger';

/** The latest ledger check, for the console's home page: when, whether it passed, what it found. */
export async function getLatestLedgerCheck({ ctx }: { ctx: ActorCtx }) {
  await authorize(ctx, 'ledgerCheck.read');
  const run = await latestLedgerCheck(ctx.db);
  return {
    run: run && { id: run.id, checkedAt: run.checkedAt.toISOString(), ok: run.ok, movements: run.movements, accounts: run.accounts, problems: run.problems },
  };
}
