import { useEffect, useMemo, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { receptionKeys } from './api';

/**
 * Listens to a sales center's board stream: every `board` event (a check-in, a reception, an
 * alert, even one raised by the worker in another process) refreshes the reception queries on
 * screen. Returns whether the stream is connected, so callers poll while it is not.
 */
export function useBoardStream(salesCenterId: string | undefined): boolean {
  const queryClient = useQueryClient();
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    if (!salesCenterId || typeof EventSource === 'undefined') return;
    const source = new EventSource(`/api/reception/board/stream?salesCenterId=${encodeURIComponent(salesCenterId)}`, { withCredentials: true });
    source.onopen = () => setConnected(true);
    source.onerror = () => setConnected(source.readyState === EventSource.OPEN);
    source.addEventListener('ready', () => setConnected(true));
    source.addEventListener('board', () => void queryClient.invalidateQueries({ queryKey: receptionKeys.all }));
    return () => {
      source.close();
      setConnected(false);
    };
  }, [salesCenterId, queryClient]);
  return connected;
}

/**
 * The server's clock, ticking every second on this device: wait timers count from the server's
 * `now` of the last read, so a tablet whose clock is off still shows the right seconds.
 */
export function useServerClock(serverNow: string | undefined): number {
  const anchor = useMemo(() => (serverNow ? { server: Date.parse(serverNow), local: Date.now() } : null), [serverNow]);
  const [tick, setTick] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setTick(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  if (!anchor) return tick;
  return anchor.server + Math.max(0, tick - anchor.local);
}
