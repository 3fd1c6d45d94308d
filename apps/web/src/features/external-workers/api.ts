import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Page } from '../../ui/api';

export interface ExternalWorker {
  id: string;
  projectId: string;
  salesCenter: { id: string; name: string } | null;
  name: string;
  /** Masked (139****5678); the full values through the logged reveal when contactRevealable. */
  phone: string | null;
  idNumber: string | null;
  contactRevealable: boolean;
  company: string;
  purpose: string;
  visiting: string;
  note: string | null;
  timeIn: string;
  timeOut: string | null;
  onSite: boolean;
  visitDate: string;
  registeredBy: { id: string; name: string };
  signedOutBy: { id: string; name: string } | null;
  version: number;
}

export interface RegisterInput {
  name: string;
  phone: string;
  idNumber?: string;
  company: string;
  purpose: string;
  visiting: string;
  note?: string;
}

export interface RegisterFilters {
  onSite?: boolean;
  from?: string;
  to?: string;
  q?: string;
}

export const externalWorkerKeys = {
  list: (projectId: string, filters: RegisterFilters, page: number) => ['externalWorkers', 'list', projectId, filters, page] as const,
};

export function useExternalWorkers(projectId: string | undefined, filters: RegisterFilters, page: number) {
  return useQuery({
    queryKey: externalWorkerKeys.list(projectId ?? '', filters, page),
    queryFn: ({ signal }) =>
      api.get<Page<ExternalWorker> & { onSiteCount: number }>(
        `/api/projects/${projectId}/external-workers`,
        { onSite: filters.onSite ? 'true' : undefined, from: filters.from, to: filters.to, q: filters.q, page, pageSize: 20 },
        signal,
      ),
    enabled: Boolean(projectId),
    placeholderData: keepPreviousData,
  });
}

export function useExternalWorkerCommands(projectId: string | undefined) {
  const client = useQueryClient();
  const settle = () => client.invalidateQueries({ queryKey: ['externalWorkers', 'list'] });
  return {
    register: useMutation({ mutationFn: (body: RegisterInput) => api.post<ExternalWorker>(`/api/projects/${projectId}/external-workers`, body), onSettled: settle }),
    signOut: useMutation({ mutationFn: (w: ExternalWorker) => api.post<ExternalWorker>(`/api/external-workers/${w.id}/sign-out`, { version: w.version }), onSettled: settle }),
  };
}
