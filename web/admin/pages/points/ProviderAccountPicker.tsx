import { useState } from 'react';
import { Select } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, listUrl, type ListResult } from '../../../common/api';

type Account = { id: string; username: string; displayName: string; role: string; jurisdictionName: string | null };

/** Picks the provider's account among the accounts of the user's subtree, by login or display name. */
export function ProviderAccountPicker(props: {
  value?: string | null; onChange?: (id: string | null) => void; id?: string; current?: { id: string; username: string; displayName: string } | null;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const query = useQuery({
    queryKey: ['provider-accounts', q],
    queryFn: () => api.get<ListResult<Account>>(listUrl('/api/reward-items/provider-accounts', { q, pageSize: 20 })),
    placeholderData: keepPreviousData,
  });
  const found = (query.data?.items ?? []).map((a) => ({
    value: a.id, label: `${a.displayName}（${a.username} · ${t(`roles.${a.role}`)}${a.jurisdictionName ? ` · ${a.jurisdictionName}` : ''}）`,
  }));
  const options = props.current && !found.some((o) => o.value === props.current!.id)
    ? [{ value: props.current.id, label: `${props.current.displayName}（${props.current.username}）` }, ...found]
    : found;
  return (
    <Select
      id={props.id}
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      value={props.value ?? undefined}
      onChange={(value) => props.onChange?.(value ?? null)}
      loading={query.isFetching}
      options={options}
    />
  );
}
