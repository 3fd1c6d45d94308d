import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BroadcastAction, BroadcastStatus, MessageChannel, MessageStatus } from '@guanjia/domain/messaging/index';
import { api, type Page } from '../../ui/api';

export interface Message {
  id: string;
  projectId: string;
  channel: MessageChannel;
  topic: string;
  owner: { id: string; name: string } | null;
  user: { id: string; name: string } | null;
  address: string | null;
  title: string;
  body: string;
  status: MessageStatus;
  attempts: number;
  urgent: boolean;
  requestedTime: boolean;
  notBefore: string;
  deferred: boolean;
  nextAttemptAt: string;
  providerMessageId: string | null;
  lastError: string | null;
  lastErrorText: string | null;
  sentAt: string | null;
  broadcastId: string | null;
  createdAt: string;
  allowedActions: 'resend'[];
}

export interface MessageFilters {
  status?: MessageStatus;
  channel?: MessageChannel;
  topic?: string;
  broadcastId?: string;
}

export interface Progress {
  queued: number;
  sending: number;
  sent: number;
  failed: number;
  suppressed: number;
}

export interface Broadcast {
  id: string;
  projectId: string;
  buildingIds: string[] | null;
  tags: string[] | null;
  topic: string;
  channel: MessageChannel;
  title: string;
  body: string;
  urgent: boolean;
  audienceCount: number;
  queuedCount: number;
  optedOutCount: number;
  unreachableCount: number;
  /** 'expanding' while the server writes its messages (the counts grow), then 'queued'; 'failed' if the server gave up. */
  status: BroadcastStatus;
  /** Why the server gave up writing the messages, while failed. */
  failure: string | null;
  /** 'retry' on a failed broadcast, for those who may send. */
  allowedActions: BroadcastAction[];
  expansion: { done: number; total: number | null };
  notBefore: string;
  createdBy: { id: string; name: string };
  createdAt: string;
  progress: Progress;
}

export interface BroadcastInput {
  projectId: string;
  buildingIds?: string[];
  tags?: string[];
  topic: string;
  channel: MessageChannel;
  text: string;
  urgent?: boolean;
  idempotencyKey: string;
}

export interface AudienceCounts {
  audience: number;
  optedOut: number;
  unreachable: number;
  reachable: number;
}

export interface Template {
  topic: string;
  title: string;
  text: string;
  smsTemplateCode: string | null;
  custom: boolean;
  variables: string[];
  version: number;
}

export interface ChannelStatus {
  inApp: { configured: boolean };
  sms: { configured: boolean; provider: string; signName: string | null; endpoint: string; ratePerSecond: number };
  email: { configured: boolean; from: string | null; ratePerSecond: number };
}

export interface QuietSettings {
  projectId: string;
  quietStart: string;
  quietEnd: string;
  isDefault: boolean;
}

export function useMessages(projectId: string | undefined, filters: MessageFilters, page: number) {
  return useQuery({
    queryKey: ['messaging', 'messages', projectId, filters, page],
    queryFn: ({ signal }) => api.get<Page<Message>>('/api/messaging/messages', { projectId, ...filters, page, pageSize: 20 }, signal),
    enabled: Boolean(projectId),
    placeholderData: keepPreviousData,
  });
}

export function useResendMessage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<Message>(`/api/messaging/messages/${id}/resend`),
    onSettled: () => client.invalidateQueries({ queryKey: ['messaging', 'messages'] }),
  });
}

export function useBuildings(projectId: string | undefined) {
  return useQuery({
    queryKey: ['messaging', 'buildings', projectId],
    queryFn: ({ signal }) => api.get<Page<{ id: string; code: string; name: string }>>(`/api/projects/${projectId}/buildings`, { pageSize: 200 }, signal),
    enabled: Boolean(projectId),
  });
}

export function useAudience(projectId: string | undefined, buildingIds: string[], topic: string | undefined, channel: MessageChannel | undefined, tags: string[] = []) {
  return useQuery({
    queryKey: ['messaging', 'audience', projectId, buildingIds, topic, channel, tags],
    queryFn: ({ signal }) => api.get<AudienceCounts>('/api/messaging/audience', { projectId, buildingIds: buildingIds.join(',') || undefined, tags: tags.join(',') || undefined, topic, channel }, signal),
    enabled: Boolean(projectId && topic && channel),
  });
}

export function useBroadcasts(projectId: string | undefined) {
  return useQuery({
    queryKey: ['messaging', 'broadcasts', projectId],
    queryFn: ({ signal }) => api.get<Page<Broadcast>>('/api/messaging/broadcasts', { projectId, pageSize: 20 }, signal),
    enabled: Boolean(projectId),
    // Progress moves while the delivery job works through the queue.
    // Every second while a broadcast is being written, every 5 s while one is being sent.
    refetchInterval: (q) => {
      const items = q.state.data?.items ?? [];
      if (items.some((b) => b.status === 'expanding')) return 1000;
      return items.some((b) => b.progress.queued + b.progress.sending > 0) ? 5000 : false;
    },
  });
}

export function useCreateBroadcast() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: BroadcastInput) => api.post<Broadcast>('/api/messaging/broadcasts', body),
    onSettled: () => client.invalidateQueries({ queryKey: ['messaging'] }),
  });
}

/** 重试: the server writes the rest of a failed broadcast's messages (households already written keep their one). */
export function useRetryBroadcast() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<Broadcast>(`/api/messaging/broadcasts/${id}/retry`, {}),
    onSettled: () => client.invalidateQueries({ queryKey: ['messaging', 'broadcasts'] }),
  });
}

export function useTemplates() {
  return useQuery({ queryKey: ['messaging', 'templates'], queryFn: ({ signal }) => api.get<{ items: Template[] }>('/api/messaging/templates', undefined, signal) });
}

export function usePutTemplate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ topic, ...body }: { topic: string; title: string; text: string; smsTemplateCode?: string | null; version?: number }) => api.put<{ items: Template[] }>(`/api/messaging/templates/${topic}`, body),
    onSettled: () => client.invalidateQueries({ queryKey: ['messaging', 'templates'] }),
  });
}

export function useChannels() {
  return useQuery({ queryKey: ['messaging', 'channels'], queryFn: ({ signal }) => api.get<ChannelStatus>('/api/messaging/channels', undefined, signal) });
}

export function useQuietSettings(projectId: string | undefined) {
  return useQuery({
    queryKey: ['messaging', 'settings', projectId],
    queryFn: ({ signal }) => api.get<QuietSettings>('/api/messaging/settings', { projectId }, signal),
    enabled: Boolean(projectId),
  });
}

export function usePutQuietSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { projectId: string; quietStart: string; quietEnd: string }) => api.put<QuietSettings>('/api/messaging/settings', body),
    onSettled: () => client.invalidateQueries({ queryKey: ['messaging', 'settings'] }),
  });
}
