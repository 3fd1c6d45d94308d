import { useEffect, useRef, useState } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Page } from '../../ui/api';

export interface NotificationItem {
  id: string;
  title: string;
  body: string;
  link?: string | null;
  createdAt: string;
  readAt: string | null;
}

export const notificationKeys = {
  all: ['notifications'] as const,
  unread: ['notifications', 'unread-count'] as const,
  list: (unreadOnly: boolean, page: number) => ['notifications', 'list', { unreadOnly, page }] as const,
};

export function useUnreadCount(live: boolean) {
  return useQuery({
    queryKey: notificationKeys.unread,
    queryFn: ({ signal }) => api.get<{ count: number }>('/api/notifications/unread-count', undefined, signal),
    // Poll only while the live stream is down.
    refetchInterval: live ? false : 60_000,
  });
}

export function useNotificationList(unreadOnly: boolean, page: number, pageSize = 20, enabled = true) {
  return useQuery({
    queryKey: notificationKeys.list(unreadOnly, page),
    queryFn: ({ signal }) =>
      api.get<Page<NotificationItem>>(
        '/api/notifications',
        { unreadOnly: unreadOnly ? 'true' : undefined, page, pageSize },
        signal,
      ),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post(`/api/notifications/${id}/read`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post('/api/notifications/read-all'),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

/** Subscribes to the server's notification stream; returns whether it is connected. */
export function useNotificationStream(onNotification?: (item: NotificationItem) => void): boolean {
  const queryClient = useQueryClient();
  const [connected, setConnected] = useState(false);
  const callback = useRef(onNotification);
  callback.current = onNotification;

  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource('/api/notifications/stream', { withCredentials: true });
    source.onopen = () => setConnected(true);
    source.onerror = () => setConnected(source.readyState === EventSource.OPEN);
    source.addEventListener('unread', (event) => {
      const data = parse<{ count: number }>(event);
      if (data && typeof data.count === 'number') queryClient.setQueryData(notificationKeys.unread, { count: data.count });
    });
    source.addEventListener('notification', (event) => {
      const item = parse<NotificationItem>(event);
      // A notification means something changed (an approval decided, an order assigned): refresh what is
      // on screen, not only the bell; react-query refetches active queries only.
      void queryClient.invalidateQueries();
      if (item) callback.current?.(item);
    });
    return () => source.close();
  }, [queryClient]);

  return connected;
}

function parse<T>(event: Event): T | null {
  try {
    return JSON.parse((event as MessageEvent<string>).data) as T;
  } catch {
    return null;
  }
}
