import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelItemKind } from '@guanjia/domain/sales-channel/channel-items';
import type { ChannelSide } from '@guanjia/domain/sales-channel/channel-sides';
import type { DutyArea, DutyAssignee } from '@guanjia/domain/sales-channel/duties';
import type { ActionItemAction, ActionItemStatus, JointMeetingAction, JointMeetingStatus } from '@guanjia/domain/sales-channel/joint-meeting-flow';
import type { SuggestionAction, SuggestionCategory, SuggestionStatus } from '@guanjia/domain/sales-channel/suggestion-flow';
import { api, type Page } from '../../ui/api';

export type { ActionItemAction, ActionItemStatus, ChannelItemKind, ChannelSide, DutyArea, DutyAssignee, JointMeetingAction, JointMeetingStatus, SuggestionAction, SuggestionCategory, SuggestionStatus };

export interface Named {
  id: string;
  name: string;
}
export interface Person extends Named {
  side: ChannelSide | null;
}
export interface HistoryEntry {
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  note: string | null;
  actor: Named;
  at: string;
}
export interface Receipt {
  user: Named;
  side: ChannelSide;
  at: string;
}

export interface ChannelItem {
  id: string;
  projectId: string;
  kind: ChannelItemKind;
  side: ChannelSide;
  title: string;
  body: string;
  periodStart: string | null;
  periodEnd: string | null;
  attachmentIds: string[];
  postedBy: Named;
  postedAt: string;
  editedBy: Named | null;
  editedAt: string | null;
  version: number;
  requiresAcknowledgement: boolean;
  awaitingAcknowledgement: boolean;
  acknowledgements: Receipt[];
  acknowledgedByMe: boolean;
  canEdit: boolean;
  canAcknowledge: boolean;
}
export interface ChannelItemDetail extends ChannelItem {
  versions: { version: number; title: string; body: string; periodStart: string | null; periodEnd: string | null; attachmentIds: string[]; author: Named; at: string; acknowledgements: Receipt[] }[];
}
export interface ItemInput {
  kind?: ChannelItemKind;
  title: string;
  body: string;
  periodStart?: string | null;
  periodEnd?: string | null;
  attachmentIds?: string[];
}

export interface Duty {
  id: string;
  projectId: string;
  area: DutyArea;
  assignedTo: DutyAssignee;
  title: string;
  description: string;
  sortOrder: number;
  active: boolean;
  updatedBy: Named;
  updatedAt: string;
  version: number;
}
export interface DutyDetail extends Duty {
  history: (HistoryEntry & { snapshot: { assignedTo?: DutyAssignee; title?: string } | null })[];
}
export type DutyInput = Pick<Duty, 'area' | 'assignedTo' | 'title' | 'description'>;

export interface Suggestion {
  id: string;
  projectId: string;
  number: string;
  category: SuggestionCategory;
  title: string;
  content: string;
  attachmentIds: string[];
  raisedBy: Named;
  raisedBySide: ChannelSide;
  addressedTo: ChannelSide;
  raisedAt: string;
  dueDate: string;
  status: SuggestionStatus;
  overdue: boolean;
  answerText: string | null;
  answeredBy: Named | null;
  answeredAt: string | null;
  answerCount: number;
  closedBy: Named | null;
  closedAt: string | null;
  version: number;
  allowedActions: SuggestionAction[];
}
export interface SuggestionDetail extends Suggestion {
  history: HistoryEntry[];
}
export interface SuggestionInput {
  category: SuggestionCategory;
  title: string;
  content: string;
  dueDate: string;
  attachmentIds?: string[];
}
export interface SuggestionFilters {
  status?: SuggestionStatus;
  overdue?: boolean;
  direction?: 'toMySide' | 'fromMySide';
}

