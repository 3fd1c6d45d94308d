import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LiaisonFormAction, LiaisonFormStatus } from '@guanjia/domain/sales-site/liaison-form-flow';
import { api, type Page } from '../../ui/api';

export type { LiaisonFormAction, LiaisonFormStatus };

export interface Named {
  id: string;
  name: string;
}

export interface LiaisonFormSummary {
  id: string;
  projectId: string;
  number: string;
  subject: string;
  status: LiaisonFormStatus;
  toDepartment: Named;
  fromServiceCenter: Named | null;
  dueDate: string;
  overdue: boolean;
  issuedAt: string | null;
  issuedBy: Named | null;
  createdAt: string;
  version: number;
}

export interface LiaisonForm extends LiaisonFormSummary {
  content: string;
  attachmentIds: string[];
  createdBy: Named;
  acknowledgedBy: Named | null;
  acknowledgedAt: string | null;
  replyText: string | null;
  repliedBy: Named | null;
  repliedAt: string | null;
  returnedBy: Named | null;
  returnedAt: string | null;
  cancelledBy: Named | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  allowedActions: LiaisonFormAction[];
  canEdit: boolean;
  history: { action: string; fromStatus: string | null; toStatus: string | null; actor: Named; note: string | null; at: string }[];
}

export interface FormInput {
  subject: string;
  content: string;
  toDepartmentId: string;
  dueDate: string;
  attachmentIds?: string[];
}

export interface ListFilters {
  status?: LiaisonFormStatus;
  overdue?: boolean;
  q?: string;
}

export const liaisonKeys = {
  all: ['liaisonForms'] as const,
  list: (projectId: string, filters: ListFilters, page: number) => ['liaisonForms', 'list', projectId, filters, page] as const,
  detail: (id: string) => ['liaisonForms', 'detail', id] as const,
  departments: (projectId: string) => ['liaisonForms', 'departments', projectId] as const,
};

export function useLiaisonForms(projectId: string | undefined, filters: ListFilters, page: number) {
  return useQuery({
    queryKey: liaisonKeys.list(projectId ?? '', filters, page),
    queryFn: ({ signal }) =>
      api.get<Page<LiaisonFormSummary>>('/api/liaison-forms', { projectId, status: filters.status, overdue: filters.overdue ? 'true' : undefined, q: filters.q, page, pageSize: 20 }, signal),
    enabled: Boolean(projectId),
    placeholderData: keepPreviousData,
  });
}

export function useLiaisonForm(id: string | null) {
  return useQuery({
    queryKey: liaisonKeys.detail(id ?? ''),
    queryFn: ({ signal }) => api.get<LiaisonForm>(`/api/liaison-forms/${id}`, undefined, signal),
    enabled: Boolean(id),
  });
}

/** The departments of the project's developer (营销部 …), the recipients of a form. */
export function useDeveloperDepartments(projectId: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: liaisonKeys.departments(projectId ?? ''),
    queryFn: async ({ signal }) => {
      const project = await api.get<{ developerId?: string | null }>(`/api/projects/${projectId}`, undefined, signal);
      if (!project.developerId) return [];
      const page = await api.get<Page<Named>>('/api/departments', { developerId: project.developerId, pageSize: 200 }, signal);
      return page.items;
    },
    enabled: Boolean(projectId) && enabled,
  });
}

export function useLiaisonCommands() {
  const client = useQueryClient();
  const refresh = (form: LiaisonForm) => {
    client.setQueryData(liaisonKeys.detail(form.id), form);
    void client.invalidateQueries({ queryKey: ['liaisonForms', 'list'] });
    return form;
  };
  return {
    create: (body: FormInput & { projectId: string }) => api.post<LiaisonForm>('/api/liaison-forms', body).then(refresh),
    update: (form: LiaisonForm, body: Partial<FormInput>) => api.patch<LiaisonForm>(`/api/liaison-forms/${form.id}`, { ...body, version: form.version }).then(refresh),
    act: (form: Pick<LiaisonForm, 'id' | 'version'>, action: LiaisonFormAction, body: { replyText?: string; reason?: string; note?: string } = {}) =>
      api.post<LiaisonForm>(`/api/liaison-forms/${form.id}/${action}`, { ...body, version: form.version }).then(refresh),
  };
}
