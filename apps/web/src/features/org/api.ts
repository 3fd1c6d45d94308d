import { useQuery } from '@tanstack/react-query';
import { api } from '../../ui/api';

interface Versioned {
  id: string;
  version?: number;
}

export interface Region extends Versioned {
  name: string;
  code?: string | null;
}

export interface Developer extends Versioned {
  name: string;
  code?: string | null;
}

export interface Project extends Versioned {
  name: string;
  code: string;
  regionId: string;
  developerId?: string | null;
  address?: string | null;
  city?: string | null;
}

export interface SalesCenter extends Versioned {
  name: string;
  address?: string | null;
  phone?: string | null;
  openTime?: string | null;
  closeTime?: string | null;
}

/** Its opening hours are the office hours that working-hour SLA clocks count in. */
export type ServiceCenter = SalesCenter;

export interface Building extends Versioned {
  name: string;
  code: string;
  floors?: number | null;
}

export interface Unit extends Versioned {
  buildingId: string;
  code: string;
  buildingCode?: string;
  floor?: number | null;
  areaM2?: number | null;
  layout?: string | null;
}

export const POST_TYPES = ['security', 'cleaning', 'waterBar', 'concierge', 'technician', 'greening', 'reception'] as const;

export interface Department extends Versioned {
  name: string;
  kind: 'department' | 'post';
  parentId?: string | null;
  projectId?: string | null;
  developerId?: string | null;
  postType?: (typeof POST_TYPES)[number] | null;
}

export const RELATIONS = ['owner', 'coOwner', 'resident', 'tenant'] as const;
export type Relation = (typeof RELATIONS)[number];

/** Phone and ID number arrive masked unless the viewer may see them in full. */
export interface HouseholdMember {
  id: string;
  ownerId: string;
  name: string;
  phone: string | null;
  idNumber: string | null;
  relation: Relation;
  hasAccount: boolean;
}

export interface HouseholdUnit {
  id: string;
  code: string;
  floor: number | null;
  buildingId: string;
  buildingCode: string;
  buildingName: string;
}

export interface Household extends Versioned {
  projectId: string;
  name: string | null;
  unit: HouseholdUnit;
  members: HouseholdMember[];
}

export function unitLabel(unit: HouseholdUnit): string {
  return `${unit.buildingName} ${unit.code}`;
}

export const orgPaths = {
  salesCenters: (projectId: string) => `/api/projects/${projectId}/sales-centers`,
  serviceCenters: (projectId: string) => `/api/projects/${projectId}/service-centers`,
  buildings: (projectId: string) => `/api/projects/${projectId}/buildings`,
  units: (projectId: string) => `/api/projects/${projectId}/units`,
  households: (projectId: string) => `/api/projects/${projectId}/households`,
};

export function useProject(id: string) {
  return useQuery({
    queryKey: ['projects', 'detail', id],
    queryFn: ({ signal }) => api.get<Project>(`/api/projects/${id}`, undefined, signal),
  });
}

export function useHousehold(id: string) {
  return useQuery({
    queryKey: ['households', 'detail', id],
    queryFn: ({ signal }) => api.get<Household>(`/api/households/${id}`, undefined, signal),
  });
}

/** The households the signed-in owner belongs to. */
export function useMyHouseholds() {
  return useQuery({
    queryKey: ['households', 'mine'],
    queryFn: ({ signal }) => api.get<{ items: Household[] }>('/api/households/mine', undefined, signal),
  });
}

/** Looks a name up in an options list, falling back to the id so a row never shows blank. */
export function nameOf<T extends { id: string; name: string }>(list: T[] | undefined, id: string | null | undefined) {
  if (!id) return '';
  return list?.find((item) => item.id === id)?.name ?? id;
}
