import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { findVolunteerInScope } from '../volunteers/find-volunteer';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { accountHistory, timeBankSummary } from './account-view';
import type { historyQuerySchema } from './time-bank.schemas';

/** A volunteer's time bank and points seen from the console: the summary and the history of entries. */
export async function getTimeBankAccount({ ctx, volunteerId, input }: { ctx: ActorCtx; volunteerId: string; input: z.infer<typeof historyQuerySchema> }) {
  await authorize(ctx, 'timeBank.read');
  const volunteer = await findVolunteerInScope(ctx, volunteerId);
  const names = await jurisdictionNames(ctx.db, [volunteer.jurisdictionCode]);
  return {
    volunteer: { id: volunteer.id, name: volunteer.name, jurisdictionCode: volunteer.jurisdictionCode, placeName: names.get(volunteer.jurisdictionCode) ?? null },
    ...(await timeBankSummary(ctx.db, volunteer)),
    history: await accountHistory(ctx.db, ctx.lang, volunteer, input),
  };
}
