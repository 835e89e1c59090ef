import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TablePaginationConfig } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, listUrl, type ListResult } from '../../common/api';

type Filters = Record<string, string | number | boolean | undefined | null>;

/**
 * One list screen's state: filters, page, the query, antd Table props, and the Excel link for the
 * same filters (every list answers `format=xlsx`).
 */
export function usePagedList<T>(path: string, initialFilters: Filters = {}) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<Filters>(initialFilters);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const query = useQuery({
    queryKey: [path, filters, page, pageSize],
    queryFn: () => api.get<ListResult<T>>(listUrl(path, { ...filters, page, pageSize })),
    placeholderData: keepPreviousData,
  });
  const pagination: TablePaginationConfig = {
    current: page,
    pageSize,
    total: query.data?.total ?? 0,
    showSizeChanger: true,
    showTotal: (count) => t(query.data?.totalIsLowerBound ? 'common.totalAtLeast' : 'common.total', { count }),
    onChange: (next, size) => { setPage(next); setPageSize(size); },
  };
  return {
    query,
    rows: query.data?.items ?? [],
    tableProps: { dataSource: query.data?.items ?? [], loading: query.isFetching, pagination },
    applyFilters(next: Filters) { setFilters(next); setPage(1); },
    exportUrl: listUrl(path, { ...filters, format: 'xlsx' }),
  };
}
