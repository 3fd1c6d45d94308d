import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Page } from '../../ui/api';

export type CheckResult = 'pass' | 'fail';
export type DayState = 'notStarted' | 'inProgress' | 'completed';

export interface Person {
  id: string;
  name: string;
}

export interface CheckItem {
  id: string;
  key: string;
  position: number;
  text: string;
  departmentId: string | null;
  departmentName: string | null;
  result: CheckResult | null;
  note: string | null;
  photoIds: string[];
  workOrder: { id: string; number: string; status: string } | null;
  answeredBy: Person | null;
  answeredAt: string | null;
  version: number;
}

export interface DailyCheck {
  id: string;
  projectId: string;
  salesCenterId: string;
  salesCenterName: string;
  businessDate: string;
  status: 'inProgress' | 'completed';
  startedBy: Person;
  startedAt: string;
  completedBy: Person | null;
  completedAt: string | null;
  items: CheckItem[];
  unanswered: number;
  failed: number;
  allowedActions: ('answer' | 'complete')[];
  version: number;
}

export interface TodayCheck {
  businessDate: string;
  salesCenterId: string;
  check: DailyCheck | null;
}

export interface DaySummary {
  salesCenterId: string;
  salesCenterName: string;
  projectId: string;
  projectName: string;
  businessDate: string;
  state: DayState;
  checkId: string | null;
  startedBy: Person | null;
  startedAt: string | null;
  completedBy: Person | null;
  completedAt: string | null;
  itemCount: number;
  answeredCount: number;
  failedCount: number;
}

export interface TemplateItem {
  key: string;
  text: string;
  departmentId: string | null;
  departmentName: string | null;
}

export interface Template {
  projectId: string;
  items: TemplateItem[];
  version: number;
  isDefault: boolean;
  updatedAt: string | null;
  updatedBy: Person | null;
}

export interface AnswerInput {
  result: CheckResult;
  note?: string | null;
  photoIds?: string[];
  version?: number;
}

export const dailyCheckKeys = {
  all: ['dailyChecks'] as const,
  centers: (projectId: string) => ['dailyChecks', 'centers', projectId] as const,
  today: (salesCenterId: string) => ['dailyChecks', 'today', salesCenterId] as const,
  overview: (date: string) => ['dailyChecks', 'overview', date] as const,
  template: (projectId: string) => ['dailyChecks', 'template', projectId] as const,
  departments: (projectId: string) => ['dailyChecks', 'departments', projectId] as const,
};

export function useSalesCenters(projectId: string | undefined) {
  return useQuery({
    queryKey: dailyCheckKeys.centers(projectId ?? ''),
    queryFn: ({ signal }) => api.get<Page<{ id: string; name: string }>>(`/api/projects/${projectId}/sales-centers`, { pageSize: 200 }, signal),
    enabled: Boolean(projectId),
    select: (page) => page.items,
  });
}

export function useTodayCheck(salesCenterId: string | undefined) {
  return useQuery({
    queryKey: dailyCheckKeys.today(salesCenterId ?? ''),
    queryFn: ({ signal }) => api.get<TodayCheck>('/api/daily-checks/today', { salesCenterId }, signal),
    enabled: Boolean(salesCenterId),
  });
}

export function useOverview(date: string, enabled: boolean) {
  return useQuery({
    queryKey: dailyCheckKeys.overview(date),
    queryFn: ({ signal }) => api.get<{ businessDate: string; items: DaySummary[] }>('/api/daily-checks/overview', { date }, signal),
    enabled,
  });
}

export function useTemplate(projectId: string | undefined) {
  return useQuery({
    queryKey: dailyCheckKeys.template(projectId ?? ''),
    queryFn: ({ signal }) => api.get<Template>(`/api/projects/${projectId}/daily-check-template`, undefined, signal),
    enabled: Boolean(projectId),
  });
}

/** The project's own departments and posts (水吧岗, 保洁岗 …), for the line a failure goes to. */
export function useProjectDepartments(projectId: string | undefined) {
  return useQuery({
    queryKey: dailyCheckKeys.departments(projectId ?? ''),
    queryFn: ({ signal }) => api.get<Page<{ id: string; name: string }>>('/api/departments', { projectId, pageSize: 200 }, signal),
    enabled: Boolean(projectId),
    select: (page) => page.items,
  });
}

/** Every change to a check answers the whole check: it replaces the day's view at once. */
function useCheckMutation<V>(salesCenterId: string | undefined, send: (v: V) => Promise<DailyCheck>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (check) => client.setQueryData<TodayCheck>(dailyCheckKeys.today(check.salesCenterId), (old) => ({ businessDate: check.businessDate, salesCenterId: check.salesCenterId, ...old, check })),
    onSettled: () => {
      void client.invalidateQueries({ queryKey: ['dailyChecks', 'overview'] });
      if (salesCenterId) void client.invalidateQueries({ queryKey: dailyCheckKeys.today(salesCenterId) });
    },
  });
}

export function useStartCheck(salesCenterId: string | undefined) {
  return useCheckMutation(salesCenterId, () => api.post<DailyCheck>('/api/daily-checks', { salesCenterId }));
}

export function useAnswerItem(salesCenterId: string | undefined) {
  return useCheckMutation(salesCenterId, ({ itemId, ...body }: AnswerInput & { itemId: string }) => api.post<DailyCheck>(`/api/daily-check-items/${itemId}/answer`, body));
}

export function useCompleteCheck(salesCenterId: string | undefined) {
  return useCheckMutation(salesCenterId, ({ checkId, version }: { checkId: string; version: number }) => api.post<DailyCheck>(`/api/daily-checks/${checkId}/complete`, { version }));
}

export function saveTemplate(projectId: string, body: { items: { key?: string; text: string; departmentId?: string | null }[]; version: number }) {
  return api.put<Template>(`/api/projects/${projectId}/daily-check-template`, body);
}
