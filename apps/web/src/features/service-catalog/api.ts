import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ServiceHours, ServicePriceMode } from '@guanjia/domain/service-catalog/catalog';
import { api } from '../../ui/api';
import { useOptionsList } from '../../ui/paging';

export type { ServiceHours, ServicePriceMode };
export type SlaBasis = 'clock' | 'working';

export interface CatalogServiceItem {
  id: string;
  categoryNumber: number;
  number: number;
  name: string;
  note: string | null;
  leadWorkingDays: number;
  enabled: boolean;
  priceMode: ServicePriceMode;
  priceFen: number | null;
  unit: string | null;
  handlerDepartmentId: string | null;
  handlerVendorId: string | null;
  serviceHours: ServiceHours;
  slaAcceptMinutes: number;
  slaCompleteMinutes: number;
  slaBasis: SlaBasis;
  returnVisitRequired: boolean;
  bookable: boolean;
  repairable: boolean;
  origin: 'seed' | 'custom';
  version: number;
}

export interface CatalogCategoryView {
  number: number;
  name: string;
  items: CatalogServiceItem[];
}

export interface ServiceCatalog {
  projectId: string;
  categories: CatalogCategoryView[];
}

/** The editable fields, as the server takes them (money in integer fen). */
export type ServiceItemFields = Pick<
  CatalogServiceItem,
  | 'name'
  | 'note'
  | 'enabled'
  | 'priceMode'
  | 'priceFen'
  | 'unit'
  | 'handlerDepartmentId'
  | 'handlerVendorId'
  | 'leadWorkingDays'
  | 'serviceHours'
  | 'slaAcceptMinutes'
  | 'slaCompleteMinutes'
  | 'slaBasis'
  | 'returnVisitRequired'
  | 'bookable'
  | 'repairable'
>;
export type CreateServiceItemBody = Partial<ServiceItemFields> & { projectId: string; categoryNumber: number; name: string };
export type UpdateServiceItemBody = Partial<ServiceItemFields> & { version?: number };

// The prefix is shared with the work-order pages' copy of the catalog, so an edit refreshes both.
const catalogRoot = ['service-catalog'] as const;
export const serviceCatalogKey = (projectId: string) => [...catalogRoot, projectId, 'all'] as const;

/** The enabled items only, as the booking forms offer them (owners are always given only these). */
export function useOfferedServiceCatalog(projectId: string | null | undefined) {
  return useQuery({
    queryKey: [...catalogRoot, projectId ?? ''] as const,
    queryFn: ({ signal }) => api.get<ServiceCatalog>('/api/service-catalog', { projectId: projectId!, enabledOnly: true }, signal),
    enabled: Boolean(projectId),
    staleTime: 5 * 60_000,
  });
}

export function useServiceCatalogAdmin(projectId: string | null) {
  return useQuery({
    queryKey: serviceCatalogKey(projectId ?? ''),
    queryFn: ({ signal }) => api.get<ServiceCatalog>('/api/service-catalog', { projectId: projectId! }, signal),
    enabled: projectId !== null,
  });
}

export function useUpdateServiceItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateServiceItemBody }) => api.patch<CatalogServiceItem>(`/api/service-items/${id}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: catalogRoot }),
  });
}

export function useCreateServiceItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateServiceItemBody) => api.post<CatalogServiceItem>('/api/service-items', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: catalogRoot }),
  });
}

export interface HandlerOption {
  id: string;
  name: string;
}

interface DepartmentRow extends HandlerOption {
  projectId: string | null;
  developerId: string | null;
}
interface VendorRow extends HandlerOption {
  active: boolean;
}

/**
 * Who may handle the project's items: its own departments and posts, the company-level ones
 * (not the developer's), and the active vendors serving the project — the server's rule.
 */
export function useHandlerOptions(projectId: string | null) {
  const departments = useOptionsList<DepartmentRow>(['departments'], projectId ? '/api/departments' : null);
  const vendors = useOptionsList<VendorRow>(['vendors'], projectId ? '/api/vendors' : null, { projectId });
  return {
    departments: (departments.data ?? []).filter((d) => d.developerId === null && (d.projectId === null || d.projectId === projectId)),
    vendors: (vendors.data ?? []).filter((v) => v.active),
  };
}
