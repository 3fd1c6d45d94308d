import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { KnowledgeBank, KnowledgeVersionAction, KnowledgeVersionStatus } from '@guanjia/domain/knowledge/knowledge-flow';
import { api } from '../../ui/api';
import { usePagedList } from '../../ui/paging';

export type { KnowledgeBank, KnowledgeVersionAction, KnowledgeVersionStatus };
export type EntryState = 'published' | 'draft' | 'retired';

export interface Person {
  id: string;
  name: string;
}

export interface KnowledgeVersionEvent {
  action: string;
  fromStatus: KnowledgeVersionStatus | null;
  toStatus: KnowledgeVersionStatus;
  actor: Person;
  comment: string | null;
  at: string;
}

export interface KnowledgeVersion {
  id: string;
  entryId: string;
  number: number;
  question: string;
  keywords: string[];
  answer: string;
  status: KnowledgeVersionStatus;
  author: Person;
  submittedBy: Person | null;
  submittedAt: string | null;
  approvalRequestId: string | null;
  approvedBy: Person | null;
  publishedAt: string | null;
  rejectedBy: Person | null;
  rejectedAt: string | null;
  rejectionReason: string | null;
  createdAt: string;
  version: number;
  allowedActions: KnowledgeVersionAction[];
  canEdit: boolean;
  events: KnowledgeVersionEvent[];
}

export interface KnowledgeEntry {
  id: string;
  projectId: string;
  bank: KnowledgeBank;
  category: string;
  title: string;
  state: EntryState;
  publishedVersionId: string | null;
  publishedAt: string | null;
  retiredAt: string | null;
  pendingCount: number;
  draftCount: number;
  versionCount: number;
  sourceDeskLogId: string | null;
  updatedAt: string;
  version: number;
}

export interface KnowledgeEntryDetail extends KnowledgeEntry {
  publishedVersion: KnowledgeVersion | null;
  versions: KnowledgeVersion[];
  canAddVersion: boolean;
}

export interface SearchHit {
  entryId: string;
  versionId: string;
  bank: KnowledgeBank;
  category: string;
  question: string;
  answer: string;
  keywords: string[];
  score: number;
  matchedTerms: string[];
}

export interface SearchResult {
  q: string;
  words: string[];
  items: SearchHit[];
}

export interface DeskLogItem {
  id: string;
  question: string;
  entryId: string | null;
  entryTitle: string | null;
  bank: KnowledgeBank | null;
  answerGiven: string | null;
  answered: boolean;
  answeredBy: Person;
  askedAt: string;
  draftEntryId: string | null;
  version: number;
}

export type DeskLogFilter = 'all' | 'answered' | 'unanswered';

export interface VersionInput {
  question: string;
  keywords: string[];
  answer: string;
}

export const knowledgeKeys = {
  all: ['knowledge'] as const,
  entries: ['knowledge', 'entries'] as const,
  entry: (id: string) => ['knowledge', 'entry', id] as const,
  search: (projectId: string, q: string) => ['knowledge', 'search', projectId, q] as const,
  deskLog: ['knowledge', 'desk-log'] as const,
};

export function useKnowledgeEntries(projectId: string | undefined, params: { bank: KnowledgeBank; category?: string; state?: string; q?: string }) {
  return usePagedList<KnowledgeEntry>(knowledgeKeys.entries, projectId ? '/api/knowledge/entries' : null, { projectId, ...params });
}

export function useKnowledgeEntry(id: string | null) {
  return useQuery({
    queryKey: knowledgeKeys.entry(id ?? ''),
    queryFn: ({ signal }) => api.get<KnowledgeEntryDetail>(`/api/knowledge/entries/${id}`, undefined, signal),
    enabled: Boolean(id),
  });
}

export function useKnowledgeSearch(projectId: string | undefined, q: string) {
  return useQuery({
    queryKey: knowledgeKeys.search(projectId ?? '', q),
    queryFn: ({ signal }) => api.get<SearchResult>('/api/knowledge/search', { projectId, q, limit: 5 }, signal),
    enabled: Boolean(projectId && q.trim()),
    placeholderData: keepPreviousData,
  });
}

export function useDeskLog(projectId: string | undefined, filter: DeskLogFilter) {
  return usePagedList<DeskLogItem>(knowledgeKeys.deskLog, projectId ? '/api/knowledge/desk-log' : null, { projectId, filter });
}

/** Any change to the bank refreshes lists, open entries, search results and the desk log. */
function useInvalidateKnowledge() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: knowledgeKeys.all });
}

export function useLogDeskQuestion() {
  const invalidate = useInvalidateKnowledge();
  return useMutation({
    mutationFn: (body: { projectId: string; question: string; entryId: string | null; answerGiven?: string }) => api.post<DeskLogItem>('/api/knowledge/desk-log', body),
    onSuccess: () => invalidate(),
  });
}

export function useKnowledgeMutations() {
  const invalidate = useInvalidateKnowledge();
  const done = async <T,>(p: Promise<T>) => {
    const result = await p;
    await invalidate();
    return result;
  };
  return {
    createEntry: (body: { projectId: string; bank: KnowledgeBank; category: string } & VersionInput) => done(api.post<KnowledgeEntryDetail>('/api/knowledge/entries', body)),
    createVersion: (entryId: string, body: VersionInput) => done(api.post<KnowledgeEntryDetail>(`/api/knowledge/entries/${entryId}/versions`, body)),
    updateVersion: (version: KnowledgeVersion, body: VersionInput) => done(api.patch<KnowledgeEntryDetail>(`/api/knowledge/versions/${version.id}`, { ...body, version: version.version })),
    act: (versionId: string, action: 'submit' | 'publish' | 'reject' | 'withdraw', body: Record<string, unknown> = {}) =>
      done(api.post<KnowledgeEntryDetail>(`/api/knowledge/versions/${versionId}/${action}`, body)),
    retire: (entry: KnowledgeEntry, comment?: string) => done(api.post<KnowledgeEntryDetail>(`/api/knowledge/entries/${entry.id}/retire`, { entryVersion: entry.version, comment })),
    draftFromDeskLog: (item: DeskLogItem, body: { bank: KnowledgeBank; category: string } & Partial<VersionInput>) =>
      done(api.post<KnowledgeEntryDetail>(`/api/knowledge/desk-log/${item.id}/draft`, { ...body, version: item.version })),
  };
}
