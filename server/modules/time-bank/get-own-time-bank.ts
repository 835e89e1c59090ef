import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { findOwnVolunteer } from '../volunteers/own-volunteer';
import { accountHistory, timeBankSummary } from './account-view';
import type { historyQuerySchema } from './time-bank.schemas';

/** 我的时间银行: balances, the lifetime total and cap, the withdrawal age and allowed relations, and the history. */
export async function getOwnTimeBank({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof historyQuerySchema> }) {
  await authorize(ctx, 'volunteer.self');
  const volunteer = await findOwnVolunteer(ctx);
  return {
    volunteer: { id: volunteer.id, name: volunteer.name },
    ...(await timeBankSummary(ctx.db, volunteer)),
    history: await accountHistory(ctx.db, ctx.lang, volunteer, input),
  };
}
