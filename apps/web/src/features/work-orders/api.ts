import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, buildUrl, downloadFile, type QueryParams } from '../../ui/api';
import type { Role } from '../../ui/roles';
import { useOptionsList } from '../../ui/paging';
import type { EarliestServiceDate } from '../calendar/api';
import { orgPaths, type SalesCenter } from '../org/api';
import type { DeskChannel, WorkOrderAction, WorkOrderKind, WorkOrderStatus } from './labels';

export type { CatalogCategoryView as ServiceCategory, CatalogServiceItem as ServiceItem } from '../service-catalog/api';

export interface PersonRef {
  id: string;
  name: string;
}

/** One row of the lists (the server's workOrderRowSchema). */
export interface WorkOrderSummary {
  id: string;
  projectId: string;
  number: string;
  kind: WorkOrderKind;
  status: WorkOrderStatus;
  title: string;
  categoryNumber: number | null;
  emergency: boolean;
  serviceDate: string | null;
  serviceStart: string | null;
  requesterName: string;
  /** Always masked; the full number only through the logged reveal. */
  requesterPhone: string | null;
  /** The caller may reveal the full phone (POST /api/personal-data/reveal, subjectType workOrder). */
  phoneRevealable: boolean;
  householdId: string | null;
  /** "1号楼 1-101", or the household's name. */
  unitLabel: string | null;
  /** The named assignee. */
  assignee: PersonRef | null;
  /** The named assignee, else the department or vendor it was dispatched to. */
  assigneeName: string | null;
  /** Null until the desk receives an order an owner sent from H5. */
  accountableStaff: PersonRef | null;
  acceptDueAt: string | null;
  completeDueAt: string | null;
  overdue: boolean;
  urgeCount: number;
  reopenCount: number;
  satisfaction: number | null;
  createdAt: string;
}

export interface WorkOrderEvent {
  id: string;
  /** A state-machine action or an event: create, urge, transferAccountability, override, escalate, returnVisit … */
  action: string;
  fromStatus: WorkOrderStatus | null;
  toStatus: WorkOrderStatus | null;
  actor: PersonRef | null;
  reason: string | null;
  data: Record<string, unknown> | null;
  at: string;
}

/** A stored file as /api/files presents it. */
export interface StoredFile {
  id: string;
  originalName: string;
  contentType: string;
  url: string;
}

/** The staff detail page's order (the server's workOrderDetailSchema). */
export interface WorkOrderDetail {
  id: string;
  number: string;
  projectId: string;
  projectName: string;
  kind: WorkOrderKind;
  status: WorkOrderStatus;
  channel: string;
  category: { number: number; name: string } | null;
  serviceItem: { id: string; number: number; name: string } | null;
  title: string;
  description: string | null;
  emergency: boolean;
  household: { id: string; name: string | null } | null;
  unit: { id: string; code: string; buildingId: string; buildingName: string } | null;
  /** The phone is masked unless the caller may see it. */
  /** The phone is masked; `phoneRevealable`: the caller may reveal it (logged). */
  requester: { userId: string | null; name: string; phone: string | null; phoneRevealable: boolean };
  accountableStaff: PersonRef | null;
  createdBy: PersonRef;
  serviceDate: string | null;
  serviceStart: string | null;
  serviceEnd: string | null;
  leadOverrideReason: string | null;
  dispatchMode: 'assign' | 'grab' | null;
  assignee: PersonRef | null;
  assigneeDepartment: PersonRef | null;
  assigneeVendor: PersonRef | null;
  assignmentAcceptedAt: string | null;
  acceptDueAt: string | null;
  completeDueAt: string | null;
  acceptOverdue: boolean;
  completeOverdue: boolean;
  overdue: boolean;
  escalationLevel: number;
  reopenCount: number;
  urgeCount: number;
  returnVisitRequired: boolean;
  satisfaction: number | null;
  photos: StoredFile[];
  completionNote: string | null;
  completionPhotos: StoredFile[];
  /** Where a visitor raised it: a sales center (案场) of the project, and the spot. */
  salesCenter: PersonRef | null;
  location: string | null;
  /** 约定回复日期 (YYYY-MM-DD, Shanghai): the date the requester was promised an answer by. */
  replyBy: string | null;
  repliedAt: string | null;
  /** What the requester was told. */
  replyNote: string | null;
  /** The agreed date passed without an answer. */
  replyOverdue: boolean;
  /** The caller may agree or move the reply-by date and record the reply. */
  canReply: boolean;
  events: WorkOrderEvent[];
  allowedActions: WorkOrderAction[];
  canUrge: boolean;
  canTransferAccountability: boolean;
  version: number;
  createdAt: string;
  completedAt: string | null;
}

