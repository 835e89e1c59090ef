import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, listUrl, type ListResult } from '../../../common/api';
import type { Team } from './volunteerTypes';

type Dictionary = { type: string; entries: { code: string; labelZh: string; labelEn: string; enabled: boolean }[] };

/** Skills (`skill`) and service interests (`service_type`): options for forms and filters, and labels in the UI language. */
export function useVolunteerVocabulary() {
  const { i18n } = useTranslation();
  const en = i18n.language === 'en';
  const dictionaries = useQuery({ queryKey: ['dictionaries'], queryFn: () => api.get<{ types: Dictionary[] }>('/api/dictionaries'), staleTime: 300_000 });
  const of = (type: string) => dictionaries.data?.types.find((d) => d.type === type)?.entries ?? [];
  const options = (type: string) => of(type).filter((e) => e.enabled).map((e) => ({ value: e.code, label: en ? e.labelEn : e.labelZh }));
  const label = (type: string) => (code: string) => {
    const entry = of(type).find((e) => e.code === code);
    return entry ? (en ? entry.labelEn : entry.labelZh) : code;
  };
  return { skillOptions: options('skill'), interestOptions: options('service_type'), skillLabel: label('skill'), interestLabel: label('service_type') };
}

/** The teams the user reaches (a leader: its organizations'), for pickers and filters. */
export function useTeamOptions() {
  const teams = useQuery({
    queryKey: ['/api/volunteer-teams', 'options'],
    queryFn: () => api.get<ListResult<Team>>(listUrl('/api/volunteer-teams', { pageSize: 200 })),
    staleTime: 60_000,
  });
  return (teams.data?.items ?? []).map((team) => ({ value: team.id, label: `${team.name}（${team.placeName ?? team.jurisdictionCode}）` }));
}
