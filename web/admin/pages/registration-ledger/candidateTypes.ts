import type { OrgClass, OrgStatus } from '../organizations/organizationTypes';

/** Shapes of the registration-ledger answers (GET /api/registration-candidates, /:id). */
export type CandidateStatus = 'tracking' | 'registered' | 'dropped';
export type RegisteredType = 'social_group' | 'social_service_agency';

export type Candidate = {
  id: string; organizationId: string; organizationName: string; orgClass: OrgClass; organizationStatus: OrgStatus; category: string;
  jurisdictionCode: string; placeName: string | null; streetName: string | null; memberCount: number; certificateNumber: string | null;
  isCandidate: boolean; isDemonstration: boolean; reason: string; status: CandidateStatus; outcomeNote: string | null; decidedAt: string | null;
  listedAt: string; visitCount: number; lastVisitOn: string | null;
  creditCode: string | null; registeredType: RegisteredType | null; registrationAuthority: string | null; registeredOn: string | null;
};

export type Visit = { id: string; visitedOn: string; visitors: string; content: string; createdAt: string };

export type CandidateDetail = Candidate & { visits: Visit[] };

export const candidateStatuses: CandidateStatus[] = ['tracking', 'registered', 'dropped'];
export const statusColors: Record<CandidateStatus, string> = { tracking: 'blue', registered: 'green', dropped: 'default' };
export const candidateKey = 'registration-candidates';