export interface ActionItem {
  id: string;
  meetingId: string;
  raisedOn: string;
  description: string;
  owner: Person;
  dueDate: string;
  status: ActionItemStatus;
  overdue: boolean;
  doneNote: string | null;
  doneBy: Named | null;
  doneAt: string | null;
  version: number;
  allowedActions: ActionItemAction[];
  canEdit: boolean;
}
export interface JointMeeting {
  id: string;
  projectId: string;
  meetingDate: string;
  startTime: string | null;
  title: string;
  location: string | null;
  attendees: Person[];
  guestNames: string[];
  agenda: string | null;
  minutes: string | null;
  status: JointMeetingStatus;
  createdBy: Named;
  finalisedBy: Named | null;
  finalisedAt: string | null;
  cancelReason: string | null;
  version: number;
  actionItemCount: number;
  openActionItems: number;
  overdueActionItems: number;
  allowedActions: JointMeetingAction[];
  canEdit: boolean;
}
export interface JointMeetingDetail extends JointMeeting {
  actionItems: ActionItem[];
  carriedItems: ActionItem[];
  history: HistoryEntry[];
}
export interface MeetingInput {
  meetingDate: string;
  startTime?: string | null;
  title?: string;
  location?: string | null;
  attendeeIds: string[];
  guestNames?: string[];
  agenda?: string | null;
  minutes?: string | null;
}
export interface Cadence {
  projectId: string;
  cadence: { everyDays: number; startsOn: string; version: number; updatedBy: Named } | null;
  latestMeetingDate: string | null;
  nextDueOn: string | null;
  overdue: boolean;
  canEdit: boolean;
}

const keys = {
  all: ['salesChannel'] as const,
  items: (projectId: string, filters: object, page: number) => ['salesChannel', 'items', projectId, filters, page] as const,
  item: (id: string) => ['salesChannel', 'item', id] as const,
  duties: (projectId: string) => ['salesChannel', 'duties', projectId] as const,
  duty: (id: string) => ['salesChannel', 'duty', id] as const,
  suggestions: (projectId: string, filters: SuggestionFilters, page: number) => ['salesChannel', 'suggestions', projectId, filters, page] as const,
  suggestion: (id: string) => ['salesChannel', 'suggestion', id] as const,
  meetings: (projectId: string, page: number) => ['salesChannel', 'meetings', projectId, page] as const,
  meeting: (id: string) => ['salesChannel', 'meeting', id] as const,
  cadence: (projectId: string) => ['salesChannel', 'cadence', projectId] as const,
  people: (projectId: string) => ['salesChannel', 'people', projectId] as const,
};

export function useChannelItems(projectId: string, filters: { kind?: ChannelItemKind; awaiting?: boolean }, page: number) {
  return useQuery({
    queryKey: keys.items(projectId, filters, page),
    queryFn: ({ signal }) =>
      api.get<Page<ChannelItem>>('/api/sales-channel/items', { projectId, kind: filters.kind, awaiting: filters.awaiting ? 'true' : undefined, page, pageSize: 20 }, signal),
    placeholderData: keepPreviousData,
  });
}
export function useChannelItem(id: string | null) {
  return useQuery({ queryKey: keys.item(id ?? ''), queryFn: ({ signal }) => api.get<ChannelItemDetail>(`/api/sales-channel/items/${id}`, undefined, signal), enabled: Boolean(id) });
}
export function useDuties(projectId: string) {
  return useQuery({ queryKey: keys.duties(projectId), queryFn: ({ signal }) => api.get<{ items: Duty[]; canEdit: boolean }>('/api/sales-channel/duties', { projectId }, signal) });
}
export function useDuty(id: string | null) {
  return useQuery({ queryKey: keys.duty(id ?? ''), queryFn: ({ signal }) => api.get<DutyDetail>(`/api/sales-channel/duties/${id}`, undefined, signal), enabled: Boolean(id) });
}
export function useSuggestions(projectId: string, filters: SuggestionFilters, page: number) {
  return useQuery({
    queryKey: keys.suggestions(projectId, filters, page),
    queryFn: ({ signal }) =>
      api.get<Page<Suggestion>>('/api/sales-channel/suggestions', { projectId, status: filters.status, overdue: filters.overdue ? 'true' : undefined, direction: filters.direction, page, pageSize: 20 }, signal),
    placeholderData: keepPreviousData,
  });
}
export function useSuggestion(id: string | null) {
  return useQuery({ queryKey: keys.suggestion(id ?? ''), queryFn: ({ signal }) => api.get<SuggestionDetail>(`/api/sales-channel/suggestions/${id}`, undefined, signal), enabled: Boolean(id) });
}
export function useJointMeetings(projectId: string, page: number) {
  return useQuery({
    queryKey: keys.meetings(projectId, page),
    queryFn: ({ signal }) => api.get<Page<JointMeeting>>('/api/sales-channel/meetings', { projectId, page, pageSize: 20 }, signal),
    placeholderData: keepPreviousData,
  });
}
export function useJointMeeting(id: string | null) {
  return useQuery({ queryKey: keys.meeting(id ?? ''), queryFn: ({ signal }) => api.get<JointMeetingDetail>(`/api/sales-channel/meetings/${id}`, undefined, signal), enabled: Boolean(id) });
}
export function useCadence(projectId: string) {
  return useQuery({ queryKey: keys.cadence(projectId), queryFn: ({ signal }) => api.get<Cadence>('/api/sales-channel/cadence', { projectId }, signal) });
}
/** Both teams' people of the project: meeting attendees and action-item owners. */
export function useChannelPeople(projectId: string, enabled = true) {
  return useQuery({
    queryKey: keys.people(projectId),
    queryFn: ({ signal }) => api.get<{ items: Person[] }>('/api/sales-channel/people', { projectId }, signal),
    select: (d) => d.items,
    enabled,
  });
}

