import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, listUrl, type ListResult } from '../../common/api';

/** What the portal's activity pages read (see /api/openapi.json). */
export type PublicActivity = {
  id: string; title: string; description: string | null; serviceType: string; serviceTypeLabel: string; groupsServedLabels: string[];
  skillsWantedLabels: string[]; jurisdictionCode: string; placeName: string | null; streetName: string | null; address: string;
  startsAt: string; endsAt: string; capacity: number; placesLeft: number; status: 'published' | 'cancelled' | 'closed';
  hostType: string; hostName: string | null;
};

export type SignupStatus = 'signed_up' | 'waitlisted' | 'cancelled' | 'late_cancelled' | 'no_show' | 'attended' | 'confirmed';

export type MySignup = {
  id: string; activityId: string; status: SignupStatus; waitlistPosition: number | null; signedUpAt: string;
  checkInAt: string | null; checkOutAt: string | null; activity: PublicActivity;
};

/** Under ['portal', 'me'], so signing out forgets them. */
export const mySignupsKey = ['portal', 'me', 'activities'];

/** The volunteer's own sign-up for one activity, or null (only asked when a volunteer is signed in). */
export function useMySignup(activityId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...mySignupsKey, activityId],
    queryFn: async () => (await api.get<ListResult<MySignup>>(listUrl('/api/activities/mine', { activityId }))).items[0] ?? null,
    enabled,
  });
}

/** The service types for the filter, labelled in the UI language. */
export function useServiceTypes() {
  const { i18n } = useTranslation();
  const query = useQuery({
    queryKey: ['public', 'service-types'],
    queryFn: () => api.get<{ items: { code: string; labelZh: string; labelEn: string }[] }>('/api/public/service-types'),
    staleTime: 10 * 60_000,
  });
  return (query.data?.items ?? []).map((e) => ({ code: e.code, label: i18n.language === 'en' ? e.labelEn : e.labelZh }));
}

export const signupTone = (status: SignupStatus) =>
  (status === 'signed_up' || status === 'attended' || status === 'confirmed' ? 'good' : status === 'waitlisted' ? 'warn' : status === 'no_show' || status === 'late_cancelled' ? 'bad' : 'plain');
