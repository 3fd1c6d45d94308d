import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { EVENT_PLAN_DRAFTER_ROLES, type EventPlanAction, type EventPlanKind, type EventPlanPart, type EventPlanStatus } from '@guanjia/domain/event-plans/event-plan-flow';
import { api, request, type Page } from '../../ui/api';

export type Named = { id: string; name: string };

export interface LeadGroupMember {
  name: string;
  role: string;
}

export interface Assignment {
  owner: string;
  duty: string;
}

export interface EventPlan {
  id: string;
  projectId: string;
  salesCenter: Named | null;
  kind: EventPlanKind;
  title: string;
  eventDate: string;
  rehearsalDate: string;
  major: boolean;
  eventLeadGroup: LeadGroupMember[];
  assignments: Assignment[];
  orderPlan: string;
  emergencyPlan: string;
  status: EventPlanStatus;
  approvalRequestId: string | null;
  submittedAt: string | null;
  decidedAt: string | null;
  heldAt: string | null;
  review: { wentWell: string; problems: string; photoIds: string[]; reviewedBy: Named | null; reviewedAt: string } | null;
  rehearsalConfirmedBy: Named | null;
  rehearsalConfirmedAt: string | null;
  cancelReason: string | null;
  createdBy: Named | null;
  taskCount: number;
  doneCount: number;
  overdueCount: number;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface EventPlanTask {
  id: string;
  key: string;
  title: string;
  daysBefore: number;
  officeOnly: boolean;
  rehearsal: boolean;
  dueDate: string;
  movedFrom: string | null;
  source: string | null;
  owner: Named | null;
  done: boolean;
  doneAt: string | null;
  doneBy: Named | null;
  overdue: boolean;
  version: number;
}

export interface EventPlanHistoryEntry {
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  actor: Named | null;
  note: string | null;
  at: string;
}

export interface EventPlanDetail extends EventPlan {
  tasks: EventPlanTask[];
  history: EventPlanHistoryEntry[];
  allowedActions: EventPlanAction[];
  missingParts: EventPlanPart[];
  canEdit: boolean;
  canReschedule: boolean;
  canWorkTasks: boolean;
  canConfirmRehearsal: boolean;
}

export interface Rehearsal {
  planId: string;
  title: string;
  kind: EventPlanKind;
  salesCenter: Named | null;
  eventDate: string;
  rehearsalDate: string;
  status: EventPlanStatus;
  confirmedBy: Named | null;
  confirmedAt: string | null;
  eventLead: Named | null;
  version: number;
}

export interface EventPlanFilters {
  status?: EventPlanStatus;
  kind?: EventPlanKind;
  from?: string;
  to?: string;
}

export interface CreateEventPlanInput {
  projectId: string;
  salesCenterId?: string | null;
  kind: EventPlanKind;
  title: string;
  eventDate: string;
  major: boolean;
}

export interface PartsInput {
  eventLeadGroup: LeadGroupMember[];
  assignments: Assignment[];
  orderPlan: string;
  emergencyPlan: string;
}

export interface TaskInput {
  title: string;
  daysBefore: number;
  officeOnly: boolean;
}

export interface PlanActionInput {
  note?: string;
  reason?: string;
  wentWell?: string;
  problems?: string;
  photoIds?: string[];
}

export type ButtonAction = 'submit' | 'revise' | 'hold' | 'review' | 'cancel';

export const eventPlanKeys = {
  all: ['event-plans'] as const,
  list: ['event-plans', 'list'] as const,
  detail: (id: string) => ['event-plans', 'detail', id] as const,
  rehearsals: (projectId: string) => ['event-plans', 'rehearsals', projectId] as const,
  salesCenters: (projectId: string) => ['event-plans', 'sales-centers', projectId] as const,
  owners: (projectId: string) => ['event-plans', 'owners', projectId] as const,
};

export function useEventPlan(id: string) {
  return useQuery({
    queryKey: eventPlanKeys.detail(id),
    queryFn: ({ signal }) => api.get<EventPlanDetail>(`/api/event-plans/${id}`, undefined, signal),
    enabled: Boolean(id),
  });
}

/** The marketing lead's upcoming joint rehearsals of the project, soonest first. */
export function useRehearsals(projectId: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: eventPlanKeys.rehearsals(projectId ?? ''),
    queryFn: ({ signal }) => api.get<{ items: Rehearsal[] }>('/api/event-plans/rehearsals', { projectId }, signal),
    enabled: enabled && Boolean(projectId),
    select: (data) => data.items,
  });
}

