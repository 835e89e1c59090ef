import type { organizations } from '../organizations/organizations.tables';
import type { creditListRequests } from './credit-lists.tables';
import type { CreditEntry } from './credit-entry-writes';
import { creditCauseLabels, creditExitLabels, creditListNames } from './credit-list-basis';

type Organization = typeof organizations.$inferSelect;
type Request = typeof creditListRequests.$inferSelect;

export function presentCreditEntry(entry: CreditEntry, organization: Organization, extra: { placeName: string | null; pendingRequest: boolean }) {
  return {
    id: entry.id, organizationId: organization.id, organizationName: organization.name, orgClass: organization.orgClass,
    jurisdictionCode: entry.jurisdictionCode, placeName: extra.placeName,
    list: entry.list, listName: creditListNames[entry.list], cause: entry.cause, causeLabel: creditCauseLabels[entry.cause], causeRef: entry.causeRef,
    reason: entry.reason, basis: entry.basis, causeOn: entry.causeOn, dueOn: entry.dueOn, enteredOn: entry.enteredOn,
    /** Entered later than the working days the rules allow after the cause. */
    enteredLate: entry.enteredOn > entry.dueOn,
    authorityName: entry.authorityName, removedOn: entry.removedOn, exit: entry.exit, exitLabel: entry.exit ? creditExitLabels[entry.exit] : null,
    removalNote: entry.removalNote, pendingRequest: extra.pendingRequest,
  };
}

export function presentCreditRequest(r: Request, requesterName: string | null, deciderName: string | null) {
  return {
    id: r.id, kind: r.kind, statement: r.statement, attachmentId: r.attachmentId, state: r.state,
    requestedAt: r.requestedAt.toISOString(), requesterName, decidedAt: r.decidedAt?.toISOString() ?? null, deciderName, decisionNote: r.decisionNote,
  };
}
