import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../common/api';

/** What the volunteer pages read (see /api/openapi.json), kept to what they show. */
export type VolunteerTeam = {
  id: string; name: string; placeName: string | null; stationName: string | null; organizationName: string | null; memberCount: number;
};

export type OwnVolunteer = {
  id: string; name: string; gender: 'male' | 'female'; idNumberMasked: string; phoneMasked: string; communityName: string | null; streetName: string | null;
  skills: string[]; interests: string[]; availability: string | null; signupRestrictedUntil: string | null;
  teams: { id: string; name: string; placeName: string | null }[]; openTeams: VolunteerTeam[];
};

export type ManagedUnits = { stations: { id: string; name: string; placeName: string | null }[]; teams: VolunteerTeam[] };

type Entry = { code: string; labelZh: string; labelEn: string };

/** The skills and service interests to choose from, with labels in the UI language. */
export function useVolunteerVocabulary() {
  const { i18n } = useTranslation();
  const query = useQuery({
    queryKey: ['public', 'volunteer-vocabulary'],
    queryFn: () => api.get<{ skills: Entry[]; interests: Entry[] }>('/api/public/volunteer-vocabulary'),
    staleTime: 10 * 60_000,
  });
  const label = (entry: Entry) => (i18n.language === 'en' ? entry.labelEn : entry.labelZh);
  const lookup = (entries: Entry[]) => (code: string) => {
    const entry = entries.find((e) => e.code === code);
    return entry ? label(entry) : code;
  };
  const skills = query.data?.skills ?? [];
  const interests = query.data?.interests ?? [];
  return { skills, interests, label, skillLabel: lookup(skills), interestLabel: lookup(interests) };
}

/** The signed-in volunteer's 我的 (cleared with the rest of ['portal', 'me'] at sign-out). */
export const ownVolunteerKey = ['portal', 'me', 'volunteer'];
export const fetchOwnVolunteer = () => api.get<OwnVolunteer>('/api/volunteers/me');
