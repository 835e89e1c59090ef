import { useState } from 'react';
import { Select } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, listUrl, type ListResult } from '../../../common/api';
import type { OrganizationListItem } from '../organizations/organizationTypes';

/**
 * Picks an organization in the user's subtree by typing part of its name; `filters` narrow the
 * search the way the organization list does (class, status…).
 */
export function OrganizationPicker(props: {
  value?: string; onChange?: (id: string | undefined) => void; filters: Record<string, string>; placeholder?: string; id?: string;
}) {
  const [q, setQ] = useState('');
  const query = useQuery({
    queryKey: ['organization-picker', props.filters, q],
    queryFn: () => api.get<ListResult<OrganizationListItem>>(listUrl('/api/organizations', { ...props.filters, q, pageSize: 20 })),
    placeholderData: keepPreviousData,
  });
  return (
    <Select
      id={props.id}
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      value={props.value}
      onChange={props.onChange}
      placeholder={props.placeholder}
      loading={query.isFetching}
      options={(query.data?.items ?? []).map((o) => ({
        value: o.id, label: `${o.name}（${[o.streetName, o.placeName].filter(Boolean).join(' ') || o.jurisdictionCode}）`,
      }))}
    />
  );
}
