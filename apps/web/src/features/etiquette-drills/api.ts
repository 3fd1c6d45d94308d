import { useQuery } from '@tanstack/react-query';
import type { DrillKind } from '@guanjia/domain/etiquette-drills/drill-timetable';
import { api, request } from '../../ui/api';

export type { DrillKind };
export type SlotStatus = 'upcoming' | 'due' | 'done' | 'missed';

export interface Person {
  id: string;
  name: string;
}

export interface DrillRecord {
  id: string;
  performers: Person[];
  photoUrl: string | null;
  note: string | null;
  recordedBy: Person | null;
  recordedAt: string;
}

export interface DrillSlot {
  date: string;
  start: string;
  end: string;
  kind: DrillKind;
  status: SlotStatus;
  record: DrillRecord | null;
  flaggedAt: string | null;
  allowedActions: 'record'[];
}

export type SlotCounts = Record<SlotStatus, number>;

export interface SalesCenterRef {
  id: string;
  name: string;
  projectId: string;
}

export interface Timetable {
  salesCenter: SalesCenterRef;
  date: string;
  today: string;
  now: string;
  slots: DrillSlot[];
  counts: SlotCounts;
  performerOptions: Person[];
}

export interface DrillDays {
  salesCenter: SalesCenterRef;
  days: { date: string; slots: DrillSlot[]; counts: SlotCounts }[];
}

export interface MissedDrill {
  id: string;
  salesCenter: { id: string; name: string };
  date: string;
  start: string;
  end: string;
  kind: DrillKind;
  flaggedAt: string;
  notified: Person[];
}

export interface PeakPeriod {
  id: string;
  salesCenterId: string;
  startDate: string;
  endDate: string;
  startTime: string;
  endTime: string;
  weekdays: number[];
  current: boolean;
  version: number;
  updatedAt: string;
}

export interface DrillSettings {
  salesCenter: SalesCenterRef;
  today: string;
  periods: PeakPeriod[];
  rotation: { kinds: DrillKind[]; isDefault: boolean; version: number };
  allowedActions: 'edit'[];
}

export interface PeakPeriodInput {
  startDate: string;
  endDate: string;
  startTime: string;
  endTime: string;
  weekdays: number[];
}

export interface RecordDrillInput {
  salesCenterId: string;
  date: string;
  start: string;
  performerIds: string[];
  photoId: string;
  note?: string;
}

const base = '/api/etiquette-drills';

export const drillKeys = {
  all: ['etiquette-drills'] as const,
  timetable: (centerId: string, date?: string) => ['etiquette-drills', 'timetable', centerId, date ?? 'today'] as const,
  days: (centerId: string, from: string, to: string) => ['etiquette-drills', 'days', centerId, from, to] as const,
  missed: (projectId: string, from: string, to: string) => ['etiquette-drills', 'missed', projectId, from, to] as const,
  settings: (centerId: string) => ['etiquette-drills', 'settings', centerId] as const,
};

/** The day's timetable; refreshed every minute so a slot turns due, then missed, on the board too. */
export function useDrillTimetable(centerId: string | undefined, date?: string) {
  return useQuery({
    queryKey: drillKeys.timetable(centerId ?? '', date),
    queryFn: ({ signal }) => api.get<Timetable>(`${base}/timetable`, { salesCenterId: centerId, date }, signal),
    enabled: Boolean(centerId),
    refetchInterval: 60_000,
  });
}

export function useDrillDays(centerId: string | undefined, from: string, to: string) {
  return useQuery({
    queryKey: drillKeys.days(centerId ?? '', from, to),
    queryFn: ({ signal }) => api.get<DrillDays>(`${base}/days`, { salesCenterId: centerId, from, to }, signal),
    enabled: Boolean(centerId),
  });
}

export function useMissedDrills(projectId: string | undefined, from: string, to: string, enabled = true) {
  return useQuery({
    queryKey: drillKeys.missed(projectId ?? '', from, to),
    queryFn: ({ signal }) => api.get<{ items: MissedDrill[] }>(`${base}/missed`, { projectId, from, to }, signal),
    enabled: enabled && Boolean(projectId),
    select: (page) => page.items,
  });
}

export function useDrillSettings(centerId: string | undefined) {
  return useQuery({
    queryKey: drillKeys.settings(centerId ?? ''),
    queryFn: ({ signal }) => api.get<DrillSettings>(`${base}/settings`, { salesCenterId: centerId }, signal),
    enabled: Boolean(centerId),
  });
}

/** Every edit sends the version the page showed, so a stale page gets a 409 instead of overwriting. */
export const drillApi = {
  record: (input: RecordDrillInput) => api.post<Timetable>(`${base}/records`, input),
  createPeriod: (salesCenterId: string, input: PeakPeriodInput) => api.post<PeakPeriod>(`${base}/peak-periods`, { salesCenterId, ...input }),
  updatePeriod: (p: PeakPeriod, input: PeakPeriodInput) => api.patch<PeakPeriod>(`${base}/peak-periods/${p.id}`, { ...input, version: p.version }),
  removePeriod: (p: PeakPeriod) => request<void>('DELETE', `${base}/peak-periods/${p.id}`, { query: { version: p.version } }),
  setRotation: (salesCenterId: string, kinds: DrillKind[], version: number) =>
    api.put<DrillSettings>(`${base}/rotation`, { salesCenterId, kinds, ...(version > 0 ? { version } : {}) }),
};
