import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../common/api';

type Dictionary = { type: string; entries: { code: string; labelZh: string; labelEn: string; enabled: boolean }[] };

/** 服务类型 (the `service_type` dictionary, edited by admins): options and a label in the UI language. */
export function useServiceTypes() {
  const { i18n } = useTranslation();
  const en = i18n.language === 'en';
  const dictionaries = useQuery({ queryKey: ['dictionaries'], queryFn: () => api.get<{ types: Dictionary[] }>('/api/dictionaries'), staleTime: 300_000 });
  const entries = dictionaries.data?.types.find((d) => d.type === 'service_type')?.entries ?? [];
  return {
    options: entries.filter((e) => e.enabled).map((e) => ({ value: e.code, label: en ? e.labelEn : e.labelZh })),
    label: (code: string) => {
      const entry = entries.find((e) => e.code === code);
      return entry ? (en ? entry.labelEn : entry.labelZh) : code;
    },
  };
}
