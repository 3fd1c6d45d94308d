import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BrandShowcaseAction, BrandShowcasePart, BrandShowcaseStatus } from '@guanjia/domain/showcase/showcase-flow';
import type { DutyShift } from '@guanjia/domain/showcase/showcase-post';
import type { PublicityAction, PublicityKind, PublicityStatus, PublicityTopic } from '@guanjia/domain/showcase/publicity';
import { api } from '../../ui/api';

export type Named = { id: string; name: string };
export interface FileRef {
  id: string;
  name: string;
  contentType: string;
  url: string;
}

export interface Showcase {
  id: string;
  projectId: string;
  salesCenter: Named;
  location: string | null;
  areaM2: number | null;
  layoutPlan: string | null;
  layoutFiles: FileRef[];
  decorationStartDate: string | null;
  status: BrandShowcaseStatus;
  approvalRequestId: string | null;
  submittedAt: string | null;
  decidedAt: string | null;
  approvalLate: boolean;
  submittedAfterDecoration: boolean;
  version: number;
}

export interface Explainer {
  id: string;
  user: Named;
  trainedOn: string | null;
  trainer: string | null;
  trained: boolean;
  active: boolean;
  version: number;
}

export interface Duty {
  id: string;
  dutyDate: string;
  shift: DutyShift;
  explainer: Named;
}

export interface InstructionVersion {
  id: string;
  versionNo: number;
  file: FileRef | null;
  note: string | null;
  uploadedBy: Named | null;
  createdAt: string;
  current: boolean;
}

export interface ShowcaseDetail extends Showcase {
  publicCode: string;
  history: { action: string; fromStatus: string | null; toStatus: string | null; actor: Named | null; note: string | null; at: string }[];
  explainers: Explainer[];
  duties: Duty[];
  todayOnDuty: Duty[];
  instructions: InstructionVersion[];
  allowedActions: BrandShowcaseAction[];
  missingParts: BrandShowcasePart[];
  canEdit: boolean;
  canManage: boolean;
}

export interface SalesCenterShowcase {
  salesCenter: Named;
  showcase: Showcase | null;
}

export interface PublicityItem {
  id: string;
  projectId: string;
  kind: PublicityKind;
  topic: PublicityTopic;
  title: string;
  summary: string | null;
  body: string | null;
  file: FileRef | null;
  mediaUrl: string | null;
  status: PublicityStatus;
  displayOrder: number;
  publishedAt: string | null;
  version: number;
  allowedActions?: PublicityAction[];
  canEdit?: boolean;
}

export interface PublicityStats {
  from: string;
  to: string;
  items: { item: { id: string; title: string; kind: PublicityKind; topic: PublicityTopic; status: PublicityStatus }; handedOut: number; played: number; viewed: number }[];
  totals: { handedOut: number; played: number; viewed: number };
}

export interface PublicItem {
  id: string;
  kind: PublicityKind;
  topic: PublicityTopic;
  title: string;
  summary: string | null;
  body: string | null;
  file: { name: string; contentType: string; url: string } | null;
  mediaUrl: string | null;
}

export interface PublicShowcase {
  projectName: string;
  salesCenterName: string;
  items: PublicItem[];
}

const keys = {
  all: ['showcase'] as const,
  list: (projectId: string) => ['showcase', 'list', projectId] as const,
  detail: (id: string) => ['showcase', 'detail', id] as const,
  publicity: (projectId: string) => ['showcase', 'publicity', projectId] as const,
  stats: (projectId: string, from: string, to: string) => ['showcase', 'stats', projectId, from, to] as const,
};

/** The H5 page's address for a code, as the QR on the sales center shows it. */
/** What a video item plays: its address, or its uploaded MP4 file. */
export function videoSource(item: { kind: string; mediaUrl: string | null; file: { contentType: string; url: string } | null }): string | null {
  if (item.kind !== 'video') return null;
  return item.mediaUrl || (item.file?.contentType === 'video/mp4' ? item.file.url : null);
}

export const publicShowcasePath = (code: string) => `/h5/showcase/${code}`;

export function useShowcases(projectId: string | undefined) {
  return useQuery({
    queryKey: keys.list(projectId ?? ''),
    queryFn: ({ signal }) => api.get<{ items: SalesCenterShowcase[] }>('/api/showcase/showcases', { projectId }, signal),
    enabled: !!projectId,
  });
}

export function useShowcase(id: string | undefined) {
  return useQuery({
    queryKey: keys.detail(id ?? ''),
    queryFn: ({ signal }) => api.get<ShowcaseDetail>(`/api/showcase/showcases/${id}`, undefined, signal),
    enabled: !!id,
  });
}

/** Every write answers the showcase as it now is; the lists are refreshed behind it. */
function useShowcaseWrite<V>(write: (vars: V) => Promise<ShowcaseDetail>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (detail) => {
      client.setQueryData(keys.detail(detail.id), detail);
      void client.invalidateQueries({ queryKey: ['showcase', 'list'] });
    },
  });
}

