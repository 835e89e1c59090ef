import { Descriptions, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../common/api';
import { formatTime } from '../../../common/format';
import type { OrganizationView } from './organizationTypes';
import { statusColors, useOrgVocabulary } from './useOrgVocabulary';

/** An organization's filed items (备案表), as the detail page and the filing review show them. */
export function OrganizationSummary({ organization: o }: { organization: OrganizationView }) {
  const { t, i18n } = useTranslation();
  const words = useOrgVocabulary();
  const yesNo = (v: boolean | undefined) => (v ? t('common.yes') : t('common.no'));
  // Answers that carry only the code (a filing's) get the names from the tree.
  const node = useQuery({
    queryKey: ['jurisdiction', o.jurisdictionCode],
    queryFn: () => api.get<{ name: string; ancestors: { code: string; name: string }[] }>(`/api/jurisdictions/${o.jurisdictionCode}`),
    enabled: o.placeName === undefined,
    staleTime: 300_000,
  });
  const street = o.streetName ?? node.data?.ancestors.find((a) => a.code === o.streetCode)?.name;
  const place = [street, o.placeName ?? node.data?.name].filter(Boolean).join(' ');
  const items = [
    { key: 'name', label: t('filings.fields.name'), children: o.name },
    { key: 'orgClass', label: t('orgs.orgClass'), children: words.classLabel(o.orgClass) },
    { key: 'category', label: t('filings.fields.category'), children: words.categoryLabel(o.category) },
    { key: 'status', label: t('orgs.status'), children: <Tag color={statusColors[o.status]}>{words.statusLabel(o.status)}</Tag> },
    { key: 'place', label: t('filings.fields.jurisdictionCode'), children: place ? `${place}（${o.jurisdictionCode}）` : o.jurisdictionCode },
    { key: 'address', label: t('filings.fields.address'), children: o.address },
    { key: 'foundedOn', label: t('filings.fields.foundedOn'), children: o.foundedOn },
    { key: 'memberCount', label: t('orgs.memberCount'), children: o.memberCount },
    { key: 'purpose', label: t('filings.fields.purpose'), children: o.purpose, span: 2 },
    { key: 'businessScope', label: t('filings.fields.businessScope'), children: o.businessScope, span: 2 },
    { key: 'leaderName', label: t('filings.fields.leaderName'), children: o.leaderName },
    { key: 'leaderPartyMember', label: t('filings.fields.leaderPartyMember'), children: yesNo(o.leaderPartyMember) },
    { key: 'leaderIdNumber', label: t('filings.fields.leaderIdNumber'), children: o.leaderIdNumberMasked },
    { key: 'leaderPhone', label: t('filings.fields.leaderPhone'), children: o.leaderPhoneMasked },
    { key: 'contactName', label: t('filings.fields.contactName'), children: o.contactName },
    { key: 'contactPhone', label: t('filings.fields.contactPhone'), children: o.contactPhoneMasked },
    { key: 'fundingSource', label: t('filings.fields.fundingSource'), children: o.fundingSource, span: 2 },
    ...(o.creditCode ? [{ key: 'creditCode', label: t('orgs.creditCode'), children: o.creditCode }] : []),
    ...(o.isHub !== undefined ? [{ key: 'isHub', label: t('orgs.hub'), children: yesNo(o.isHub) }] : []),
    { key: 'certificateNumber', label: t('orgs.certificateNumber'), children: o.certificateNumber },
    ...(o.filedAt !== undefined ? [{ key: 'filedAt', label: t('orgs.filedAt'), children: formatTime(o.filedAt, i18n.language) }] : []),
  ];
  return <Descriptions bordered size="small" column={2} data-testid="organization-summary" items={items} />;
}
