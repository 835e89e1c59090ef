import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { ConflictError } from '../../platform/errors';
import { runTransition } from '../../platform/workflow/runner';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { notifyRoleAt } from '../notifications/notify';
import { hubLedgers } from './hub-ledgers.tables';
import { hubLedgerWorkflow, type HubLedgerState } from './hub-ledger.workflow';
import { findLedgerInScope, hubNames, notifyHubAccounts } from './hub-scope';
import { halfYear, periodLabel } from './half-year';
import type { hubLedgerTransitionBodySchema } from './hub-ledgers.schemas';

/**
 * Submit (the hub), acknowledge or return (the district bureau, an opinion required to return).
 * A ledger is submitted once generated and once its half year has ended; the bureau hears of a
 * submission, the hub of the bureau's answer.
 */
export async function takeHubLedgerAction({ ctx, id, input }: { ctx: ActorCtx; id: string; input: z.infer<typeof hubLedgerTransitionBodySchema> }) {
  await authorize(ctx, 'hubLedger.read');
  const ledger = await findLedgerInScope(ctx, id);
  const [hubs, streets] = await Promise.all([hubNames(ctx.db, [ledger]), jurisdictionNames(ctx.db, [ledger.jurisdictionCode])]);
  const hubName = hubs.get(ledger.hubOrganizationId) ?? '';
  const what = `${streets.get(ledger.jurisdictionCode) ?? ''}${periodLabel(ledger.period)}社区社会组织工作台账`;
  const link = `/admin/hub-ledgers/${ledger.id}`;
  const hub = { districtCode: ledger.districtCode, id: ledger.hubOrganizationId };
  const now = new Date();
  const result = await runTransition(ctx, hubLedgerWorkflow, hubLedgers, { caseId: id, action: input.action, opinion: input.opinion }, async (tx, step) => {
    const own = and(eq(hubLedgers.districtCode, ledger.districtCode), eq(hubLedgers.id, ledger.id), inScope(ctx.actor, hubLedgers));
    switch (step.to as HubLedgerState) {
      case 'submitted':
        // Checked here, after the runner has checked who may submit: a bureau clerk hears 403, not this.
        if (!ledger.generatedAt) throw new ConflictError('hubLedgerNotGenerated');
        if (halfYear(ledger.period).end > now) throw new ConflictError('hubLedgerPeriodOpen');
        await tx.update(hubLedgers).set({ submittedAt: now, updatedAt: now }).where(own);
        await notifyRoleAt(tx, 'bureau', ledger.districtCode, { title: `${hubName}报送了${what}`, link });
        break;
      case 'acknowledged':
        await tx.update(hubLedgers).set({ updatedAt: now }).where(own);
        await notifyHubAccounts(tx, hub, { title: `${what}已被区民政局接收`, body: step.opinion ?? undefined, link });
        break;
      case 'returned':
        await tx.update(hubLedgers).set({ updatedAt: now }).where(own);
        await notifyHubAccounts(tx, hub, { title: `${what}被区民政局退回`, body: step.opinion ?? undefined, link });
        break;
    }
  });
  return { from: result.from, to: result.to };
}
