import { useState } from 'react';
import { Select } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, listUrl, type ListResult } from '../../../common/api';
import { useSession } from '../../session';
import type { Volunteer } from './volunteerTypes';

/**
 * A station's or team's manager: the user themselves, or a volunteer with a portal account found by
 * name (who then runs the unit from the portal). `currentName` labels a manager already set.
 */
export function ManagerSelect(props: { value?: string | null; onChange?: (userId: string | null) => void; currentName?: string | null; id?: string }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const [q, setQ] = useState('');
  const query = useQuery({
    queryKey: ['/api/volunteers', 'manager-picker', q],
    queryFn: () => api.get<ListResult<Volunteer>>(listUrl('/api/volunteers', { q, pageSize: 20 })),
    placeholderData: keepPreviousData,
  });
  const me = session!.user;
  const options = [
    { value: me.id, label: t('volunteers.managerMe', { name: me.displayName }) },
    ...(query.data?.items ?? []).filter((v) => v.userId && v.userId !== me.id).map((v) => ({ value: v.userId!, label: `${v.name}（${v.communityName ?? v.jurisdictionCode}）` })),
  ];
  if (props.value && !options.some((o) => o.value === props.value)) options.push({ value: props.value, label: props.currentName ?? props.value });
  return (
    <Select
      id={props.id}
      allowClear
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={props.value ?? undefined}
      onChange={(value) => props.onChange?.(value ?? null)}
      loading={query.isFetching}
      options={options}
    />
  );
}
