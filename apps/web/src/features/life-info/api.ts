import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LifeInfoCategory } from '@guanjia/domain/life-info/life-info';
import { api, type Page } from '../../ui/api';

/** What an owner sees of an entry. */
export interface LifeInfoPublicEntry {
  id: string;
  projectId: string;
  category: LifeInfoCategory;
  name: string;
  address: string | null;
  phone: string | null;
  openingHours: string | null;
  note: string | null;
  tags: string[];
}

export type LifeInfoAction = 'edit' | 'publish' | 'unpublish';

export interface LifeInfoEntry extends LifeInfoPublicEntry {
  published: boolean;
  publishedAt: string | null;
  sortOrder: number;
  updatedAt: string;
  updatedBy: { id: string; name: string };
  version: number;
  allowedActions: LifeInfoAction[];
}

export interface LifeInfoInput {
  category: LifeInfoCategory;
  name: string;
  address?: string | null;
  phone?: string | null;
  openingHours?: string | null;
  note?: string | null;
  tags?: string[];
  sortOrder?: number;
  published?: boolean;
}

export interface LifeInfoFilters {
  q?: string;
  category?: LifeInfoCategory;
  published?: boolean;
}

export const LIFE_INFO_PAGE_SIZE = 20;

export function useLifeInfoEntries(projectId: string | undefined, filters: LifeInfoFilters, page: number) {
  return useQuery({
    queryKey: ['lifeInfo', 'list', projectId ?? '', filters, page],
    queryFn: ({ signal }) =>
      api.get<Page<LifeInfoEntry>>(
        `/api/projects/${projectId}/life-info`,
        { q: filters.q, category: filters.category, published: filters.published === undefined ? undefined : String(filters.published), page, pageSize: LIFE_INFO_PAGE_SIZE },
        signal,
      ),
    enabled: Boolean(projectId),
    placeholderData: keepPreviousData,
  });
}

export function useLifeInfoCommands(projectId: string | undefined) {
  const client = useQueryClient();
  const settle = () => client.invalidateQueries({ queryKey: ['lifeInfo'] });
  return {
    create: useMutation({ mutationFn: (body: LifeInfoInput) => api.post<LifeInfoEntry>(`/api/projects/${projectId}/life-info`, body), onSettled: settle }),
    update: useMutation({
      mutationFn: ({ entry, body }: { entry: LifeInfoEntry; body: Omit<LifeInfoInput, 'published'> }) => api.patch<LifeInfoEntry>(`/api/life-info/${entry.id}`, { ...body, version: entry.version }),
      onSettled: settle,
    }),
    setPublished: useMutation({
      mutationFn: ({ entry, published }: { entry: LifeInfoEntry; published: boolean }) =>
        api.post<LifeInfoEntry>(`/api/life-info/${entry.id}/${published ? 'publish' : 'unpublish'}`, { version: entry.version }),
      onSettled: settle,
    }),
  };
}

/** The owner's search on the phone: pages appended as they scroll ("load more"). */
export function useOwnerLifeInfo(filters: { q?: string; category?: LifeInfoCategory }) {
  return useInfiniteQuery({
    queryKey: ['lifeInfo', 'h5', filters],
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<LifeInfoPublicEntry>>('/api/h5/life-info', { q: filters.q, category: filters.category, page: pageParam, pageSize: LIFE_INFO_PAGE_SIZE }, signal),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
  });
}

/** "021-6511 2088" → "tel:02165112088": the dialer wants digits only. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}
