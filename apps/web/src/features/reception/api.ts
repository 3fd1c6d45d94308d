import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { JourneyStep, VisitAction, VisitStatus, VisitType } from '@guanjia/domain/reception/index';
import { api, type Page } from '../../ui/api';

export interface Person {
  id: string;
  name: string;
}

export interface JourneyEntry {
  step: JourneyStep;
  outcome: 'done' | 'declined';
  at: string;
  by: Person | null;
  note: string | null;
}

export interface Accompaniment {
  applicable: boolean;
  complete: boolean;
  required: JourneyStep[];
  missing: string[];
}

export interface Visit {
  id: string;
  projectId: string;
  salesCenterId: string;
  visitDate: string;
  type: VisitType;
  status: VisitStatus;
  visitorName: string;
  /** Masked; the full number through the logged reveal when visitorPhoneRevealable. */
  visitorPhone: string | null;
  visitorPhoneRevealable: boolean;
  partySize: number;
  consentRecorded: boolean;
  consultant: Person;
  assignedVia: 'appointment' | 'rotation' | 'override' | 'requested';
  rotationTurn: number | null;
  skippedConsultant: Person | null;
  overrideReason: string | null;
  appointmentAt: string | null;
  shuttleBus: boolean;
  vipChecklist: { items: Record<string, boolean>; greeterName: string | null } | null;
  note: string | null;
  checkedInAt: string | null;
  notifiedAt: string | null;
  receivedAt: string | null;
  departedAt: string | null;
  closingQuestionAsked: boolean;
  cancelledAt: string | null;
  cancelReason: string | null;
  secondsWaited: number | null;
  journey: JourneyEntry[];
  accompaniment: Accompaniment;
  allowedActions: VisitAction[];
  version: number;
}

export interface VisitEvent {
  id: string;
  action: string;
  step: string | null;
  outcome: string | null;
  fromStatus: string | null;
  toStatus: string | null;
  actor: Person | null;
  data: Record<string, unknown> | null;
  at: string;
}

export interface HandoffAlert {
  id: string;
  visitId: string;
  salesCenterId: string;
  visitorName: string;
  consultant: Person;
  notifiedAt: string;
  raisedAt: string;
  handledAt: string | null;
  handledBy: Person | null;
  handledHow: string | null;
  note: string | null;
  version: number;
}

export interface VisitDetail extends Visit {
  events: VisitEvent[];
  alerts: HandoffAlert[];
}

export interface Standing {
  consultantId: string;
  consultantName: string;
  position: number;
  onDuty: boolean;
  busy: boolean;
  walkIns: number;
  turnCredit: number;
  available: boolean;
}

export interface Rotation {
  next: Person | null;
  reason: 'nobodyOnDuty' | 'allBusy' | null;
  standings: Standing[];
}

export interface Board {
  salesCenter: { id: string; name: string; projectId: string };
  date: string;
  now: string;
  alertThresholdSeconds: number;
  appointments: Visit[];
  onSite: Visit[];
  vips: Visit[];
  alerts: HandoffAlert[];
  departedCount: number;
  rotation: Rotation;
}

export interface MyVisits {
  date: string;
  now: string;
  alertThresholdSeconds: number;
  items: Visit[];
  handOffs: { visitId: string; visitorName: string; type: VisitType; at: string; salesCenterId: string }[];
}

export interface Host {
  id: string;
  name: string;
  roles: string[];
}

export interface RosterEntry extends Standing {
  id: string;
  version: number;
}

export interface Roster {
  salesCenterId: string;
  date: string;
  entries: RosterEntry[];
  rotation: Rotation;
  hosts: Host[];
}

export interface ReceptionSettings {
  salesCenterId: string;
  alertThresholdSeconds: number;
  version: number;
}

export interface ReferenceService {
  id: string;
  projectId: string;
  number: number;
  name: string;
  enabled: boolean;
  origin: 'seed' | 'custom';
  version: number;
}

/** A reference service given at the sales center, against a visit or as a standalone task of the day. */
export interface ServiceRecord {
  id: string;
  salesCenterId: string;
  service: { id: string; number: number; name: string };
  visitId: string | null;
  visitorName: string | null;
  note: string | null;
  recordedBy: Person;
  recordedAt: string;
}

export interface RecordServiceInput {
  salesCenterId: string;
  serviceId: string;
  visitId?: string;
  note?: string;
}

export interface SalesCenter {
  id: string;
  projectId: string;
  name: string;
}

