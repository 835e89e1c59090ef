import { useState } from 'react';
import { Select } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, listUrl, type ListResult } from '../../../common/api';

/**
 * Picks one item of a list the user may read (volunteers, activities) by typing part of its name.
 * `initial` shows a preset choice (a row the form was opened from) before any search.
 */
export function RemotePicker<T extends { id: string }>(props: {
  url: string; labelOf: (item: T) => string; value?: string; onChange?: (id: string | undefined) => void;
  placeholder?: string; id?: string; initial?: { value: string; label: string } | null; disabled?: boolean;
}) {
  const [q, setQ] = useState('');
  const query = useQuery({
    queryKey: ['remote-picker', props.url, q],
    queryFn: () => api.get<ListResult<T>>(listUrl(props.url, { q, pageSize: 20 })),
    placeholderData: keepPreviousData,
    enabled: !props.disabled,
  });
  const options = (query.data?.items ?? []).map((item) => ({ value: item.id, label: props.labelOf(item) }));
  if (props.initial && !options.some((o) => o.value === props.initial!.value)) options.unshift(props.initial);
  return (
    <Select
      id={props.id}
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      disabled={props.disabled}
      value={props.value}
      onChange={props.onChange}
      placeholder={props.placeholder}
      loading={query.isFetching}
      options={options}
    />
  );
}