export type WorkOrderScope = 'all' | 'accountable' | 'assigned' | 'pool';

export interface WorkOrderFilters {
  scope: WorkOrderScope;
  status?: WorkOrderStatus[];
  categoryNumber?: number;
  kind?: WorkOrderKind;
  assigneeUserId?: string;
  overdue?: boolean;
  from?: string;
  to?: string;
  buildingId?: string;
  q?: string;
}

export interface CursorPage<T> {
  items: T[];
  nextCursor: string | null;
}

export interface CreateWorkOrderBody {
  projectId: string;
  kind: WorkOrderKind;
  channel: DeskChannel;
  serviceItemId?: string;
  title?: string;
  description?: string;
  householdId?: string;
  unitId?: string;
  requesterName?: string;
  requesterPhone?: string;
  serviceDate?: string;
  serviceStart?: string;
  serviceEnd?: string;
  emergency?: boolean;
  photoIds?: string[];
  leadOverrideReason?: string;
  /** Complaints, questions and suggestions only: the sales center, the spot and the agreed reply-by date. */
  salesCenterId?: string;
  location?: string;
  replyBy?: string;
}

/** 现场解决: settled with the requester present; the note is also the reply they were given. */
export interface ResolveBody {
  note: string;
  photoIds?: string[];
  satisfaction?: number;
}

/** 约定回复日期; moving a date already agreed needs a reason. */
export interface ReplyByBody {
  replyBy: string;
  reason?: string;
}

/** What the requester was told. */
export interface ReplyBody {
  note: string;
}

/** Exactly one target: a department or post, a named worker (userId) or a vendor. */
export interface DispatchBody {
  departmentId?: string;
  userId?: string;
  vendorId?: string;
  mode: 'assign' | 'grab';
}

export interface ReturnVisitBody {
  rating: number;
  comment?: string;
  outcome: 'accepted' | 'rejected';
  method: 'phone';
}

/** A row of the return-visit list: the visit and the order it is about. */
export interface ReturnVisit {
  id: string;
  workOrderId: string;
  projectId: string;
  status: 'pending' | 'done';
  dueAt: string;
  /** Pending past its due time. */
  overdue: boolean;
  rating: number | null;
  outcome: 'accepted' | 'rejected' | null;
  doneAt: string | null;
  createdAt: string;
  workOrder: {
    number: string;
    kind: WorkOrderKind;
    status: WorkOrderStatus;
    title: string;
    categoryNumber: number | null;
    requesterName: string;
    requesterPhone: string | null;
    phoneRevealable: boolean;
    unitLabel: string | null;
    assigneeName: string | null;
    completedAt: string | null;
    reopenCount: number;
  };
}

/** Whom the desk may dispatch to and hand accountability to (GET /api/work-orders/assignees); names only. */
export interface WorkOrderAssignees {
  departments: PersonRef[];
  workers: Array<PersonRef & { roles: Role[]; departmentId: string | null; departmentName: string | null; vendorId: string | null }>;
  vendors: PersonRef[];
  deskStaff: Array<PersonRef & { roles: Role[] }>;
}

export const LIST_PAGE_SIZE = 20;

export const workOrderKeys = {
  all: ['work-orders'] as const,
  list: (projectId: string, filters: WorkOrderFilters) => ['work-orders', 'list', projectId, filters] as const,
  detail: (id: string) => ['work-orders', 'detail', id] as const,
  returnVisits: (projectId: string) => ['work-orders', 'return-visits', projectId] as const,
  // Outside 'work-orders': a command on an order does not change who may be dispatched to.
  assignees: (projectId: string) => ['work-order-assignees', projectId] as const,
  earliest: (leadWorkingDays: number) => ['calendar', 'earliest', leadWorkingDays] as const,
};

/** The list's query string: the same for the table and the Excel export. */
export function listParams(projectId: string, filters: WorkOrderFilters): QueryParams {
  const { scope, overdue, status, ...rest } = filters;
  return {
    projectId,
    ...rest,
    // The server takes several statuses as one comma-separated value.
    status: status?.length ? status.join(',') : undefined,
    scope: scope === 'all' ? undefined : scope,
    overdue: overdue ? true : undefined,
  };
}

