import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CareAction, CareCondition, CarePlanStatus, CareRecurrence, CareSuggestionStatus } from '@guanjia/domain/care-plans/index';
import { api, type Page } from '../../ui/api';

export interface CareRule {
  id: string;
  projectId: string;
  key: string;
  name: string;
  description: string | null;
  condition: CareCondition;
  actions: (CareAction & { itemName: string | null })[];
  enabled: boolean;
  origin: 'seed' | 'custom';
  updatedAt: string;
  version: number;
  allowedActions: 'edit'[];
}

export interface CareRuleInput {
  name: string;
  description: string | null;
  condition: CareCondition;
  actions: CareAction[];
  enabled: boolean;
}

type Named = { id: string; name: string } | null;

export interface CareSuggestion {
  id: string;
  projectId: string;
  householdId: string;
  householdLabel: string;
  ruleId: string;
  ruleName: string;
  actionKey: string;
  status: CareSuggestionStatus;
  proposal: { title: string; categoryNumber: number; itemNumber: number; itemName: string | null; recurrence: CareRecurrence; timeOfDay: string | null; note: string | null };
  decidedBy: Named;
  decidedAt: string | null;
  declineReason: string | null;
  planId: string | null;
  createdAt: string;
  version: number;
  allowedActions: ('accept' | 'adjust' | 'decline' | 'reconsider')[];
}

export interface CarePlan {
  id: string;
  projectId: string;
  householdId: string;
  householdLabel: string;
  categoryNumber: number;
  itemNumber: number;
  itemName: string;
  title: string;
  recurrence: CareRecurrence;
  timeOfDay: string | null;
  note: string | null;
  startOn: string;
  nextDueOn: string | null;
  upcoming: string[];
  status: CarePlanStatus;
  accountable: Named;
  recent: { dueOn: string; status: 'created' | 'skipped'; workOrder: { id: string; number: string; status: string } | null; skipReason: string | null }[];
  version: number;
  allowedActions: ('pause' | 'resume' | 'end')[];
}

export interface AdjustInput {
  title: string;
  categoryNumber: number;
  itemNumber: number;
  recurrence: CareRecurrence;
  timeOfDay: string | null;
  startOn?: string;
}

export interface CareScope {
  projectId?: string;
  householdId?: string;
}

export const CARE_PAGE_SIZE = 20;

export function useCareRules(projectId: string | undefined) {
  return useQuery({
    queryKey: ['carePlans', 'rules', projectId ?? ''],
    queryFn: ({ signal }) => api.get<{ items: CareRule[] }>('/api/care-rules', { projectId }, signal),
    enabled: Boolean(projectId),
  });
}

export function useCareSuggestions(scope: CareScope, status: CareSuggestionStatus | undefined, page = 1) {
  return useQuery({
    queryKey: ['carePlans', 'suggestions', scope, status ?? '', page],
    queryFn: ({ signal }) => api.get<Page<CareSuggestion>>('/api/care-suggestions', { ...scope, status, page, pageSize: CARE_PAGE_SIZE }, signal),
    enabled: Boolean(scope.projectId || scope.householdId),
  });
}

export function useCarePlans(scope: CareScope, status: CarePlanStatus | undefined, page = 1) {
  return useQuery({
    queryKey: ['carePlans', 'plans', scope, status ?? '', page],
    queryFn: ({ signal }) => api.get<Page<CarePlan>>('/api/care-plans', { ...scope, status, page, pageSize: CARE_PAGE_SIZE }, signal),
    enabled: Boolean(scope.projectId || scope.householdId),
  });
}

export function useCareCommands() {
  const client = useQueryClient();
  const settle = () => client.invalidateQueries({ queryKey: ['carePlans'] });
  const on = (s: CareSuggestion, action: string) => `/api/care-suggestions/${s.id}/${action}`;
  return {
    accept: useMutation({ mutationFn: (s: CareSuggestion) => api.post(on(s, 'accept'), { version: s.version }), onSettled: settle }),
    adjust: useMutation({ mutationFn: ({ s, input }: { s: CareSuggestion; input: AdjustInput }) => api.post(on(s, 'adjust'), { version: s.version, ...input }), onSettled: settle }),
    decline: useMutation({ mutationFn: ({ s, reason }: { s: CareSuggestion; reason: string }) => api.post(on(s, 'decline'), { version: s.version, reason }), onSettled: settle }),
    reconsider: useMutation({ mutationFn: (s: CareSuggestion) => api.post(on(s, 'reconsider'), { version: s.version }), onSettled: settle }),
    refresh: useMutation({ mutationFn: (householdId: string) => api.post<{ added: number; updated: number; withdrawn: number }>('/api/care-suggestions/refresh', { householdId }), onSettled: settle }),
    plan: useMutation({ mutationFn: ({ p, action }: { p: CarePlan; action: 'pause' | 'resume' | 'end' }) => api.post(`/api/care-plans/${p.id}/${action}`, { version: p.version }), onSettled: settle }),
    saveRule: useMutation({
      mutationFn: ({ rule, projectId, input }: { rule: CareRule | null; projectId: string; input: CareRuleInput }) =>
        rule ? api.put<CareRule>(`/api/care-rules/${rule.id}`, { ...input, version: rule.version }) : api.post<CareRule>('/api/care-rules', { ...input, projectId }),
      onSettled: settle,
    }),
  };
}
