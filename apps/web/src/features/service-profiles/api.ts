import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ConsentPurpose, EntryMethod, StaffEntryMethod } from '@guanjia/domain/questionnaires/index';
import type { ProfileContent, ProfileSummary } from '@guanjia/domain/service-profiles/service-profile';
import { api } from '../../ui/api';

export interface ServiceProfile {
  householdId: string;
  projectId: string;
  householdLabel: string;
  access: 'full' | 'summary';
  summary: ProfileSummary;
  version: number;
  updatedAt: string | null;
  detail: { combined: ProfileContent; recorded: ProfileContent; fromAnswers: ProfileContent | null; answersHidden: boolean; answeredAt: string | null } | null;
  allowedActions: 'edit'[];
}

export interface ProfileHistoryItem {
  id: string;
  action: 'record' | 'answers';
  actor: { id: string; name: string } | null;
  fields: string[];
  at: string;
}

export interface Consent {
  id: string;
  ownerId: string;
  purpose: ConsentPurpose;
  granted: boolean;
  method: EntryMethod;
  recordedBy: { id: string; name: string } | null;
  textVersion: string;
  note: string | null;
  at: string;
}
export interface OwnerConsents {
  ownerId: string;
  current: { purpose: ConsentPurpose; consent: Consent | null }[];
  history: Consent[];
}

export interface AnsweredResponse {
  id: string;
  versionNo: number;
  title: string;
  owner: { id: string; name: string };
  method: EntryMethod;
  recordedBy: { id: string; name: string } | null;
  submittedAt: string;
  answers: { key: string; title: string; section: string; display: string }[];
}

export interface HouseholdMember {
  ownerId: string;
  name: string;
  relation: string;
}

export const profileKeys = {
  profile: (id: string) => ['serviceProfile', id] as const,
  history: (id: string) => ['serviceProfile', id, 'history'] as const,
  answers: (id: string) => ['serviceProfile', id, 'answers'] as const,
  household: (id: string) => ['serviceProfile', id, 'household'] as const,
  consents: (ownerId: string) => ['consents', ownerId] as const,
};

export function useServiceProfile(householdId: string | undefined) {
  return useQuery({
    queryKey: profileKeys.profile(householdId ?? ''),
    queryFn: ({ signal }) => api.get<ServiceProfile>(`/api/households/${householdId}/service-profile`, undefined, signal),
    enabled: Boolean(householdId),
    retry: false,
  });
}

export function useProfileHistory(householdId: string, enabled: boolean) {
  return useQuery({ queryKey: profileKeys.history(householdId), queryFn: ({ signal }) => api.get<{ items: ProfileHistoryItem[] }>(`/api/households/${householdId}/service-profile/history`, undefined, signal), enabled });
}

export function useHouseholdAnswers(householdId: string, enabled: boolean) {
  return useQuery({
    queryKey: profileKeys.answers(householdId),
    queryFn: ({ signal }) => api.get<{ items: AnsweredResponse[]; hiddenCount: number }>(`/api/households/${householdId}/questionnaire-responses`, undefined, signal),
    enabled,
  });
}

export function useHouseholdMembers(householdId: string, enabled: boolean) {
  return useQuery({
    queryKey: profileKeys.household(householdId),
    queryFn: ({ signal }) => api.get<{ members: HouseholdMember[] }>(`/api/households/${householdId}`, undefined, signal),
    enabled,
  });
}

export function useOwnerConsents(ownerId: string) {
  return useQuery({ queryKey: profileKeys.consents(ownerId), queryFn: ({ signal }) => api.get<OwnerConsents>(`/api/owners/${ownerId}/consents`, undefined, signal) });
}

export function useProfileCommands(householdId: string) {
  const client = useQueryClient();
  const settle = () => client.invalidateQueries({ queryKey: ['serviceProfile', householdId] });
  return {
    save: useMutation({
      mutationFn: (body: { version: number; profile: ProfileContent }) => api.put<ServiceProfile>(`/api/households/${householdId}/service-profile`, body),
      onSettled: settle,
    }),
    recordConsent: useMutation({
      mutationFn: ({ ownerId, ...body }: { ownerId: string; purpose: ConsentPurpose; granted: boolean; method: StaffEntryMethod; note?: string }) => api.post<Consent>(`/api/owners/${ownerId}/consents`, body),
      onSettled: async (_d, _e, v) => {
        await client.invalidateQueries({ queryKey: profileKeys.consents(v.ownerId) });
        await settle();
      },
    }),
  };
}
