import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { levelOfCode } from '../../platform/policy/roles';
import { availableActions } from '../../platform/workflow/machine';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { findLedgerInScope, hubNames } from './hub-scope';
import { hubLedgerWorkflow, openLedgerStates, type HubLedgerState } from './hub-ledger.workflow';
import { presentLedger } from './hub-ledger-presenter';
import type { HubLedgerFigures } from './ledger-figures';
import { halfYear } from './half-year';

/** A ledger with its figures, remarks and what the actor may do with it now. */
export async function getHubLedger({ ctx, id }: { ctx: ActorCtx; id: string }) {
  await authorize(ctx, 'hubLedger.read');
  const ledger = await findLedgerInScope(ctx, id);
  const [hubs, streets] = await Promise.all([hubNames(ctx.db, [ledger]), jurisdictionNames(ctx.db, [ledger.jurisdictionCode])]);
  const state = ledger.state as HubLedgerState;
  const level = levelOfCode(ctx.actor.jurisdictionCode);
  const editable = ctx.actor.role === 'hub' && openLedgerStates.includes(state);
  // A ledger is submitted once generated and once its half year is over: the button shows only then.
  const periodEnded = halfYear(ledger.period).end <= new Date();
  const submittable = periodEnded && ledger.generatedAt !== null;
  return {
    ...presentLedger(ledger, { hubName: hubs.get(ledger.hubOrganizationId) ?? null, streetName: streets.get(ledger.jurisdictionCode) ?? null }, ctx.lang),
    remarks: ledger.remarks,
    figures: (ledger.figures as HubLedgerFigures | null) ?? null,
    canGenerate: editable,
    canEditRemarks: editable,
    periodEnded,
    actions: availableActions(hubLedgerWorkflow, state, { role: ctx.actor.role, level })
      .filter((a) => a.action !== 'generate' && (a.action !== 'submit' || submittable)),
  };
}