/** Every command refreshes the channel's queries: lists, counters and the open record. */
export function useChannelCommands() {
  const client = useQueryClient();
  const after = <T>(p: Promise<T>) => p.finally(() => void client.invalidateQueries({ queryKey: keys.all }));
  return {
    postItem: (projectId: string, body: ItemInput) => after(api.post<ChannelItemDetail>('/api/sales-channel/items', { projectId, ...body })),
    updateItem: (item: Pick<ChannelItem, 'id' | 'version'>, body: Partial<ItemInput>) => after(api.patch<ChannelItemDetail>(`/api/sales-channel/items/${item.id}`, { ...body, version: item.version })),
    acknowledge: (item: Pick<ChannelItem, 'id' | 'version'>) => after(api.post<ChannelItemDetail>(`/api/sales-channel/items/${item.id}/acknowledge`, { version: item.version })),
    createDuty: (projectId: string, body: DutyInput) => after(api.post<Duty>('/api/sales-channel/duties', { projectId, ...body })),
    updateDuty: (duty: Duty, body: Partial<DutyInput>) => after(api.patch<Duty>(`/api/sales-channel/duties/${duty.id}`, { ...body, version: duty.version })),
    removeDuty: (duty: Duty, reason?: string) => after(api.post<Duty>(`/api/sales-channel/duties/${duty.id}/remove`, { reason, version: duty.version })),
    loadSeedDuties: (projectId: string) => after(api.post('/api/sales-channel/duties/seed', { projectId })),
    raise: (projectId: string, body: SuggestionInput) => after(api.post<SuggestionDetail>('/api/sales-channel/suggestions', { projectId, ...body })),
    actOnSuggestion: (s: Pick<Suggestion, 'id' | 'version'>, action: SuggestionAction, body: { answerText?: string; note?: string; dueDate?: string } = {}) =>
      after(api.post<SuggestionDetail>(`/api/sales-channel/suggestions/${s.id}/${action}`, { ...body, version: s.version })),
    schedule: (projectId: string, body: MeetingInput) => after(api.post<JointMeetingDetail>('/api/sales-channel/meetings', { projectId, ...body })),
    updateMeeting: (m: Pick<JointMeeting, 'id' | 'version'>, body: Partial<MeetingInput>) => after(api.patch<JointMeetingDetail>(`/api/sales-channel/meetings/${m.id}`, { ...body, version: m.version })),
    actOnMeeting: (m: Pick<JointMeeting, 'id' | 'version'>, action: JointMeetingAction, reason?: string) =>
      after(api.post<JointMeetingDetail>(`/api/sales-channel/meetings/${m.id}/${action}`, { reason, version: m.version })),
    addActionItem: (meetingId: string, body: { description: string; ownerId: string; dueDate: string }) => after(api.post<JointMeetingDetail>(`/api/sales-channel/meetings/${meetingId}/action-items`, body)),
    actOnItem: (item: Pick<ActionItem, 'id' | 'version'>, action: ActionItemAction, note: string) =>
      after(api.post<JointMeetingDetail>(`/api/sales-channel/action-items/${item.id}/${action}`, { note, version: item.version })),
    setCadence: (projectId: string, body: { everyDays: number; startsOn: string; version?: number }) => after(api.put<Cadence>('/api/sales-channel/cadence', { projectId, ...body })),
  };
}
