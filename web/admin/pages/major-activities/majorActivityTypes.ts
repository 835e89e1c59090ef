/** Shapes of the major-activity answers (GET /api/major-activities, /:id). */
export type MajorActivityKind = 'festival' | 'performance' | 'sports' | 'gathering';
export type MajorActivityState = 'submitted' | 'returned' | 'acknowledged' | 'withdrawn';

export type MajorActivityListItem = {
  id: string; organizationId: string; organizationName: string | null; jurisdictionCode: string; placeName: string | null;
  kind: MajorActivityKind; title: string; venue: string; startsAt: string; endsAt: string; expectedParticipants: number;
  acknowledgerLevel: 'committee' | 'street'; late: boolean; state: MajorActivityState; reportedAt: string; reviewedAt: string | null;
};

export type MajorActivityDetail = MajorActivityListItem & {
  safetyPlan: string; reviewNote: string | null; actions: ('acknowledge' | 'return' | 'withdraw')[];
};

export const majorActivityKinds: MajorActivityKind[] = ['festival', 'performance', 'sports', 'gathering'];
export const majorActivityStates: MajorActivityState[] = ['submitted', 'returned', 'acknowledged', 'withdrawn'];
export const majorActivityStateColors: Record<MajorActivityState, string> = { submitted: 'orange', returned: 'red', acknowledged: 'green', withdrawn: 'default' };
export const majorActivitiesKey = '/api/major-activities';
