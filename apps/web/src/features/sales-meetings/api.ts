import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MeetingIssueAction, MeetingIssueStatus } from '@guanjia/domain/sales-site/meeting-issue-flow';
import { api, type Page } from '../../ui/api';

export type { MeetingIssueAction, MeetingIssueStatus };

export interface Named {
  id: string;
  name: string;
}

export interface MeetingIssue {
  id: string;
  projectId: string;
  meetingId: string;
  raisedOn: string;
  description: string;
  ownerName: string;
  ownerUserId: string | null;
  dueDate: string;
  status: MeetingIssueStatus;
  overdue: boolean;
  resolution: string | null;
  raisedBy: Named;
  closedAt: string | null;
  allowedActions: MeetingIssueAction[];
  canEdit: boolean;
  version: number;
}

export interface MeetingSummary {
  id: string;
  projectId: string;
  salesCenter: Named | null;
  meetingDate: string;
  title: string;
  attendees: string[];
  recordedBy: Named;
  issuesRaised: number;
  issuesOpen: number;
  createdAt: string;
  version: number;
}

export interface Meeting extends MeetingSummary {
  notes: string | null;
  issues: MeetingIssue[];
  carriedIssues: MeetingIssue[];
  canEdit: boolean;
}

export interface IssueInput {
  description: string;
  ownerName?: string;
  ownerUserId?: string | null;
  dueDate: string;
}

export interface MeetingInput {
  meetingDate: string;
  title?: string;
  attendees: string[];
  notes?: string | null;
  issues?: IssueInput[];
}

export type IssueFilter = 'open' | 'overdue' | 'closed' | 'all';

export const meetingKeys = {
  list: (projectId: string, page: number) => ['salesMeetings', 'list', projectId, page] as const,
  detail: (id: string) => ['salesMeetings', 'detail', id] as const,
  issues: (projectId: string, filter: IssueFilter, page: number) => ['salesMeetings', 'issues', projectId, filter, page] as const,
  owners: (projectId: string) => ['salesMeetings', 'owners', projectId] as const,
};

export function useMeetings(projectId: string | undefined, page: number) {
  return useQuery({
    queryKey: meetingKeys.list(projectId ?? '', page),
    queryFn: ({ signal }) => api.get<Page<MeetingSummary>>(`/api/projects/${projectId}/sales-meetings`, { page, pageSize: 20 }, signal),
    enabled: Boolean(projectId),
    placeholderData: keepPreviousData,
  });
}

export function useMeeting(id: string | null) {
  return useQuery({
    queryKey: meetingKeys.detail(id ?? ''),
    queryFn: ({ signal }) => api.get<Meeting>(`/api/sales-meetings/${id}`, undefined, signal),
    enabled: Boolean(id),
  });
}

const FILTER_QUERY: Record<IssueFilter, Record<string, string>> = { open: { open: 'true' }, overdue: { overdue: 'true' }, closed: { open: 'false' }, all: {} };

export function useIssues(projectId: string | undefined, filter: IssueFilter, page: number) {
  return useQuery({
    queryKey: meetingKeys.issues(projectId ?? '', filter, page),
    queryFn: ({ signal }) => api.get<Page<MeetingIssue>>(`/api/projects/${projectId}/sales-meeting-issues`, { ...FILTER_QUERY[filter], page, pageSize: 50 }, signal),
    enabled: Boolean(projectId),
    placeholderData: keepPreviousData,
  });
}

/** Accounts an issue may be given to; anyone else is named in free text. */
export function useOwnerCandidates(projectId: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: meetingKeys.owners(projectId ?? ''),
    queryFn: ({ signal }) => api.get<{ items: Named[] }>(`/api/projects/${projectId}/sales-meeting-owners`, undefined, signal),
    enabled: Boolean(projectId) && enabled,
    select: (data) => data.items,
  });
}

export function useMeetingCommands() {
  const client = useQueryClient();
  const settle = () => client.invalidateQueries({ queryKey: ['salesMeetings'] });
  const after = <T>(p: Promise<T>) => p.finally(() => void settle());
  return {
    record: (projectId: string, body: MeetingInput) => after(api.post<Meeting>(`/api/projects/${projectId}/sales-meetings`, body)),
    raise: (meetingId: string, body: IssueInput) => after(api.post<MeetingIssue>(`/api/sales-meetings/${meetingId}/issues`, body)),
    act: (issue: MeetingIssue, action: MeetingIssueAction, note?: string) => after(api.post<MeetingIssue>(`/api/sales-meeting-issues/${issue.id}/${action}`, { note, version: issue.version })),
  };
}
