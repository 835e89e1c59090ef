import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { NotFoundError, ValidationError } from '../../platform/errors';
import { runTransition } from '../../platform/workflow/runner';
import { hubLedgers } from './hub-ledgers.tables';
import { hubLedgerWorkflow } from './hub-ledger.workflow';
import { actorHub } from './hub-scope';
import { computeLedgerFigures } from './ledger-figures';
import { openLedger } from './open-ledger';
import { dueOn, halfYear } from './half-year';
import { getHubLedger } from './get-hub-ledger';
import type { generateHubLedgerBodySchema } from './hub-ledgers.schemas';

/**
 * The hub generates its ledger for a half year from the data, or generates it again while it is a
 * draft or was returned (a submitted ledger is the bureau's to answer: 409). The ledger row is
 * opened on first use; each generation is a step on its timeline.
 */
export async function generateHubLedger({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof generateHubLedgerBodySchema> }) {
  await authorize(ctx, 'hubLedger.generate');
  const hub = await actorHub(ctx);
  await authorize(ctx, 'hubLedger.generate', { jurisdictionCode: hub.hubStreetCode });
  const now = new Date();
  if (halfYear(input.period).start > now) {
    throw new ValidationError('validation', {}, [{ path: 'period', key: 'hubLedgerPeriodFuture' }]);
  }
  const dueDays = await ctx.services.settings.get('hubLedger.dueDays');
  const id = await ctx.db.transaction(async (tx) => {
    const ledger = await openLedger(tx, ctx.actor, { districtCode: hub.districtCode, hubOrganizationId: hub.id, streetCode: hub.hubStreetCode, period: input.period, dueOn: dueOn(input.period, dueDays) });
    // Outside the account's subtree: opened while the hub served another street.
    if (!ledger) throw new NotFoundError('notFound', { what: ctx.lang === 'en' ? 'Work ledger' : '工作台账' });
    const txCtx = { ...ctx, db: tx };
    const figures = await computeLedgerFigures(txCtx, { streetCode: ledger.jurisdictionCode, period: input.period, hubOrganizationId: hub.id, hubName: hub.name }, now);
    await runTransition(txCtx, hubLedgerWorkflow, hubLedgers, { caseId: ledger.id, action: 'generate' }, async (writer) => {
      await writer.update(hubLedgers).set({ figures, generatedAt: now, updatedAt: now }).where(and(
        eq(hubLedgers.districtCode, ledger.districtCode), eq(hubLedgers.id, ledger.id), inScope(ctx.actor, hubLedgers),
      ));
    });
    return ledger.id;
  });
  return getHubLedger({ ctx, id });
}
