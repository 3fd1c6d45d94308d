import { useEffect, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TablePaginationConfig } from 'antd';
import { api, type Page, type QueryParams } from './api';
import { i18n } from './i18n';

export const DEFAULT_PAGE_SIZE = 20;
/** The contract's largest page, used to fill selects. */
export const MAX_PAGE_SIZE = 200;

/** One page of a contract list, with antd Table pagination wired to it. */
export function usePagedList<T>(key: readonly unknown[], path: string | null, params: QueryParams = {}) {
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(DEFAULT_PAGE_SIZE);
  const paramsKey = JSON.stringify(params);
  useEffect(() => setPage(1), [paramsKey]);

  const query = useQuery({
    queryKey: [...key, path, params, page, pageSize],
    queryFn: ({ signal }) => api.get<Page<T>>(path!, { ...params, page, pageSize }, signal),
    enabled: path !== null,
    placeholderData: keepPreviousData,
  });

  const pagination: TablePaginationConfig = {
    current: page,
    pageSize,
    total: query.data?.total ?? 0,
    showSizeChanger: true,
    showTotal: (total) => i18n.t(query.data?.totalCapped ? 'common:pagination.totalCapped' : 'common:pagination.total', { total }),
    onChange: (nextPage, nextSize) => {
      setPage(nextSize !== pageSize ? 1 : nextPage);
      setPageSize(nextSize);
    },
  };
  return { query, items: query.data?.items ?? [], pagination };
}

/** Everything (up to the contract's page limit) for a select's options. */
export function useOptionsList<T>(key: readonly unknown[], path: string | null, params: QueryParams = {}) {
  return useQuery({
    queryKey: [...key, path, 'options', params],
    queryFn: ({ signal }) => api.get<Page<T>>(path!, { ...params, page: 1, pageSize: MAX_PAGE_SIZE }, signal),
    enabled: path !== null,
    select: (data) => data.items,
    staleTime: 60_000,
  });
}
