import { useQuery } from '@tanstack/react-query';
import type { EquipmentAction, EquipmentStatus } from '@guanjia/domain/opening-readiness/equipment-flow';
import type { OpeningAnchor, OpeningMilestoneKey, ReadinessColour } from '@guanjia/domain/opening-readiness/milestones';
import { api, request } from '../../ui/api';

export type { EquipmentAction, EquipmentStatus, OpeningAnchor, ReadinessColour };

export interface Person {
  id: string;
  name: string;
}

export interface OpeningDates {
  firstLaunchDate: string | null;
  clubhouseOpeningDate: string | null;
  showFlatOpeningDate: string | null;
  version: number;
  updatedAt: string;
  updatedBy: Person | null;
}

export type DateKey = 'firstLaunchDate' | 'clubhouseOpeningDate' | 'showFlatOpeningDate';
export const DATE_KEYS: readonly DateKey[] = ['firstLaunchDate', 'clubhouseOpeningDate', 'showFlatOpeningDate'];

export interface Milestone {
  id: string;
  projectId: string;
  key: OpeningMilestoneKey;
  clause: string;
  title: string;
  titleEn: string;
  anchor: OpeningAnchor;
  dueDate: string;
  /** Calendar days from today (Shanghai) to the due date; negative once past. */
  daysLeft: number;
  colour: ReadinessColour;
  done: boolean;
  doneAt: string | null;
  doneBy: Person | null;
  owner: Person | null;
  note: string | null;
  alertLevel: 'none' | 'amber' | 'red';
  version: number;
  updatedAt: string;
}

export type ColourCounts = Record<ReadinessColour, number>;

export interface EquipmentProgress {
  total: number;
  inPlace: number;
  byStatus: Record<EquipmentStatus, number>;
  allInPlace: boolean;
}

export type PlaceKind = 'clubhouse' | 'showFlat';
export const PLACE_KINDS: readonly PlaceKind[] = ['clubhouse', 'showFlat'];

export interface EquipmentItem {
  id: string;
  projectId: string;
  placeKind: PlaceKind;
  placeName: string;
  itemName: string;
  quantity: number;
  status: EquipmentStatus;
  inPlace: boolean;
  allowedActions: EquipmentAction[];
  note: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface EquipmentPlace {
  kind: PlaceKind;
  name: string;
  progress: EquipmentProgress;
  items: EquipmentItem[];
}

export interface Readiness {
  project: Person;
  today: string;
  dates: OpeningDates | null;
  milestones: Milestone[];
  counts: ColourCounts;
  worstColour: ReadinessColour | null;
  equipment: { places: EquipmentPlace[]; total: EquipmentProgress };
  assignableOwners: Person[];
}

export type NextDue = Pick<Milestone, 'id' | 'key' | 'title' | 'titleEn' | 'dueDate' | 'daysLeft' | 'colour' | 'owner'>;

export interface OverviewRow {
  project: Person;
  dates: OpeningDates | null;
  counts: ColourCounts;
  worstColour: ReadinessColour | null;
  nextDue: NextDue | null;
  equipment: { total: number; inPlace: number };
}

export interface Overview {
  today: string;
  items: OverviewRow[];
}

export interface SetDatesInput {
  projectId: string;
  firstLaunchDate: string | null;
  clubhouseOpeningDate: string | null;
  showFlatOpeningDate: string | null;
  reason?: string;
  version?: number;
}

export interface EquipmentItemInput {
  placeKind: PlaceKind;
  placeName: string;
  itemName: string;
  quantity: number;
  note?: string | null;
}

const base = '/api/opening-readiness';

export const readinessKeys = {
  all: ['opening-readiness'] as const,
  overview: ['opening-readiness', 'overview'] as const,
  project: (projectId: string) => ['opening-readiness', 'project', projectId] as const,
};

export function useReadinessOverview() {
  return useQuery({
    queryKey: readinessKeys.overview,
    queryFn: ({ signal }) => api.get<Overview>(`${base}/overview`, undefined, signal),
  });
}

export function useProjectReadiness(projectId: string | undefined) {
  return useQuery({
    queryKey: readinessKeys.project(projectId ?? ''),
    queryFn: ({ signal }) => api.get<Readiness>(base, { projectId }, signal),
    enabled: Boolean(projectId),
  });
}

/** Every write sends the version the page showed, so a stale page gets a 409 instead of overwriting. */
export const readinessApi = {
  setDates: (input: SetDatesInput) => api.put<Readiness>(`${base}/dates`, input),
  assignOwner: (m: Milestone, ownerId: string | null) => api.post<Milestone>(`${base}/milestones/${m.id}/assign`, { ownerId, version: m.version }),
  markDone: (m: Milestone) => api.post<Milestone>(`${base}/milestones/${m.id}/done`, { version: m.version }),
  reopen: (m: Milestone) => api.post<Milestone>(`${base}/milestones/${m.id}/reopen`, { version: m.version }),
  createItem: (projectId: string, input: EquipmentItemInput) => api.post<EquipmentItem>(`${base}/equipment`, { ...input, projectId }),
  updateItem: (item: EquipmentItem, input: EquipmentItemInput) => api.patch<EquipmentItem>(`${base}/equipment/${item.id}`, { ...input, version: item.version }),
  removeItem: (item: EquipmentItem) => request<void>('DELETE', `${base}/equipment/${item.id}`, { query: { version: item.version } }),
  transition: (item: EquipmentItem, action: EquipmentAction, reason?: string) =>
    api.post<EquipmentItem>(`${base}/equipment/${item.id}/${action}`, reason === undefined ? { version: item.version } : { reason, version: item.version }),
};
