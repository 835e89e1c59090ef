/** Shapes of the organization answers the console shows (GET /api/organizations, /:id, and the filing detail). */
export type Label = { zh: string; en: string };
export type OrgClass = 'registered' | 'filed' | 'guided';
export type OrgStatus = 'draft' | 'active' | 'terminated' | 'revoked' | 'rejected';
export type CertificateStatus = 'valid' | 'superseded' | 'revoked' | 'terminated';

export type OrganizationListItem = {
  id: string; name: string; orgClass: OrgClass; category: string; status: OrgStatus; isHub: boolean;
  jurisdictionCode: string; placeName: string | null; streetName: string | null; memberCount: number;
  leaderName: string | null; certificateNumber: string | null; creditCode: string | null; filedAt: string | null;
};

/** The filed items, personal numbers masked; the detail page adds the place names and dates. */
export type OrganizationView = {
  id: string; name: string; orgClass: OrgClass; category: string; status: OrgStatus; jurisdictionCode: string; streetCode: string;
  address: string | null; foundedOn: string | null; purpose: string | null; businessScope: string | null; memberCount: number;
  leaderName: string | null; leaderIdNumberMasked: string | null; leaderPhoneMasked: string | null; leaderPartyMember: boolean;
  contactName: string | null; contactPhoneMasked: string | null; fundingSource: string | null; certificateNumber: string | null;
  placeName?: string | null; streetName?: string | null; isHub?: boolean; creditCode?: string | null; filedAt?: string | null;
};

export type CharterPart = { key: string; zh: string; en: string; required: boolean };
export type CharterView = { version: number | null; parts: Record<string, string>; partList: CharterPart[] };

export type RosterMemberView = {
  id: string; name: string; nameMasked: string | null; gender: 'male' | 'female'; birthDate: string;
  idNumberMasked: string | null; phoneMasked: string | null; isLeader: boolean; partyMember: boolean;
};

export type OrganizationCase = {
  id: string; kind: string; kindLabel: Label; state: string; stateLabel: Label; createdAt: string; submittedAt: string | null;
  noticeStartsAt: string | null; noticeEndsAt: string | null; updatedAt: string;
};

export type CertificateView = { id: string; number: string; status: CertificateStatus; issuedAt: string; statusChangedAt: string | null; filingId: string };

export type OrganizationDetail = {
  organization: OrganizationView; charter: CharterView; roster: RosterMemberView[]; cases: OrganizationCase[]; certificates: CertificateView[];
};
