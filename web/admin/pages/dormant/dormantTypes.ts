export type DormantCriterion = 'missed_annual_reports' | 'inactive_after_filing' | 'inactive_since' | 'unreachable';
export type DormantState = 'proposed' | 'deregister' | 'rectify' | 'reactivate' | 'dismissed';
export type DormantDecision = 'deregister' | 'rectify' | 'reactivate' | 'dismissed';

export type DormantProposal = {
  id: string;
  organizationId: string;
  organizationName: string;
  orgClass: 'filed' | 'registered';
  jurisdictionCode: string;
  placeName: string | null;
  criteria: { criterion: DormantCriterion; detail: string }[];
  proposedAt: string;
  state: DormantState;
  decidedAt: string | null;
  decidedByName: string | null;
  decisionNote: string | null;
  followUpId: string | null;
};

export type ContactAttempts = {
  unreachable: boolean;
  items: { id: string; attemptedOn: string; channel: 'phone' | 'visit' | 'letter'; reached: boolean; note: string | null; recordedByName: string | null }[];
};
