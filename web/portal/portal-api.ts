import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../common/api';

/** What the portal reads from /api/public (see /api/openapi.json); kept to what the pages show. */
export type OrgClass = 'filed' | 'registered';
export type OrgStatus = 'active' | 'terminated' | 'revoked';
export type CertificateStatus = 'valid' | 'superseded' | 'revoked' | 'terminated';

export type DirectoryItem = {
  id: string; name: string; orgClass: OrgClass; category: string; streetName: string | null; communityName: string | null;
  status: OrgStatus; certificateNumber: string | null; certificateStatus: CertificateStatus | null;
};

export type PublicOrganization = Omit<DirectoryItem, 'streetName' | 'communityName'> & {
  place: { code: string; name: string }[]; address: string | null; foundedOn: string | null; purpose: string | null;
  businessScope: string | null; memberCount: number; leader: string | null; creditCode: string | null; filedAt: string | null;
  charter: { key: string; titleZh: string; titleEn: string; text: string }[];
  notices: { id: string; kind: string; startsAt: string; endsAt: string; onNotice: boolean }[];
  annualReports: PublicAnnualReport[];
};

/** The public part of an accepted annual report (年报). */
export type PublicAnnualReport = {
  year: number; activities: { count: number; participants: number; highlights: string };
  finances: { incomeFen: number; expenseFen: number; netAssetsFen: number }; members: { count: number };
  partyBuilding: { organization: string }; disclosures: string;
};

export type PublicNotice = {
  id: string; kind?: string; organizationName: string; category: string; place: string; address: string | null; purpose: string | null;
  businessScope: string | null; memberCount: number; leader: string | null; noticeStartsAt: string; noticeEndsAt: string;
};

export type Place = { code: string; name: string; level: number; hasChildren: boolean };

export type Verification =
  | { found: false; signatureValid: boolean | null }
  | {
    found: true; signatureValid: boolean | null; number: string; organizationName: string; orgClass: string; issuedOn: string;
    status: CertificateStatus; statusChangedAt: string | null;
  };

type Category = { code: string; labelZh: string; labelEn: string };

/** The organization categories (an editable dictionary) and a label lookup in the UI language. */
export function useCategories() {
  const { i18n } = useTranslation();
  const query = useQuery({
    queryKey: ['public', 'categories'],
    queryFn: () => api.get<{ items: Category[] }>('/api/public/categories'),
    staleTime: 10 * 60_000,
  });
  const items = query.data?.items ?? [];
  const label = (code: string) => {
    const entry = items.find((c) => c.code === code);
    return entry ? (i18n.language === 'en' ? entry.labelEn : entry.labelZh) : code;
  };
  return { items, label };
}