export function useSalesCenters(projectId: string | undefined) {
  return useQuery({
    queryKey: eventPlanKeys.salesCenters(projectId ?? ''),
    queryFn: ({ signal }) => api.get<Page<Named>>(`/api/projects/${projectId}/sales-centers`, { pageSize: 200 }, signal),
    enabled: Boolean(projectId),
    select: (page) => page.items,
    staleTime: 5 * 60_000,
  });
}

interface DeskStaff extends Named {
  roles: string[];
}

/**
 * Who may own a preparation task: the project's butlers and service-center manager, taken from
 * the desk staff the work-order assignees list names (the server checks the same roles).
 */
export function useTaskOwners(projectId: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: eventPlanKeys.owners(projectId ?? ''),
    queryFn: ({ signal }) => api.get<{ deskStaff: DeskStaff[] }>('/api/work-orders/assignees', { projectId }, signal),
    enabled: enabled && Boolean(projectId),
    select: (data) => data.deskStaff.filter((s) => s.roles.some((r) => (EVENT_PLAN_DRAFTER_ROLES as readonly string[]).includes(r))).map(({ id, name }) => ({ id, name })),
    staleTime: 5 * 60_000,
  });
}

export function useCreateEventPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateEventPlanInput) => api.post<EventPlanDetail>('/api/event-plans', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: eventPlanKeys.all }),
  });
}

/** Every command answers with the plan as it is now; the page shows it at once and lists refresh. */
export function usePlanCommands(plan: Pick<EventPlanDetail, 'id' | 'version'>) {
  const queryClient = useQueryClient();
  const base = `/api/event-plans/${plan.id}`;
  const settle = async (next: EventPlanDetail) => {
    queryClient.setQueryData(eventPlanKeys.detail(plan.id), next);
    await queryClient.invalidateQueries({ queryKey: eventPlanKeys.list });
    await queryClient.invalidateQueries({ queryKey: ['event-plans', 'rehearsals'] });
    return next;
  };
  const run = (send: () => Promise<EventPlanDetail>) => send().then(settle);
  return {
    saveParts: (parts: PartsInput) => run(() => api.patch<EventPlanDetail>(base, { ...parts, version: plan.version })),
    act: (action: ButtonAction, input: PlanActionInput = {}) => run(() => api.post<EventPlanDetail>(`${base}/${action}`, { ...input, version: plan.version })),
    reschedule: (eventDate: string) => run(() => api.post<EventPlanDetail>(`${base}/reschedule`, { eventDate, version: plan.version })),
    confirmRehearsal: (note?: string) => run(() => api.post<EventPlanDetail>(`${base}/rehearsal/confirm`, { ...(note ? { note } : {}), version: plan.version })),
    addTask: (input: TaskInput) => run(() => api.post<EventPlanDetail>(`${base}/tasks`, input)),
    editTask: (task: EventPlanTask, input: Partial<TaskInput>) => run(() => api.patch<EventPlanDetail>(`${base}/tasks/${task.id}`, { ...input, version: task.version })),
    removeTask: (task: EventPlanTask) => run(() => request<EventPlanDetail>('DELETE', `${base}/tasks/${task.id}`, { query: { version: task.version } })),
    assignTask: (task: EventPlanTask, ownerId: string | null) => run(() => api.post<EventPlanDetail>(`${base}/tasks/${task.id}/assign`, { ownerId, version: task.version })),
    markTask: (task: EventPlanTask, done: boolean) => run(() => api.post<EventPlanDetail>(`${base}/tasks/${task.id}/done`, { done, version: task.version })),
    refetch: () => queryClient.invalidateQueries({ queryKey: eventPlanKeys.detail(plan.id) }),
  };
}
