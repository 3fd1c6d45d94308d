import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OwnerVisitFollowUpKind, OwnerVisitKind, VisitStatus } from '@guanjia/domain/owner-visits/index';
import { api, buildUrl, downloadFile, type Page, type QueryParams } from '../../ui/api';
import { usePagedList } from '../../ui/paging';

type Named = { id: string; name: string };
export type Cadence = 'quarterly' | number;

export interface VisitHousehold {
  id: string;
  label: string;
  name: string | null;
  unitCode: string;
  buildingId: string;
  buildingName: string;
}

export interface Quarter {
  year: number;
  quarter: number;
  start: string;
  end: string;
  label: string;
}

export interface CoverageLine {
  visited: number;
  assigned: number;
  percent: number | null;
  overdue: number;
}

export interface VisitCoverage {
  projectId: string;
  quarter: Quarter;
  cadence: Cadence;
  totals: CoverageLine;
  unassigned: number;
  butlers: (CoverageLine & { butler: Named })[];
}

export interface ScheduleItem {
  household: VisitHousehold;
  butler: Named | null;
  lastVisitedOn: string | null;
  dueOn: string;
  status: VisitStatus;
  plannedOn: string | null;
  planVersion: number;
}

/** The schedule page also says which quarter and cadence its statuses follow. */
export interface SchedulePage extends Page<ScheduleItem> {
  quarter: Quarter;
  cadence: Cadence;
  today: string;
}

export interface Assignment {
  household: VisitHousehold;
  butler: Named | null;
  source: 'assigned' | 'deal' | null;
  assignedAt: string | null;
}

export interface OwnerVisit {
  id: string;
  projectId: string;
  household: VisitHousehold;
  butler: Named | null;
  visitedBy: Named;
  kind: OwnerVisitKind;
  visitedAt: string;
  visitedOn: string;
  contactName: string;
  summary: string;
  satisfaction: number | null;
  needs: string[];
  needsInProfile: boolean;
  workOrder: { id: string; number: string } | null;
  createdAt: string;
}

export interface VisitSettings {
  projectId: string;
  cadence: Cadence;
  version: number;
  updatedAt: string | null;
  canEdit: boolean;
}

export interface RecordVisitInput {
  kind: OwnerVisitKind;
  visitedAt: string;
  contactName: string;
  summary: string;
  satisfaction: number | null;
  needs: string[];
  addNeedsToProfile: boolean;
  followUp: { kind: OwnerVisitFollowUpKind; title: string; description: string | null } | null;
}

export interface AssignInput {
  butlerId: string;
  buildingId?: string;
  householdIds?: string[];
  onlyUnassigned?: boolean;
}

const base = (projectId: string) => `/api/projects/${projectId}`;

export function useVisitCoverage(projectId: string | undefined) {
  return useQuery({
    queryKey: ['ownerVisits', 'coverage', projectId],
    queryFn: ({ signal }) => api.get<VisitCoverage>(`${base(projectId!)}/owner-visit-coverage`, undefined, signal),
    enabled: Boolean(projectId),
  });
}

export function useVisitSettings(projectId: string) {
  return useQuery({ queryKey: ['ownerVisits', 'settings', projectId], queryFn: ({ signal }) => api.get<VisitSettings>(`${base(projectId)}/owner-visit-settings`, undefined, signal) });
}

export const useVisitSchedule = (projectId: string, params: QueryParams) => usePagedList<ScheduleItem>(['ownerVisits', 'schedule'], `${base(projectId)}/owner-visit-schedule`, params);
export const useVisitHistory = (projectId: string, params: QueryParams) => usePagedList<OwnerVisit>(['ownerVisits', 'history'], `${base(projectId)}/owner-visits`, params);
export const useAssignments = (projectId: string, params: QueryParams) => usePagedList<Assignment>(['ownerVisits', 'assignments'], `${base(projectId)}/household-butlers`, params);

export const exportVisits = (projectId: string, params: QueryParams) => downloadFile(buildUrl(`${base(projectId)}/owner-visits/export`, params), 'owner-visits.csv');

/** Every write refreshes the module's lists and figures (and the profile a visit may have added to). */
export function useOwnerVisitCommands(projectId?: string) {
  const client = useQueryClient();
  const settle = () => {
    void client.invalidateQueries({ queryKey: ['ownerVisits'] });
    void client.invalidateQueries({ queryKey: ['serviceProfile'] });
  };
  return {
    record: useMutation({ mutationFn: ({ householdId, body }: { householdId: string; body: RecordVisitInput }) => api.post<OwnerVisit>(`/api/households/${householdId}/owner-visits`, body), onSettled: settle }),
    plan: useMutation({
      mutationFn: ({ item, plannedOn }: { item: ScheduleItem; plannedOn: string | null }) => api.put(`/api/households/${item.household.id}/owner-visit-plan`, { plannedOn, version: item.planVersion }),
      onSettled: settle,
    }),
    assign: useMutation({ mutationFn: (body: AssignInput) => api.post<{ assigned: number; unchanged: number }>(`${base(projectId!)}/household-butlers`, body), onSettled: settle }),
    updateSettings: useMutation({
      mutationFn: ({ cadence, version }: { cadence: Cadence; version: number }) => api.put<VisitSettings>(`${base(projectId!)}/owner-visit-settings`, { cadence, version }),
      onSettled: settle,
    }),
  };
}
