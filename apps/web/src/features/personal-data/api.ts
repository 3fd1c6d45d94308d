import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PersonalDataRequestKind, PersonalDataRequestState, RevealSubjectType } from '@guanjia/domain/personal-data/index';
import { api, buildUrl, downloadFile } from '../../ui/api';
import { useOptionsList, usePagedList } from '../../ui/paging';

export interface PersonalDataRequest {
  id: string;
  projectId: string;
  owner: { id: string; name: string };
  kind: PersonalDataRequestKind;
  state: PersonalDataRequestState;
  format: string | null;
  reason: string | null;
  requestedBy: { id: string; name: string };
  decidedBy: { id: string; name: string } | null;
  decidedAt: string | null;
  refuseReason: string | null;
  completedAt: string | null;
  allowedActions: string[];
  version: number;
  createdAt: string;
}

export interface PersonalDataRead {
  id: string;
  projectId: string;
  projectName: string;
  staff: { id: string; name: string };
  owner: { id: string; name: string } | null;
  /** Whose number it was: the owner, the visitor or the outside worker. */
  personName: string;
  subjectType: RevealSubjectType;
  subjectId: string;
  field: 'phone' | 'idNumber';
  purpose: string | null;
  page: string | null;
  ip: string | null;
  readAt: string;
}

export interface OwnerHit {
  id: string;
  name: string;
  phone: string | null;
  units: string[];
  erased: boolean;
}

export interface RequestFilters {
  state?: PersonalDataRequestState;
  kind?: PersonalDataRequestKind;
}

export interface ReadFilters {
  staffUserId?: string;
  ownerId?: string;
  from?: string;
  to?: string;
}

const KEY = ['personalData'] as const;

export function useRequests(filters: RequestFilters, enabled = true) {
  return usePagedList<PersonalDataRequest>([...KEY, 'requests'], enabled ? '/api/personal-data/requests' : null, { ...filters });
}

export function useReads(filters: ReadFilters, enabled = true) {
  return usePagedList<PersonalDataRead>([...KEY, 'reads'], enabled ? '/api/personal-data/reads' : null, { ...filters });
}

export function useOwnerSearch(projectId: string | undefined, q: string) {
  return usePagedList<OwnerHit>([...KEY, 'owners'], projectId ? '/api/personal-data/owners' : null, { projectId, q: q || undefined });
}

/** Staff for the read log's filter. */
export function useStaffOptions(enabled: boolean) {
  return useOptionsList<{ id: string; name: string }>(['users'], enabled ? '/api/users' : null);
}

export function useDecideRequest() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (d: { id: string; action: 'approve' | 'refuse'; version: number; reason?: string }) =>
      api.post<PersonalDataRequest>(`/api/personal-data/requests/${d.id}/${d.action}`, d.action === 'refuse' ? { reason: d.reason, version: d.version } : { version: d.version }),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}

export function downloadReadsCsv(filters: ReadFilters) {
  return downloadFile(buildUrl('/api/personal-data/reads/export', { ...filters }), 'personal-data-reads.csv');
}

export function downloadOwnerExport(ownerId: string, format: 'json' | 'pdf') {
  return downloadFile(buildUrl(`/api/personal-data/owners/${ownerId}/export`, { format }), `personal-data.${format}`);
}