export type CheckInInput =
  | { type: 'appointment'; appointmentId: string; consultantId?: string; partySize?: number; consentRecorded: boolean; note?: string }
  | { type: 'walkIn'; salesCenterId: string; visitorName: string; visitorPhone?: string; partySize: number; consultantId?: string; consentRecorded: boolean; note?: string }
  | { type: 'viewingGroup'; salesCenterId: string; visitorName: string; visitorPhone?: string; partySize: number; shuttleBus: boolean; consultantId?: string; consentRecorded: boolean; note?: string }
  | {
      type: 'vip';
      salesCenterId: string;
      visitorName: string;
      visitorPhone?: string;
      partySize: number;
      consultantId?: string;
      consentRecorded: boolean;
      note?: string;
      vipChecklist?: { items: Record<string, boolean>; greeterName?: string | null };
    };

export const receptionKeys = {
  all: ['reception'] as const,
  centers: (projectId: string) => ['reception', 'centers', projectId] as const,
  board: (salesCenterId: string) => ['reception', 'board', salesCenterId] as const,
  my: ['reception', 'my'] as const,
  appointments: (salesCenterId: string, q: string) => ['reception', 'appointments', salesCenterId, q] as const,
  visits: (salesCenterId: string, filters: object) => ['reception', 'visits', salesCenterId, filters] as const,
  visit: (id: string) => ['reception', 'visit', id] as const,
  roster: (salesCenterId: string, date: string) => ['reception', 'roster', salesCenterId, date] as const,
  settings: (salesCenterId: string) => ['reception', 'settings', salesCenterId] as const,
  services: (projectId: string) => ['reception', 'services', projectId] as const,
  hosts: (projectId: string) => ['reception', 'hosts', projectId] as const,
  serviceRecords: (salesCenterId: string, date: string) => ['reception', 'service-records', salesCenterId, date] as const,
};

/** The sales centers of the current project; the pages work on the first unless one is picked. */
export function useSalesCenters(projectId: string | undefined) {
  return useQuery({
    queryKey: receptionKeys.centers(projectId ?? ''),
    queryFn: ({ signal }) => api.get<Page<SalesCenter>>(`/api/projects/${projectId}/sales-centers`, { pageSize: 200 }, signal),
    enabled: Boolean(projectId),
    select: (page) => page.items,
    staleTime: 5 * 60_000,
  });
}

export function useBoard(salesCenterId: string | undefined, live: boolean) {
  return useQuery({
    queryKey: receptionKeys.board(salesCenterId ?? ''),
    queryFn: ({ signal }) => api.get<Board>('/api/reception/board', { salesCenterId }, signal),
    enabled: Boolean(salesCenterId),
    // The stream announces every change; without it, fall back to polling.
    refetchInterval: live ? false : 10_000,
    staleTime: 0,
  });
}

export function useMyVisits(live: boolean) {
  return useQuery({
    queryKey: receptionKeys.my,
    queryFn: ({ signal }) => api.get<MyVisits>('/api/reception/my-visits', undefined, signal),
    refetchInterval: live ? false : 15_000,
    staleTime: 0,
  });
}

export function useAppointmentSearch(salesCenterId: string | undefined, q: string, enabled: boolean) {
  return useQuery({
    queryKey: receptionKeys.appointments(salesCenterId ?? '', q),
    queryFn: ({ signal }) => api.get<Page<Visit>>('/api/reception/appointments', { salesCenterId, q, pageSize: 50 }, signal),
    enabled: Boolean(salesCenterId) && enabled,
    select: (page) => page.items.filter((v) => v.status === 'expected' || v.status === 'noShow'),
    placeholderData: keepPreviousData,
  });
}

export interface VisitFilters {
  dateFrom?: string;
  dateTo?: string;
  type?: string;
  status?: string;
  complete?: string;
  q?: string;
  page: number;
  pageSize: number;
}

export function useVisitHistory(salesCenterId: string | undefined, filters: VisitFilters) {
  return useQuery({
    queryKey: receptionKeys.visits(salesCenterId ?? '', filters),
    queryFn: ({ signal }) => api.get<Page<Visit>>('/api/reception/visits', { salesCenterId, ...filters }, signal),
    enabled: Boolean(salesCenterId),
    placeholderData: keepPreviousData,
  });
}

export function useVisitDetail(id: string | undefined) {
  return useQuery({
    queryKey: receptionKeys.visit(id ?? ''),
    queryFn: ({ signal }) => api.get<VisitDetail>(`/api/reception/visits/${id}`, undefined, signal),
    enabled: Boolean(id),
  });
}

export function useHosts(projectId: string | undefined) {
  return useQuery({
    queryKey: receptionKeys.hosts(projectId ?? ''),
    queryFn: ({ signal }) => api.get<{ items: Host[] }>('/api/reception/hosts', { projectId }, signal),
    enabled: Boolean(projectId),
    select: (data) => data.items,
  });
}

