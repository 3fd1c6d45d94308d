import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { GreetingChannel, RelayStatus, WakeUpChannel, WakeUpRepeat, WakeUpStatus } from '@guanjia/domain/life-secretary/index';
import { api, type Page } from '../../ui/api';

interface Named {
  id: string;
  name: string;
}
interface HouseholdRef {
  id: string;
  label: string;
}

export interface WakeUpCall {
  id: string;
  projectId: string;
  household: HouseholdRef;
  owner: Named;
  time: string;
  repeat: WakeUpRepeat;
  date: string | null;
  note: string | null;
  channel: WakeUpChannel;
  status: WakeUpStatus;
  nextAt: string | null;
  lastMessageId: string | null;
  createdBy: Named;
  createdAt: string;
  cancelledAt: string | null;
  version: number;
  allowedActions: 'cancel'[];
}

export interface WakeUpInput {
  time: string;
  repeat: WakeUpRepeat;
  date?: string | null;
  note?: string | null;
  channel: WakeUpChannel;
}

export interface Relay {
  id: string;
  projectId: string;
  household: HouseholdRef;
  fromName: string;
  text: string;
  urgent: boolean;
  status: RelayStatus;
  recordedBy: Named;
  deliveredAt: string | null;
  deliveries: { queued: number; sent: number; failed: number; suppressed: number };
  confirmedAt: string | null;
  confirmedBy: Named | null;
  confirmedHow: 'owner' | 'call' | null;
  remindedAt: string | null;
  cancelledAt: string | null;
  createdAt: string;
  version: number;
  allowedActions: ('confirm' | 'confirmByCall' | 'cancel')[];
}

export interface LifeSecretarySettings {
  projectId: string;
  greetingsEnabled: boolean;
  festivals: string[];
  birthdaysEnabled: boolean;
  festivalText: string;
  birthdayText: string;
  channel: GreetingChannel;
  relayReminderHours: number;
  isDefault: boolean;
  version: number;
  festivalChoices: { key: string; name: { 'zh-CN': string; en: string } }[];
}

export interface GreetingPreview {
  enabled: boolean;
  from: string;
  days: number;
  items: {
    date: string;
    kind: 'festival' | 'birthday';
    festival: { key: string; name: string } | null;
    household: HouseholdRef | null;
    member: { name: string; relation: string; birthday: string } | null;
  }[];
}

export interface GreetingSend {
  id: string;
  date: string;
  kind: 'festival' | 'birthday';
  festival: { key: string; name: string } | null;
  household: HouseholdRef | null;
  memberName: string | null;
  broadcastId: string | null;
  messageCount: number;
  createdAt: string;
}

const PAGE_SIZE = 20;
const keys = { all: ['lifeSecretary'] as const };

export function useWakeUpCalls(projectId: string | undefined, status: WakeUpStatus | undefined, page: number) {
  return useQuery({
    queryKey: [...keys.all, 'wakeUps', projectId, status, page],
    queryFn: ({ signal }) => api.get<Page<WakeUpCall>>('/api/life-secretary/wake-up-calls', { projectId, status, page, pageSize: PAGE_SIZE }, signal),
    enabled: Boolean(projectId),
    placeholderData: keepPreviousData,
  });
}

export function useRelays(projectId: string | undefined, status: RelayStatus | undefined, page: number) {
  return useQuery({
    queryKey: [...keys.all, 'relays', projectId, status, page],
    queryFn: ({ signal }) => api.get<Page<Relay>>('/api/life-secretary/relays', { projectId, status, page, pageSize: PAGE_SIZE }, signal),
    enabled: Boolean(projectId),
    placeholderData: keepPreviousData,
  });
}

export function useLifeSecretarySettings(projectId: string | undefined) {
  return useQuery({
    queryKey: [...keys.all, 'settings', projectId],
    queryFn: ({ signal }) => api.get<LifeSecretarySettings>('/api/life-secretary/settings', { projectId }, signal),
    enabled: Boolean(projectId),
  });
}

