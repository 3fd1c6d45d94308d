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
}

export type ApprovalDecision = 'approve' | 'reject';

export const approvalKeys = {
  all: ['approvals'] as const,
  inbox: ['approvals', 'inbox'] as const,
  detail: (id: string) => ['approvals', 'detail', id] as const,
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

export function useDecideApproval() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision, comment }: { id: string; decision: ApprovalDecision; comment?: string }) =>
      api.post(`/api/approvals/${id}/${decision}`, comment ? { comment } : {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: approvalKeys.all }),
  });
}
