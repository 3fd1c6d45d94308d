import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Page } from '../../ui/api';

export interface ApprovalSummary {
  id: string;
  documentType: string;
  documentId: string;
  title: string;
  projectId: string;
  projectName: string;
  status: string;
  /** 1-based step the request waits at (the last step acted on once decided). */
  step: number;
  stepCount: number;
  currentRole: string | null;
  submittedBy: { id: string; name: string };
  submittedAt: string;
  decidedAt: string | null;
  revision?: number;
}

export interface ApprovalHistoryEntry {
  at: string;
  actor: { id: string; name: string };
  action: string;
  step: number;
  comment: string | null;
}

export interface ApprovalDetail extends ApprovalSummary {
  description: string | null;
  steps: { role: string }[];
  history: ApprovalHistoryEntry[];
  allowedActions: string[];
  version?: number;
}

export type ApprovalDecision = 'approve' | 'reject';
export type ApprovalStatusFilter = 'pending' | 'approved' | 'rejected' | 'cancelled';
/** Every action the detail's allowedActions may name. */
export type ApprovalAction = ApprovalDecision | 'cancel' | 'resubmit';

export interface ResubmitBody {
  title?: string;
  description?: string;
  comment?: string;
}

export interface SubmitGenericBody {
  documentType: 'generic';
  title: string;
  projectId: string;
  description?: string;
}

export interface ApprovalChain {
  documentType: string;
  steps: { role: string }[];
  /** True while the company has configured none and the server's default chain applies. */
  isDefault: boolean;
  version: number | null;
}

export const approvalKeys = {
  all: ['approvals'] as const,
  inbox: ['approvals', 'inbox'] as const,
  mine: ['approvals', 'mine'] as const,
  detail: (id: string) => ['approvals', 'detail', id] as const,
  chain: (documentType: string) => ['approval-chains', documentType] as const,
};

/** Just the count of waiting requests, for the workbench. */
export function useInboxCount() {
  return useQuery({
    queryKey: [...approvalKeys.inbox, 'count'],
    queryFn: ({ signal }) => api.get<Page<ApprovalSummary>>('/api/approvals/inbox', { page: 1, pageSize: 1 }, signal),
    select: (page) => page.total,
  });
}

export function useApproval(id: string | null) {
  return useQuery({
    queryKey: approvalKeys.detail(id ?? ''),
    queryFn: ({ signal }) => api.get<ApprovalDetail>(`/api/approvals/${id}`, undefined, signal),
    enabled: id !== null,
  });
}

/** approve / reject / cancel take an optional comment (required for reject); resubmit may revise the request. */
export function useApprovalAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action, body }: { id: string; action: ApprovalAction; body: ResubmitBody }) =>
      api.post<ApprovalDetail | undefined>(`/api/approvals/${id}/${action}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: approvalKeys.all }),
  });
}

export function useSubmitApproval() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SubmitGenericBody) => api.post<ApprovalDetail>('/api/approvals', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: approvalKeys.all }),
  });
}

export function useApprovalChain(documentType: string | null) {
  return useQuery({
    queryKey: approvalKeys.chain(documentType ?? ''),
    queryFn: ({ signal }) => api.get<ApprovalChain>(`/api/approval-chains/${encodeURIComponent(documentType!)}`, undefined, signal),
    enabled: documentType !== null,
  });
}

export function useSaveApprovalChain() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ documentType, steps, version }: { documentType: string; steps: { role: string }[]; version: number | null }) =>
      api.put<ApprovalChain>(`/api/approval-chains/${encodeURIComponent(documentType)}`, version === null ? { steps } : { steps, version }),
    onSuccess: (chain, { documentType }) =>
      chain ? queryClient.setQueryData(approvalKeys.chain(documentType), chain) : queryClient.invalidateQueries({ queryKey: approvalKeys.chain(documentType) }),
  });
}
