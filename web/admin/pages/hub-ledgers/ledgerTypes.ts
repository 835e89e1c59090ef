import type { Label, OrgClass, OrgStatus } from '../organizations/organizationTypes';
import type { RegisteredType } from '../registration-ledger/candidateTypes';

/** Shapes of the work-ledger answers (GET /api/hub-ledgers, /:id). */
export type LedgerState = 'draft' | 'submitted' | 'returned' | 'acknowledged';

export type LedgerListItem = {
  id: string; period: string; periodLabel: string; hubOrganizationId: string; hubName: string | null; streetCode: string; streetName: string | null;
  state: LedgerState; stateLabel: Label; dueOn: string; overdue: boolean; generated: boolean; generatedAt: string | null; submittedAt: string | null;
};

export type LedgerEvent = {
  organizationId: string; name: string; placeName: string | null; orgClass: OrgClass; category: string; categoryLabel: string; on: string;
  certificateNumber: string | null;
};

export type LedgerRegistration = {
  organizationId: string; name: string; placeName: string | null; creditCode: string | null; registeredType: RegisteredType | null;
  registrationAuthority: string | null; registeredOn: string;
};

export type CategoryCount = { code: string; label: string; total: number } & Record<OrgClass, number>;

export type LedgerFigures = {
  period: string; periodLabel: string; firstDay: string; lastDay: string; streetCode: string; streetName: string;
  hubOrganizationId: string; hubName: string; asOf: string;
  byClassStatus: Record<OrgClass, Record<OrgStatus, number>>;
  byCategory: CategoryCount[];
  totals: { organizations: number; active: number; hubs: number; activeMembers: number };
  filings: LedgerEvent[]; changes: LedgerEvent[]; terminations: LedgerEvent[]; revocations: LedgerEvent[];
  registrations: LedgerRegistration[];
};

export type LedgerAction = { action: 'submit' | 'acknowledge' | 'return'; label: Label; opinion?: 'required' | 'optional' };

export type LedgerDetail = LedgerListItem & {
  remarks: string | null; figures: LedgerFigures | null; canGenerate: boolean; canEditRemarks: boolean; periodEnded: boolean; actions: LedgerAction[];
};

export const ledgerStates: LedgerState[] = ['draft', 'submitted', 'returned', 'acknowledged'];
export const stateColors: Record<LedgerState, string> = { draft: 'blue', submitted: 'orange', returned: 'red', acknowledged: 'green' };
export const ledgersKey = 'hub-ledgers';
