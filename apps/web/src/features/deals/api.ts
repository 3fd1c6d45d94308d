import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DealCancelReason, DealSource, DealStatus, OnboardingItem, OnboardingItemStatus } from '@guanjia/domain/deals/index';
import { api, type Page } from '../../ui/api';

export interface DealPerson {
  ownerId: string | null;
  name: string;
  /** Masked (138****5678) for every staff member; the property side reveals it through /api/personal-data/reveal. */
  phone: string | null;
  idNumber: string | null;
}

export interface Deal {
  id: string;
  projectId: string;
  householdId: string;
  unit: { id: string; code: string; buildingId: string; buildingCode: string; buildingName: string };
  buyer: DealPerson;
  coBuyers: DealPerson[];
  personalDataMasked: boolean;
  /** The viewer may reveal a full number (logged). */
  personalDataRevealable: boolean;
  signingDate: string;
  contractNumber: string | null;
  salesConsultantName: string | null;
  externalRef: string | null;
  source: DealSource;
  status: DealStatus;
  cancelKind: DealCancelReason | null;
  /** The note given when cancelling. */
  cancelReason: string | null;
  cancelledAt: string | null;
  butler: { id: string; name: string } | null;
  recordedBy: { id: string; name: string } | null;
  onboarding: { done: number; notApplicable: number; todo: number; total: number; complete: boolean };
  allowedActions: string[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ChecklistItem {
  id: string;
  item: OnboardingItem;
  label: string;
  status: OnboardingItemStatus;
  reason: string | null;
  doneBy: { id: string; name: string } | null;
  doneAt: string | null;
  version: number;
}

export interface DealDetail extends Deal {
  checklist: ChecklistItem[];
  history: { id: string; action: string; actor: { id: string; name: string } | null; data: Record<string, unknown> | null; at: string }[];
}

export interface RecordDealInput {
  unitId: string;
  buyer: { name: string; phone: string; idNumber?: string };
  coBuyers: { name: string; phone?: string; idNumber?: string }[];
  signingDate: string;
  contractNumber?: string;
  salesConsultantName?: string;
  butlerId?: string;
}

export interface EditDealInput {
  /** idNumber: omitted keeps the stored one, null withdraws it. */
  buyer: { name: string; phone?: string; idNumber?: string | null };
  coBuyers: { ownerId: string | null; name: string; phone?: string; idNumber?: string | null }[];
  signingDate: string;
}

export interface DealFilters {
  status?: DealStatus;
  buildingId?: string;
  from?: string;
  to?: string;
  onboarding?: 'incomplete' | 'complete';
  q?: string;
}

export interface WebhookStatus {
  configured: boolean;
  rotatedAt: string | null;
  rotatedBy: { id: string; name: string } | null;
  endpointPath: string;
}

export const DEAL_TEMPLATE_PATH = '/api/deals/import-template';
export const dealPaths = {
  list: (projectId: string) => `/api/projects/${projectId}/deals`,
  import: (projectId: string) => `/api/projects/${projectId}/deals/import`,
  butlers: (projectId: string) => `/api/projects/${projectId}/deal-butlers`,
  webhook: (projectId: string) => `/api/projects/${projectId}/deal-webhook`,
};

export function useDeals(projectId: string | undefined, filters: DealFilters, page: number) {
  return useQuery({
    queryKey: ['deals', 'list', projectId, filters, page],
    queryFn: ({ signal }) => api.get<Page<Deal>>(dealPaths.list(projectId!), { ...filters, page, pageSize: 20 }, signal),
    enabled: Boolean(projectId),
    placeholderData: keepPreviousData,
  });
}

export function useDeal(id: string | null) {
  return useQuery({
    queryKey: ['deals', 'detail', id],
    queryFn: ({ signal }) => api.get<DealDetail>(`/api/deals/${id}`, undefined, signal),
    enabled: Boolean(id),
  });
}

export function useBuildings(projectId: string | undefined) {
  return useQuery({
    queryKey: ['deals', 'buildings', projectId],
    queryFn: ({ signal }) => api.get<Page<{ id: string; code: string; name: string }>>(`/api/projects/${projectId}/buildings`, { pageSize: 200 }, signal),
    enabled: Boolean(projectId),
  });
}

export function useUnits(projectId: string | undefined, buildingId: string | undefined) {
  return useQuery({
    queryKey: ['deals', 'units', projectId, buildingId],
    queryFn: ({ signal }) => api.get<Page<{ id: string; code: string }>>(`/api/projects/${projectId}/units`, { buildingId, pageSize: 200 }, signal),
    enabled: Boolean(projectId && buildingId),
  });
}

export function useDealButlers(projectId: string | undefined) {
  return useQuery({
    queryKey: ['deals', 'butlers', projectId],
    queryFn: ({ signal }) => api.get<{ items: { id: string; name: string }[] }>(dealPaths.butlers(projectId!), undefined, signal),
    enabled: Boolean(projectId),
  });
}

export function useWebhookStatus(projectId: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['deals', 'webhook', projectId],
    queryFn: ({ signal }) => api.get<WebhookStatus>(dealPaths.webhook(projectId!), undefined, signal),
    enabled: Boolean(projectId) && enabled,
  });
}

export function useDealCommands() {
  const client = useQueryClient();
  const settle = () => client.invalidateQueries({ queryKey: ['deals'] });
  const put = (d: DealDetail) => client.setQueryData(['deals', 'detail', d.id], d);
  return {
    record: useMutation({ mutationFn: (v: { projectId: string; body: RecordDealInput }) => api.post<DealDetail>(dealPaths.list(v.projectId), v.body), onSettled: settle }),
    tick: useMutation({
      mutationFn: (v: { dealId: string; item: ChecklistItem; status: OnboardingItemStatus; reason?: string }) =>
        api.patch<DealDetail>(`/api/deals/${v.dealId}/onboarding/${v.item.item}`, { status: v.status, reason: v.reason, version: v.item.version }),
      onSuccess: put,
      onSettled: settle,
    }),
    cancel: useMutation({
      mutationFn: (v: { deal: Deal; reason: DealCancelReason; note?: string }) => api.post<DealDetail>(`/api/deals/${v.deal.id}/cancel`, { reason: v.reason, note: v.note, version: v.deal.version }),
      onSuccess: put,
      onSettled: settle,
    }),
    edit: useMutation({ mutationFn: (v: { deal: Deal; body: EditDealInput }) => api.patch<DealDetail>(`/api/deals/${v.deal.id}`, { ...v.body, version: v.deal.version }), onSuccess: put, onSettled: settle }),
    assignButler: useMutation({
      mutationFn: (v: { deal: Deal; butlerId: string }) => api.patch<DealDetail>(`/api/deals/${v.deal.id}/butler`, { butlerId: v.butlerId, version: v.deal.version }),
      onSuccess: put,
      onSettled: settle,
    }),
    // Issuing a link ticks 发送签约链接 on the server, so the deal is read again.
    invite: useMutation({ mutationFn: (ownerId: string) => api.post<{ token: string; path: string; expiresAt: string }>('/api/owner-invitations', { ownerId }), onSettled: settle }),
    rotateSecret: useMutation({ mutationFn: (projectId: string) => api.post<WebhookStatus & { secret: string }>(`${dealPaths.webhook(projectId)}/secret`), onSettled: settle }),
  };
}