export const useCreateShowcase = () => useShowcaseWrite((salesCenterId: string) => api.post<ShowcaseDetail>('/api/showcase/showcases', { salesCenterId }));
export const useUpdateShowcase = (id: string) => useShowcaseWrite((body: Record<string, unknown>) => api.patch<ShowcaseDetail>(`/api/showcase/showcases/${id}`, body));
export const useShowcaseAction = (id: string) =>
  useShowcaseWrite(({ action, note, version }: { action: 'submit' | 'revise'; note?: string; version: number }) => api.post<ShowcaseDetail>(`/api/showcase/showcases/${id}/${action}`, { note, version }));
export const useRegenerateCode = (id: string) => useShowcaseWrite(() => api.post<ShowcaseDetail>(`/api/showcase/showcases/${id}/public-code`));
export const useAddExplainer = (id: string) => useShowcaseWrite((body: { userId: string; trainedOn?: string; trainer?: string }) => api.post<ShowcaseDetail>(`/api/showcase/showcases/${id}/explainers`, body));
export const useRecordTraining = (id: string) =>
  useShowcaseWrite(({ explainerId, ...body }: { explainerId: string; trainedOn: string; trainer: string; version: number }) =>
    api.patch<ShowcaseDetail>(`/api/showcase/showcases/${id}/explainers/${explainerId}`, body),
  );
export const useAssignDuty = (id: string) => useShowcaseWrite((body: { explainerId: string; dutyDate: string; shift: DutyShift }) => api.post<ShowcaseDetail>(`/api/showcase/showcases/${id}/duties`, body));
export const useAddInstruction = (id: string) => useShowcaseWrite((body: { fileId: string; note?: string }) => api.post<ShowcaseDetail>(`/api/showcase/showcases/${id}/instructions`, body));

export function usePublicity(projectId: string | undefined) {
  return useQuery({
    queryKey: keys.publicity(projectId ?? ''),
    queryFn: ({ signal }) => api.get<{ items: PublicityItem[] }>('/api/showcase/publicity', { projectId }, signal),
    enabled: !!projectId,
  });
}

function usePublicityWrite<V, R>(write: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: write, onSuccess: () => client.invalidateQueries({ queryKey: ['showcase'] }) });
}

export const useCreateItem = () => usePublicityWrite((body: Record<string, unknown>) => api.post<PublicityItem>('/api/showcase/publicity', body));
export const useUpdateItem = () => usePublicityWrite(({ id, ...body }: Record<string, unknown> & { id: string }) => api.patch<PublicityItem>(`/api/showcase/publicity/${id}`, body));
export const useItemAction = () => usePublicityWrite(({ id, action, version }: { id: string; action: PublicityAction; version: number }) => api.post<PublicityItem>(`/api/showcase/publicity/${id}/${action}`, { version }));
export const useRecordHandout = () =>
  usePublicityWrite(({ id, ...body }: { id: string; salesCenterId: string; date: string; quantity: number }) => api.post<{ quantity: number }>(`/api/showcase/publicity/${id}/handouts`, body));

export function usePublicityStats(projectId: string | undefined, from: string, to: string) {
  return useQuery({
    queryKey: keys.stats(projectId ?? '', from, to),
    queryFn: ({ signal }) => api.get<PublicityStats>('/api/showcase/stats', { projectId, from, to }, signal),
    enabled: !!projectId,
  });
}

export function useShowcaseScreen(salesCenterId: string | null) {
  return useQuery({
    queryKey: ['showcase', 'screen', salesCenterId],
    queryFn: ({ signal }) => api.get<{ salesCenter: Named; items: PublicityItem[] }>('/api/showcase/screen', { salesCenterId }, signal),
    enabled: !!salesCenterId,
    // New items published during the day reach the screen without a reload.
    refetchInterval: 5 * 60_000,
  });
}

export const recordPlay = (itemId: string, salesCenterId: string) => api.post(`/api/showcase/publicity/${itemId}/plays`, { salesCenterId });

export function usePublicShowcase(code: string | undefined) {
  return useQuery({
    queryKey: ['showcase', 'public', code],
    queryFn: ({ signal }) => api.get<PublicShowcase>(`/api/public/showcase/${encodeURIComponent(code ?? '')}`, undefined, signal),
    enabled: !!code,
    retry: false,
  });
}

export const recordView = (code: string, itemId: string) => api.post(`/api/public/showcase/${encodeURIComponent(code)}/items/${itemId}/views`);

/** Staff on the project see who might be asked to explain: the project's users. */
export function useProjectStaff(projectId: string | undefined) {
  return useQuery({
    queryKey: ['showcase', 'staff', projectId],
    queryFn: ({ signal }) => api.get<{ items: { id: string; name: string; roles: string[] }[] }>('/api/users', { projectId, pageSize: 200 }, signal),
    enabled: !!projectId,
  });
}
