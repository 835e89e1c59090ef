import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../common/api';
import type { Label, OrgClass, OrgStatus } from './organizationTypes';

type Dictionary = { type: string; entries: { code: string; labelZh: string; labelEn: string; enabled: boolean }[] };

export const orgClasses: OrgClass[] = ['registered', 'filed', 'guided'];
export const orgStatuses: OrgStatus[] = ['draft', 'active', 'terminated', 'revoked', 'rejected'];
export const statusColors: Record<OrgStatus, string> = { draft: 'blue', active: 'green', terminated: 'default', revoked: 'red', rejected: 'volcano' };

/**
 * The words organizations are shown with: categories from the `org_category` dictionary (admins
 * edit it), classes and statuses from the catalogue, and server labels in the UI language.
 */
export function useOrgVocabulary() {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const dictionaries = useQuery({ queryKey: ['dictionaries'], queryFn: () => api.get<{ types: Dictionary[] }>('/api/dictionaries'), staleTime: 300_000 });
  const entries = dictionaries.data?.types.find((d) => d.type === 'org_category')?.entries ?? [];
  return {
    categoryOptions: entries.filter((e) => e.enabled).map((e) => ({ value: e.code, label: en ? e.labelEn : e.labelZh })),
    categoryLabel: (code: string) => {
      const entry = entries.find((e) => e.code === code);
      return entry ? (en ? entry.labelEn : entry.labelZh) : code;
    },
    classLabel: (c: OrgClass) => t(`orgs.classes.${c}`),
    statusLabel: (s: OrgStatus) => t(`orgs.statuses.${s}`),
    label: (l: Label) => (en ? l.en : l.zh),
  };
}