export function useRoster(salesCenterId: string | undefined, date: string) {
  return useQuery({
    queryKey: receptionKeys.roster(salesCenterId ?? '', date),
    queryFn: ({ signal }) => api.get<Roster>('/api/reception/roster', { salesCenterId, date }, signal),
    enabled: Boolean(salesCenterId),
  });
}

export function useReceptionSettings(salesCenterId: string | undefined) {
  return useQuery({
    queryKey: receptionKeys.settings(salesCenterId ?? ''),
    queryFn: ({ signal }) => api.get<ReceptionSettings>('/api/reception/settings', { salesCenterId }, signal),
    enabled: Boolean(salesCenterId),
  });
}

export function useReferenceServices(projectId: string | undefined) {
  return useQuery({
    queryKey: receptionKeys.services(projectId ?? ''),
    queryFn: ({ signal }) => api.get<{ items: ReferenceService[] }>('/api/reception/services', { projectId }, signal),
    enabled: Boolean(projectId),
    select: (data) => data.items,
  });
}

/** The services recorded at a sales center on a day; without a date, the server's today. */
export function useServiceRecords(salesCenterId: string | undefined, date?: string) {
  return useQuery({
    queryKey: receptionKeys.serviceRecords(salesCenterId ?? '', date ?? 'today'),
    queryFn: ({ signal }) => api.get<{ items: ServiceRecord[] }>('/api/reception/service-records', { salesCenterId, date }, signal),
    enabled: Boolean(salesCenterId),
    select: (data) => data.items,
  });
}

/** Every reception write changes the board and lists: refresh whatever of them is on screen. */
function useReceptionMutation<I, O>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSettled: () => queryClient.invalidateQueries({ queryKey: receptionKeys.all }) });
}

export const useCheckIn = () => useReceptionMutation((input: CheckInInput) => api.post<Visit>('/api/reception/check-in', input));
export const useReceive = () => useReceptionMutation((id: string) => api.post<Visit & { alreadyReceived: boolean }>(`/api/reception/visits/${id}/receive`, {}));
export const useRecordStep = () =>
  useReceptionMutation((input: { id: string; step: JourneyStep; outcome?: 'done' | 'declined' }) =>
    api.post<Visit>(`/api/reception/visits/${input.id}/steps`, { step: input.step, outcome: input.outcome ?? 'done' }),
  );
export const useFarewell = () =>
  useReceptionMutation((input: { id: string; closingQuestionAsked: boolean; note?: string }) =>
    api.post<Visit>(`/api/reception/visits/${input.id}/farewell`, { closingQuestionAsked: input.closingQuestionAsked, note: input.note }),
  );
export const useCancelVisit = () => useReceptionMutation((input: { id: string; reason: string }) => api.post<Visit>(`/api/reception/visits/${input.id}/cancel`, { reason: input.reason }));
export const useMarkNoShow = () => useReceptionMutation((id: string) => api.post<Visit>(`/api/reception/appointments/${id}/no-show`, {}));
export const useReassign = () =>
  useReceptionMutation((input: { id: string; consultantId: string; reason: string }) =>
    api.post<Visit>(`/api/reception/visits/${input.id}/reassign`, { consultantId: input.consultantId, reason: input.reason }),
  );
export const useHandleAlert = () =>
  useReceptionMutation((input: { id: string; how: 'engaged' | 'calledConsultant' }) => api.post<HandoffAlert>(`/api/reception/alerts/${input.id}/handle`, { how: input.how }));
export const useSaveChecklist = () =>
  useReceptionMutation((input: { id: string; items: Record<string, boolean>; greeterName: string | null }) =>
    api.put<Visit>(`/api/reception/visits/${input.id}/vip-checklist`, { items: input.items, greeterName: input.greeterName }),
  );
export const useSaveRoster = () =>
  useReceptionMutation((input: { salesCenterId: string; date: string; entries: { consultantId: string; onDuty: boolean }[] }) => api.put<Roster>('/api/reception/roster', input));
export const useSaveSettings = () =>
  useReceptionMutation((input: { salesCenterId: string; alertThresholdSeconds: number; version: number }) => api.put<ReceptionSettings>('/api/reception/settings', input));
export const useSaveService = () =>
  useReceptionMutation((input: { service: ReferenceService | null; projectId: string; name?: string; enabled?: boolean }) =>
    input.service
      ? api.patch<ReferenceService>(`/api/reception/services/${input.service.id}`, { name: input.name, enabled: input.enabled, version: input.service.version })
      : api.post<ReferenceService>('/api/reception/services', { projectId: input.projectId, name: input.name }),
  );
export const useRecordService = () =>
  useReceptionMutation((input: RecordServiceInput) => api.post<ServiceRecord>('/api/reception/service-records', input));
