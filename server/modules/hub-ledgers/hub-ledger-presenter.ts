import type { hubLedgers } from './hub-ledgers.tables';
import { shanghaiDate } from '../../platform/dates';
import { hubLedgerWorkflow, openLedgerStates, type HubLedgerState } from './hub-ledger.workflow';
import { periodLabel } from './half-year';
import type { Lang } from '../../../common/i18n';

type Ledger = typeof hubLedgers.$inferSelect;

/** Past its due date and still owed to the bureau (a draft, or returned and not resubmitted). */
export function isOverdue(ledger: Pick<Ledger, 'state' | 'dueOn'>, now = new Date()): boolean {
  return openLedgerStates.includes(ledger.state as HubLedgerState) && shanghaiDate(now) > ledger.dueOn;
}

/** A ledger as a list line. */
export function presentLedger(ledger: Ledger, names: { hubName: string | null; streetName: string | null }, lang: Lang, now = new Date()) {
  const state = ledger.state as HubLedgerState;
  return {
    id: ledger.id, period: ledger.period, periodLabel: periodLabel(ledger.period, lang),
    hubOrganizationId: ledger.hubOrganizationId, hubName: names.hubName, streetCode: ledger.jurisdictionCode, streetName: names.streetName,
    state, stateLabel: hubLedgerWorkflow.stateLabels[state], dueOn: ledger.dueOn, overdue: isOverdue(ledger, now),
    generated: ledger.generatedAt !== null, generatedAt: ledger.generatedAt?.toISOString() ?? null,
    submittedAt: ledger.submittedAt?.toISOString() ?? null, updatedAt: ledger.updatedAt.toISOString(),
  };
}
