export type HelpRequestStatus = 'open' | 'matched' | 'closed';

export type HelpRequest = {
  id: string; requesterName: string; requesterPhone: string | null; targetGroup: string | null; targetGroupLabel: string | null;
  serviceType: string; serviceTypeLabel: string; skillsWanted: string[]; skillsWantedLabels: string[]; description: string;
  jurisdictionCode: string; placeName: string | null; streetName: string | null; address: string | null; neededFrom: string | null;
  neededUntil: string | null; status: HelpRequestStatus; matchedActivityId: string | null; matchedActivityTitle: string | null;
  matchedVolunteerId: string | null; matchedVolunteerName: string | null; matchNote: string | null; matchedAt: string | null; createdAt: string;
};

export type Reason = { key: string; params?: Record<string, string | number> };

export type Suggestions = {
  activities: { activity: { id: string; title: string; startsAt: string; endsAt: string; placeName: string | null; hostName: string | null }; score: number; reasons: Reason[] }[];
  volunteers: { volunteer: { id: string; name: string; placeName: string | null }; score: number; reasons: Reason[] }[];
};

export const helpRequestStatuses: HelpRequestStatus[] = ['open', 'matched', 'closed'];
export const helpStatusColors: Record<HelpRequestStatus, string> = { open: 'gold', matched: 'blue', closed: 'default' };
