/** Shapes of /api/volunteers, /api/volunteer-stations and /api/volunteer-teams (see /api/openapi.json), as the screens use them. */
export const enrolmentSources = ['self', 'committee', 'organization', 'import'] as const;
export type EnrolmentSource = (typeof enrolmentSources)[number];

export type TeamRef = { id: string; name: string; jurisdictionCode: string; placeName: string | null };

export type Volunteer = {
  id: string; name: string; gender: 'male' | 'female'; idNumberMasked: string; phoneMasked: string; jurisdictionCode: string;
  communityName: string | null; streetName: string | null; skills: string[]; interests: string[]; availability: string | null;
  source: EnrolmentSource; status: 'active' | 'withdrawn'; userId: string | null; consentVersion: string; consentedAt: string;
  signupRestrictedUntil: string | null; createdAt: string; teams: TeamRef[];
};

export type Station = {
  id: string; name: string; jurisdictionCode: string; placeName: string | null; address: string | null;
  managerUserId: string | null; managerName: string | null; teamCount: number; createdAt: string;
};

export type Team = {
  id: string; name: string; jurisdictionCode: string; placeName: string | null; stationId: string | null; stationName: string | null;
  organizationId: string | null; organizationName: string | null; managerUserId: string | null; managerName: string | null;
  memberCount: number; createdAt: string;
};
