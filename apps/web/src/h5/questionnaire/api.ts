import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QuestionSection } from '@guanjia/domain/questionnaires/questionnaire-content';
import { api } from '../../ui/api';

export interface PublicQuestionnaire {
  status: 'notStarted' | 'consentRefused' | 'submitted';
  consent: { granted: boolean; at: string } | null;
  consentPurpose: string;
  consentTitle: string;
  consentText: string;
  consentTextVersion: string;
  questionnaire: { id: string; versionNo: number; title: string; intro: string | null; sections: QuestionSection[] } | null;
  submittedAt: string | null;
  canSubmit: boolean;
}

const key = (token: string | undefined) => ['inviteQuestionnaire', token ?? ''] as const;
const base = (token: string | undefined) => `/api/public/invitations/${token}/questionnaire`;

export function useInviteQuestionnaire(token: string | undefined) {
  return useQuery({ queryKey: key(token), queryFn: ({ signal }) => api.get<PublicQuestionnaire>(base(token), undefined, signal), enabled: Boolean(token), retry: false });
}

export function useInviteQuestionnaireCommands(token: string | undefined) {
  const client = useQueryClient();
  return {
    consent: useMutation({
      mutationFn: (granted: boolean) => api.post<PublicQuestionnaire>(`${base(token)}/consent`, { granted }),
      onSuccess: (data) => client.setQueryData(key(token), data),
    }),
    submit: useMutation({
      mutationFn: (body: { version: number; answers: Record<string, unknown> }) => api.post<{ id: string; submittedAt: string }>(`${base(token)}/responses`, body),
      onSuccess: () => client.invalidateQueries({ queryKey: key(token) }),
    }),
  };
}
