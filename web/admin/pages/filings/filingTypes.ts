import type { CharterView, Label, OrganizationView, RosterMemberView } from '../organizations/organizationTypes';

/** A step the user may take now, with what it needs (GET /api/filings/:id `actions`). */
export type FilingAction = {
  action: string; label: Label; opinion?: 'required' | 'optional'; attachments?: 'required' | 'optional'; fieldsToFix: boolean;
};

export type Objection = {
  id: string; reason: string; status: 'open' | 'dismissed' | 'upheld'; answer: string | null; createdAt: string; answeredAt: string | null;
};

export type CaseKind = 'filing' | 'change' | 'termination' | 'revocation';

/** One item a change alters, against the filed version (personal numbers masked). */
export type ChangeItem = { item: string; label: Label; before: string | null; after: string | null };

/** The members' meeting that decided a termination (seed 001 第三条). */
export type MeetingRecord = {
  heldOn: string; membersPresent: number; votesFor: number; votesAgainst: number; abstentions: number; reason: string; remainingAssets: string;
};

/** A termination's meeting record and the papers the committee forwarded; a revocation's cause. */
export type CaseDetails = {
  meeting?: MeetingRecord;
  forwarded?: { charterVersion: number; certificateNumber: string | null };
  revocation?: { cause: string };
};

/** A case as GET /api/filings/:id answers it; for a change, organization, charter and roster are the proposal. */
export type FilingDetail = {
  id: string; kind: CaseKind; kindLabel: Label; state: string; stateLabel: Label;
  noticeStartsAt: string | null; noticeEndsAt: string | null; submittedAt: string | null;
  actions: FilingAction[]; organization: OrganizationView; charter: CharterView; roster: RosterMemberView[]; minMembers: number;
  changes: ChangeItem[] | null; details: CaseDetails | null;
  objections: Objection[]; similarNames: { name: string; status: string }[];
};

/** Kinds whose papers are filled in the wizard (a first filing, a change); the others are acted on in the case. */
export const wizardKinds: readonly CaseKind[] = ['filing', 'change'];

export type FilingListItem = {
  id: string; kind: string; kindLabel: Label; state: string; stateLabel: Label; organizationId: string; organizationName: string; category: string;
  jurisdictionCode: string; memberCount: number; submittedAt: string | null; noticeEndsAt: string | null; updatedAt: string; todo: boolean;
};

export type TimelineEntry = {
  id: string; action: string; actionLabel: Label; toState: string; actorName: string | null; actorRole: string | null;
  opinion: string | null; fieldsToFix: string[]; at: string;
};

/** Every query under this key prefix (lists, the to-do badge, details) is refreshed after a step. */
export const filingsKey = '/api/filings';
export const filingQueryKey = (id: string) => [filingsKey, 'detail', id];
