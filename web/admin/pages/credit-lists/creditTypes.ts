export type CreditEntry = {
  id: string; organizationId: string; organizationName: string; placeName: string | null; list: 'abnormal' | 'serious'; listName: string;
  cause: string; causeLabel: string; reason: string; basis: string; causeOn: string; dueOn: string; enteredOn: string; enteredLate: boolean;
  authorityName: string; removedOn: string | null; exit: string | null; exitLabel: string | null; removalNote: string | null; pendingRequest: boolean;
};

export type CreditRequest = {
  id: string; kind: 'objection' | 'repair'; statement: string; state: 'pending' | 'granted' | 'refused'; requestedAt: string; requesterName: string | null;
  decidedAt: string | null; deciderName: string | null; decisionNote: string | null;
};

export type CreditEntryDetail = CreditEntry & { requests: CreditRequest[] };

export const creditEntryKey = 'credit-entry';
