import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChecklistItemAction, ChecklistItemStatus, ChecklistKind } from '@guanjia/domain/sales-preparation/preparation-checklists';
import type { ServicePlanAction, ServicePlanStatus } from '@guanjia/domain/sales-preparation/service-plan-flow';
import type { ServicePlanSection, StaffingPost } from '@guanjia/domain/sales-preparation/service-plan-template';
import { api } from '../../ui/api';

export type { ChecklistItemAction, ChecklistItemStatus, ChecklistKind, ServicePlanAction, ServicePlanSection, ServicePlanStatus, StaffingPost };

export type Named = { id: string; name: string };

export interface HistoryEntry {
  action: string;
  from: string | null;
  to: string | null;
  actor: Named | null;
  note: string | null;
  at: string;
}

export interface AttachedFile {
  id: string;
  originalName: string;
  contentType: string;
  size: number;
  url: string;
}

export interface PreAgreement {
  id: string;
  projectId: string;
  projectPositioning: string;
  salesSupportPositioning: string;
  contractNumber: string | null;
  contractSignedOn: string | null;
  termStart: string | null;
  termEnd: string | null;
  serviceContent: string;
  serviceRequirements: string;
  keyTerms: string[];
  files: AttachedFile[];
  updatedBy: Named | null;
  updatedAt: string;
  version: number;
}

export interface PreAgreementPage {
  project: Named;
  preAgreement: PreAgreement | null;
  history: HistoryEntry[];
  canEdit: boolean;
}

/** What a save sends: the record's own fields, its files by id, and the version read. */
export type PreAgreementInput = Omit<PreAgreement, 'id' | 'projectId' | 'files' | 'updatedBy' | 'updatedAt' | 'version'> & { fileIds: string[]; version?: number };

export interface ServicePlanSections {
  serviceModel: string;
  targetGroup: string;
  staffing: StaffingPost[];
  siteServices: string[];
  materials: string;
  rules: string;
  trainingPlan: string;
}

export interface ServicePlan extends ServicePlanSections {
  id: string;
  projectId: string;
  planVersion: number;
  status: ServicePlanStatus;
  approvalRequestId: string | null;
  submittedBy: Named | null;
  submittedAt: string | null;
  decidedAt: string | null;
  supersededAt: string | null;
  cancelReason: string | null;
  createdBy: Named | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  history: HistoryEntry[];
  allowedActions: ServicePlanAction[];
  missingSections: ServicePlanSection[];
  canEdit: boolean;
}

export interface ServicePlanVersions {
  project: Named;
  versions: { id: string; planVersion: number; status: ServicePlanStatus; submittedAt: string | null; decidedAt: string | null; createdAt: string }[];
  current: ServicePlan | null;
  canDraft: boolean;
}

export interface ChecklistItem {
  id: string;
  checklist: ChecklistKind;
  key: string;
  categoryKey: string | null;
  title: string;
  plannedHeadcount: number | null;
  staffNames: string[];
  quantity: number | null;
  assignee: Named | null;
  dueDate: string | null;
  status: ChecklistItemStatus;
  notApplicableReason: string | null;
  doneAt: string | null;
  doneBy: Named | null;
  overdue: boolean;
  allowedActions: ChecklistItemAction[];
  version: number;
}

export interface Checklists {
  project: Named;
  today: string;
  generated: boolean;
  checklists: { kind: ChecklistKind; progress: { total: number; done: number; notApplicable: number; overdue: number }; items: ChecklistItem[] }[];
  assignees: Named[];
  canWork: boolean;
}

const P = '/api/sales-preparation';

export const salesPreparationKeys = {
  all: ['sales-preparation'] as const,
  preAgreement: (projectId: string) => ['sales-preparation', 'pre-agreement', projectId] as const,
  plans: (projectId: string) => ['sales-preparation', 'service-plans', projectId] as const,
  plan: (id: string) => ['sales-preparation', 'service-plan', id] as const,
  checklists: (projectId: string) => ['sales-preparation', 'checklists', projectId] as const,
};

