import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../common/api';

export type ActivityStatus = 'published' | 'cancelled' | 'closed';
export type HostType = 'committee' | 'organization' | 'station' | 'team';
export type SignupStatus = 'signed_up' | 'waitlisted' | 'cancelled' | 'late_cancelled' | 'no_show' | 'attended' | 'confirmed';

export type Activity = {
  id: string; title: string; description: string | null; serviceType: string; serviceTypeLabel: string; groupsServed: string[];
  groupsServedLabels: string[]; skillsWanted: string[]; skillsWantedLabels: string[]; jurisdictionCode: string; placeName: string | null;
  streetName: string | null; address: string; startsAt: string; endsAt: string; capacity: number; placesLeft: number; status: ActivityStatus;
  hostType: HostType; hostId: string | null; hostName: string | null; managerUserId: string; managerName: string | null;
  signedUpCount: number; waitlistCount: number; createdAt: string;
};

export type Signup = {
  id: string; volunteerId: string; volunteerName: string; status: SignupStatus; waitlistPosition: number | null; signedUpAt: string;
  cancelledAt: string | null; checkInAt: string | null; checkOutAt: string | null; checkInByManager: boolean; checkOutByManager: boolean;
};

export type ActivityDetail = Activity & { canManage: boolean; signups: Signup[] };

export const activityStatuses: ActivityStatus[] = ['published', 'cancelled', 'closed'];
export const statusColors: Record<ActivityStatus, string> = { published: 'green', cancelled: 'default', closed: 'blue' };
export const signupColors: Record<SignupStatus, string> = {
  signed_up: 'blue', waitlisted: 'gold', cancelled: 'default', late_cancelled: 'orange', no_show: 'red', attended: 'green', confirmed: 'cyan',
};
export const activityKey = 'activity';

type Dictionary = { type: string; entries: { code: string; labelZh: string; labelEn: string; enabled: boolean }[] };

/** Options of the dictionaries activities and requests use (service types, groups served, skills), in the UI language. */
export function useActivityVocabulary() {
  const { i18n } = useTranslation();
  const dictionaries = useQuery({ queryKey: ['dictionaries'], queryFn: () => api.get<{ types: Dictionary[] }>('/api/dictionaries'), staleTime: 300_000 });
  const options = (type: string) => (dictionaries.data?.types.find((d) => d.type === type)?.entries ?? [])
    .filter((e) => e.enabled).map((e) => ({ value: e.code, label: i18n.language === 'en' ? e.labelEn : e.labelZh }));
  return { serviceTypes: options('service_type'), targetGroups: options('target_group'), skills: options('skill') };
}
