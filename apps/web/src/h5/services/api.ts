import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { WorkOrderKind, WorkOrderStatus } from '@guanjia/domain/work-orders/work-order-flow';
import { api, isApiError, type Page } from '../../ui/api';
import type { EarliestServiceDate } from '../../features/calendar/api';
import type { CatalogServiceItem } from '../../features/service-catalog/api';

export type { WorkOrderKind, WorkOrderStatus };
export type { ServiceHours } from '@guanjia/domain/service-catalog/catalog';
export type { CatalogCategoryView as ServiceCategory, CatalogServiceItem as ServiceItem } from '../../features/service-catalog/api';

export interface TimelineEntry {
  action: string;
  toStatus: WorkOrderStatus | null;
  /** Only what the requester side said (cancel, reopen, urge). */
  reason: string | null;
  at: string;
}

export interface OrderPhoto {
  id: string;
  url: string;
  originalName: string;
}

/** A row of 我的工单. */
export interface OwnerWorkOrderItem {
  id: string;
  number: string;
  kind: WorkOrderKind;
  status: WorkOrderStatus;
  title: string;
  serviceDate: string | null;
  serviceStart: string | null;
  serviceEnd: string | null;
  completeDueAt: string | null;
  createdAt: string;
}

/** The owner's view of one order (no internal notes, no staff phones). */
export interface OwnerWorkOrder extends OwnerWorkOrderItem {
  projectId: string;
  description: string | null;
  category: { number: number; name: string } | null;
  serviceItem: { id: string; number: number; name: string } | null;
  emergency: boolean;
  householdId: string | null;
  unitLabel: string | null;
  acceptDueAt: string | null;
  acceptOverdue: boolean;
  completeOverdue: boolean;
  handlerName: string | null;
  urgeCount: number;
  reopenCount: number;
  satisfaction: number | null;
  photos: OrderPhoto[];
  timeline: TimelineEntry[];
  /** What the owner may do now, decided by the server. */
  allowedActions: string[];
  canUrge: boolean;
  version: number;
  updatedAt: string;
}

export interface CreateWorkOrderInput {
  projectId: string;
  householdId: string;
  kind: WorkOrderKind;
  serviceItemId?: string;
  serviceDate?: string;
  serviceStart?: string;
  serviceEnd?: string;
  description?: string;
  emergency?: boolean;
  photoIds?: string[];
}

export interface RateInput {
  rating: number;
  comment?: string;
  accept: boolean;
}

export const serviceKeys = {
  earliest: (leadWorkingDays: number, minute: string) => ['h5-services', 'earliest', leadWorkingDays, minute] as const,
  orders: ['h5-services', 'orders'] as const,
  order: (id: string) => ['h5-services', 'orders', id] as const,
};

/** The earliest allowed service date for a request made now; keyed by the minute so it moves on past midnight. */
export function useEarliestServiceDate(leadWorkingDays: number | undefined, now: Date) {
  const requestedAt = new Date(Math.floor(now.getTime() / 60_000) * 60_000).toISOString();
  return useQuery({
    queryKey: serviceKeys.earliest(leadWorkingDays ?? -1, requestedAt),
    queryFn: ({ signal }) =>
      api.get<EarliestServiceDate>('/api/calendar/earliest-service-date', { requestedAt, leadWorkingDays }, signal),
    enabled: leadWorkingDays !== undefined,
  });
}

const ORDERS_PAGE_SIZE = 20;

export function useMyWorkOrders() {
  return useInfiniteQuery({
    queryKey: serviceKeys.orders,
    queryFn: ({ signal, pageParam }) =>
      api.get<Page<OwnerWorkOrderItem>>('/api/h5/work-orders', { page: pageParam, pageSize: ORDERS_PAGE_SIZE }, signal),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
  });
}

/** The open orders on the home page's badge: the first page is enough to count what is pending. */
export function useOpenWorkOrderCount() {
  const query = useQuery({
    queryKey: [...serviceKeys.orders, 'first'],
    queryFn: ({ signal }) => api.get<Page<OwnerWorkOrderItem>>('/api/h5/work-orders', { pageSize: 50 }, signal),
  });
  return (query.data?.items ?? []).filter((o) => o.status !== 'closed' && o.status !== 'cancelled').length;
}

/** The live order: polled while the notification stream is down, refreshed by it when up. */
export function useMyWorkOrder(id: string, live: boolean) {
  return useQuery({
    queryKey: serviceKeys.order(id),
    queryFn: ({ signal }) => api.get<OwnerWorkOrder>(`/api/h5/work-orders/${id}`, undefined, signal),
    refetchInterval: live ? 60_000 : 15_000,
    retry: (count, error) => !isApiError(error) && count < 2,
  });
}

export function useCreateWorkOrder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateWorkOrderInput) => api.post<OwnerWorkOrder>('/api/h5/work-orders', input),
    onSuccess: (order) => {
      queryClient.setQueryData(serviceKeys.order(order.id), order);
      void queryClient.invalidateQueries({ queryKey: serviceKeys.orders });
    },
  });
}

function useOrderAction<T>(id: string, path: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: T) => api.post<unknown>(`/api/h5/work-orders/${id}/${path}`, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: serviceKeys.orders }),
  });
}

export const useCancelWorkOrder = (id: string) => useOrderAction<{ reason: string }>(id, 'cancel');
export const useUrgeWorkOrder = (id: string) => useOrderAction<{ note?: string }>(id, 'urge');
export const useRateWorkOrder = (id: string) => useOrderAction<RateInput>(id, 'rate');

/** 会所场地预定 (item 3 of 生活秘书服务) is booked slot by slot on the venue page. */
export function isVenueBookingItem(categoryNumber: number, item: Pick<CatalogServiceItem, 'number'>): boolean {
  return categoryNumber === 1 && item.number === 3;
}

export const h5ServicePaths = {
  catalog: '/h5/services',
  venues: '/h5/venues',
  book: (itemId: string) => `/h5/services/items/${itemId}`,
  report: (itemId: string) => `/h5/services/items/${itemId}?mode=repair`,
  submitted: (orderId: string) => `/h5/services/submitted/${orderId}`,
  orders: '/h5/services/orders',
  order: (orderId: string) => `/h5/services/orders/${orderId}`,
};