export function usePreAgreement(projectId: string) {
  return useQuery({
    queryKey: salesPreparationKeys.preAgreement(projectId),
    queryFn: ({ signal }) => api.get<PreAgreementPage>(`${P}/projects/${projectId}/pre-agreement`, undefined, signal),
  });
}

export function useSavePreAgreement(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PreAgreementInput) => api.put<PreAgreementPage>(`${P}/projects/${projectId}/pre-agreement`, input),
    onSuccess: (page) => queryClient.setQueryData(salesPreparationKeys.preAgreement(projectId), page),
  });
}

export function useServicePlans(projectId: string) {
  return useQuery({
    queryKey: salesPreparationKeys.plans(projectId),
    queryFn: ({ signal }) => api.get<ServicePlanVersions>(`${P}/projects/${projectId}/service-plans`, undefined, signal),
  });
}

export function useServicePlan(id: string | null) {
  return useQuery({
    queryKey: salesPreparationKeys.plan(id ?? ''),
    queryFn: ({ signal }) => api.get<ServicePlan>(`${P}/service-plans/${id}`, undefined, signal),
    enabled: Boolean(id),
  });
}

/** Every plan command answers with the plan as it is now; the version list is read again. */
export function useServicePlanCommands(projectId: string) {
  const queryClient = useQueryClient();
  const settle = async (plan: ServicePlan) => {
    queryClient.setQueryData(salesPreparationKeys.plan(plan.id), plan);
    await queryClient.invalidateQueries({ queryKey: salesPreparationKeys.plans(projectId) });
  };
  return {
    draft: useMutation({ mutationFn: () => api.post<ServicePlan>(`${P}/projects/${projectId}/service-plans`), onSuccess: settle }),
    save: useMutation({
      mutationFn: ({ id, ...input }: Partial<ServicePlanSections> & { id: string; version: number }) => api.patch<ServicePlan>(`${P}/service-plans/${id}`, input),
      onSuccess: settle,
    }),
    act: useMutation({
      mutationFn: ({ id, action, ...body }: { id: string; action: 'submit' | 'revise' | 'cancel'; version: number; note?: string; reason?: string }) =>
        api.post<ServicePlan>(`${P}/service-plans/${id}/${action}`, body),
      onSuccess: settle,
    }),
  };
}

export function useChecklists(projectId: string) {
  return useQuery({
    queryKey: salesPreparationKeys.checklists(projectId),
    queryFn: ({ signal }) => api.get<Checklists>(`${P}/projects/${projectId}/checklists`, undefined, signal),
  });
}

/** Every checklist command answers with the three lists as they are now. */
export function useChecklistCommands(projectId: string) {
  const queryClient = useQueryClient();
  const onSuccess = (lists: Checklists) => queryClient.setQueryData(salesPreparationKeys.checklists(projectId), lists);
  return {
    generate: useMutation({ mutationFn: () => api.post<Checklists>(`${P}/projects/${projectId}/checklists/generate`), onSuccess }),
    add: useMutation({
      mutationFn: (input: { checklist: ChecklistKind; categoryKey?: string; title: string; plannedHeadcount?: number; quantity?: number }) =>
        api.post<Checklists>(`${P}/projects/${projectId}/checklists/items`, input),
      onSuccess,
    }),
    edit: useMutation({
      mutationFn: ({ id, ...input }: { id: string; version: number; title?: string; plannedHeadcount?: number; staffNames?: string[]; quantity?: number }) =>
        api.patch<Checklists>(`${P}/checklist-items/${id}`, input),
      onSuccess,
    }),
    assign: useMutation({
      mutationFn: ({ id, ...input }: { id: string; version: number; assigneeId: string | null; dueDate: string | null }) => api.post<Checklists>(`${P}/checklist-items/${id}/assign`, input),
      onSuccess,
    }),
    status: useMutation({
      mutationFn: ({ id, ...input }: { id: string; version: number; action: ChecklistItemAction; reason?: string }) => api.post<Checklists>(`${P}/checklist-items/${id}/status`, input),
      onSuccess,
    }),
  };
}