/** Keyset pages: each "load more" asks for the page after the last cursor. */
export function useWorkOrderList(projectId: string | null, filters: WorkOrderFilters) {
  return useInfiniteQuery({
    queryKey: workOrderKeys.list(projectId ?? '', filters),
    queryFn: ({ pageParam, signal }) =>
      api.get<CursorPage<WorkOrderSummary>>(
        '/api/work-orders',
        { ...listParams(projectId!, filters), cursor: pageParam ?? undefined, limit: LIST_PAGE_SIZE },
        signal,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: projectId !== null,
    placeholderData: keepPreviousData,
  });
}

export function exportWorkOrders(projectId: string, filters: WorkOrderFilters): Promise<void> {
  return downloadFile(buildUrl('/api/work-orders/export.xlsx', listParams(projectId, filters)), 'work-orders.xlsx');
}

/** The project's departments, workers, vendors and desk for the pickers; every desk role may ask. */
export function useWorkOrderAssignees(projectId: string | null) {
  return useQuery({
    queryKey: workOrderKeys.assignees(projectId ?? ''),
    queryFn: ({ signal }) => api.get<WorkOrderAssignees>('/api/work-orders/assignees', { projectId: projectId! }, signal),
    enabled: projectId !== null,
    staleTime: 60_000,
  });
}

/** The project's sales centers (案场), where visitors raise complaints and questions. */
export function useSalesCenters(projectId: string | null) {
  return useOptionsList<SalesCenter>(['sales-centers'], projectId ? orgPaths.salesCenters(projectId) : null);
}

export function useWorkOrder(id: string) {
  return useQuery({
    queryKey: workOrderKeys.detail(id),
    queryFn: ({ signal }) => api.get<WorkOrderDetail>(`/api/work-orders/${id}`, undefined, signal),
  });
}

export function useCreateWorkOrder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateWorkOrderBody) => api.post<WorkOrderDetail>('/api/work-orders', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workOrderKeys.all }),
  });
}

/** The POST path of each action and extra event (urge, transfer, return visit). */
export function actionUrl(id: string, segment: string): string {
  return `/api/work-orders/${id}/${segment}`;
}

/** Any action on an order; afterwards the detail, lists and return-visit tasks are stale. */
export function useWorkOrderCommand(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ segment, body }: { segment: string; body: object }) => api.post<WorkOrderDetail | undefined>(actionUrl(id, segment), body),
    onSuccess: (order) => {
      if (order && typeof order === 'object' && 'id' in order) queryClient.setQueryData(workOrderKeys.detail(id), order);
      return queryClient.invalidateQueries({ queryKey: workOrderKeys.all });
    },
  });
}

/** The project's return visits still to make, the most urgent first, keyset-paged like the order list. */
export function usePendingReturnVisits(projectId: string | null) {
  return useInfiniteQuery({
    queryKey: workOrderKeys.returnVisits(projectId ?? ''),
    queryFn: ({ pageParam, signal }) =>
      api.get<CursorPage<ReturnVisit>>(
        '/api/return-visits',
        { projectId: projectId!, status: 'pending', cursor: pageParam ?? undefined, limit: LIST_PAGE_SIZE },
        signal,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: projectId !== null,
  });
}

/** Records the call-back on an order; the order closes (accepted) or reopens (rejected). */
export function useRecordReturnVisit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ workOrderId, body }: { workOrderId: string; body: ReturnVisitBody }) => api.post(actionUrl(workOrderId, 'return-visit'), body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workOrderKeys.all }),
  });
}

/** Asks the national working-day calendar; the request instant is "now", as the server will judge it. */
export function useEarliestServiceDate(leadWorkingDays: number | null) {
  return useQuery({
    queryKey: workOrderKeys.earliest(leadWorkingDays ?? -1),
    queryFn: ({ signal }) =>
      api.get<EarliestServiceDate>(
        '/api/calendar/earliest-service-date',
        { requestedAt: new Date().toISOString(), leadWorkingDays: leadWorkingDays! },
        signal,
      ),
    enabled: leadWorkingDays !== null,
    // The earliest date moves at midnight in Shanghai; a minute is plenty fresh for a form.
    staleTime: 60_000,
  });
}