export function useGreetingPreview(projectId: string | undefined) {
  return useQuery({
    queryKey: [...keys.all, 'preview', projectId],
    queryFn: ({ signal }) => api.get<GreetingPreview>('/api/life-secretary/greetings/preview', { projectId }, signal),
    enabled: Boolean(projectId),
  });
}

export function useGreetingSends(projectId: string | undefined, page: number) {
  return useQuery({
    queryKey: [...keys.all, 'sent', projectId, page],
    queryFn: ({ signal }) => api.get<Page<GreetingSend>>('/api/life-secretary/greetings/sent', { projectId, page, pageSize: PAGE_SIZE }, signal),
    enabled: Boolean(projectId),
    placeholderData: keepPreviousData,
  });
}

/** Every staff write of the page; each refreshes the page's lists. */
export function useLifeSecretaryCommands() {
  const client = useQueryClient();
  const settled = () => client.invalidateQueries({ queryKey: keys.all });
  return {
    createWakeUp: useMutation({
      mutationFn: (body: WakeUpInput & { projectId: string; householdId: string; ownerId: string }) => api.post<WakeUpCall>('/api/life-secretary/wake-up-calls', body),
      onSettled: settled,
    }),
    cancelWakeUp: useMutation({ mutationFn: (id: string) => api.post<WakeUpCall>(`/api/life-secretary/wake-up-calls/${id}/cancel`), onSettled: settled }),
    recordRelay: useMutation({
      mutationFn: (body: { projectId: string; householdId: string; fromName: string; text: string; urgent?: boolean }) => api.post<Relay>('/api/life-secretary/relays', body),
      onSettled: settled,
    }),
    relayAction: useMutation({
      mutationFn: ({ relay, action }: { relay: Relay; action: 'confirm' | 'cancel' }) => api.post<Relay>(`/api/life-secretary/relays/${relay.id}/${action}`, { version: relay.version }),
      onSettled: settled,
    }),
    saveSettings: useMutation({
      mutationFn: (body: Omit<LifeSecretarySettings, 'isDefault' | 'version' | 'festivalChoices'> & { version?: number }) => api.put<LifeSecretarySettings>('/api/life-secretary/settings', body),
      onSettled: settled,
    }),
  };
}

/** The owner's phone: my calls, messages left for me, my opt-outs. */
export const h5Keys = { all: ['h5LifeSecretary'] as const };

export function useMyWakeUpCalls() {
  return useQuery({ queryKey: [...h5Keys.all, 'wakeUps'], queryFn: ({ signal }) => api.get<Page<WakeUpCall>>('/api/h5/life-secretary/wake-up-calls', { pageSize: 50 }, signal) });
}

export function useMyRelays() {
  return useQuery({ queryKey: [...h5Keys.all, 'relays'], queryFn: ({ signal }) => api.get<Page<Relay>>('/api/h5/life-secretary/relays', { pageSize: 50 }, signal) });
}

export interface Preferences {
  owner: Named;
  email: string | null;
  optOuts: { topic: string; channel: 'inApp' | 'sms' | 'email' }[];
}

export function useMyPreferences() {
  return useQuery({ queryKey: [...h5Keys.all, 'preferences'], queryFn: ({ signal }) => api.get<Preferences>('/api/messaging/my-preferences', undefined, signal) });
}

export function useMyCommands() {
  const client = useQueryClient();
  const settled = () => client.invalidateQueries({ queryKey: h5Keys.all });
  return {
    createWakeUp: useMutation({ mutationFn: (body: WakeUpInput) => api.post<WakeUpCall>('/api/h5/life-secretary/wake-up-calls', body), onSettled: settled }),
    cancelWakeUp: useMutation({ mutationFn: (id: string) => api.post<WakeUpCall>(`/api/h5/life-secretary/wake-up-calls/${id}/cancel`), onSettled: settled }),
    confirmRelay: useMutation({ mutationFn: (relay: Relay) => api.post<Relay>(`/api/h5/life-secretary/relays/${relay.id}/confirm`, { version: relay.version }), onSettled: settled }),
    savePreferences: useMutation({ mutationFn: (optOuts: Preferences['optOuts']) => api.put<Preferences>('/api/messaging/my-preferences', { optOuts }), onSettled: settled }),
  };
}
