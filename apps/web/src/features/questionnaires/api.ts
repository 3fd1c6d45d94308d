import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EntryMethod, QuestionnaireAction, QuestionnaireStatus } from '@guanjia/domain/questionnaires/questionnaire-flow';
import type { QuestionSection } from '@guanjia/domain/questionnaires/questionnaire-content';
import { api, type Page } from '../../ui/api';

export interface QuestionnaireSummary {
  id: string;
  projectId: string;
  versionNo: number;
  status: QuestionnaireStatus;
  title: string;
  intro: string | null;
  questionCount: number;
  responseCount: number;
  createdBy: { id: string; name: string };
  publishedAt: string | null;
  retiredAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  allowedActions: QuestionnaireAction[];
}
export interface Questionnaire extends QuestionnaireSummary {
  sections: QuestionSection[];
}

export interface ResponseItem {
  id: string;
  questionnaireId: string;
  versionNo: number;
  household: { id: string; label: string };
  owner: { id: string; name: string };
  method: EntryMethod;
  recordedBy: { id: string; name: string } | null;
  submittedAt: string;
}

export interface SaveInput {
  version: number;
  title: string;
  intro?: string | null;
  sections: QuestionSection[];
}

export const questionnaireKeys = {
  list: (projectId: string) => ['questionnaires', 'list', projectId] as const,
  one: (id: string) => ['questionnaires', 'one', id] as const,
  responses: (projectId: string, page: number) => ['questionnaires', 'responses', projectId, page] as const,
};

export function useQuestionnaires(projectId: string | undefined) {
  return useQuery({
    queryKey: questionnaireKeys.list(projectId ?? ''),
    queryFn: ({ signal }) => api.get<{ items: QuestionnaireSummary[] }>('/api/questionnaires', { projectId }, signal),
    enabled: Boolean(projectId),
  });
}

export function useQuestionnaire(id: string | null) {
  return useQuery({ queryKey: questionnaireKeys.one(id ?? ''), queryFn: ({ signal }) => api.get<Questionnaire>(`/api/questionnaires/${id}`, undefined, signal), enabled: Boolean(id) });
}

export function useResponses(projectId: string | undefined, page: number) {
  return useQuery({
    queryKey: questionnaireKeys.responses(projectId ?? '', page),
    queryFn: ({ signal }) => api.get<Page<ResponseItem>>('/api/questionnaires/responses', { projectId, page, pageSize: 20 }, signal),
    enabled: Boolean(projectId),
    placeholderData: keepPreviousData,
  });
}

export function useQuestionnaireCommands() {
  const client = useQueryClient();
  const settle = () => client.invalidateQueries({ queryKey: ['questionnaires'] });
  return {
    create: useMutation({ mutationFn: (body: { projectId: string; copyFromId?: string }) => api.post<Questionnaire>('/api/questionnaires', body), onSettled: settle }),
    save: useMutation({ mutationFn: ({ id, ...body }: SaveInput & { id: string }) => api.put<Questionnaire>(`/api/questionnaires/${id}`, body), onSettled: settle }),
    publish: useMutation({ mutationFn: ({ id, version }: { id: string; version: number }) => api.post<Questionnaire>(`/api/questionnaires/${id}/publish`, { version }), onSettled: settle }),
    retire: useMutation({ mutationFn: ({ id, version }: { id: string; version: number }) => api.post<Questionnaire>(`/api/questionnaires/${id}/retire`, { version }), onSettled: settle }),
  };
}
