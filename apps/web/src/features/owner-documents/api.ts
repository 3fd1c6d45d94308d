import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OwnerDocumentKind, TemplateAction, TemplateStatus } from '@guanjia/domain/owner-documents/index';
import { api, downloadFile } from '../../ui/api';

export interface DocumentTemplate {
  id: string;
  projectId: string;
  kind: OwnerDocumentKind;
  versionNo: number;
  title: string;
  body: string;
  status: TemplateStatus;
  createdBy: { id: string; name: string };
  createdAt: string;
  publishedBy: { id: string; name: string } | null;
  publishedAt: string | null;
  retiredAt: string | null;
  signatureCount: number;
  allowedActions: TemplateAction[];
  version: number;
}

export type CellState = 'signed' | 'signedEarlierVersion' | 'notSigned' | 'noTemplate';

export interface DocumentCell {
  kind: OwnerDocumentKind;
  state: CellState;
  publishedVersionNo: number | null;
  signedVersionNo: number | null;
  signedAt: string | null;
  signatureId: string | null;
}

export interface StatusRow {
  ownerId: string;
  ownerName: string;
  phone: string | null;
  householdId: string;
  unitLabel: string;
  documents: DocumentCell[];
  missing: OwnerDocumentKind[];
}

export interface SigningStatus {
  items: StatusRow[];
  summary: { kind: OwnerDocumentKind; publishedVersionNo: number | null; signed: number; missing: number }[];
}

export interface TemplateInput {
  kind: OwnerDocumentKind;
  title: string;
  body: string;
}

const keys = {
  templates: (projectId: string) => ['ownerDocuments', 'templates', projectId] as const,
  status: (projectId: string, missingOnly: boolean) => ['ownerDocuments', 'status', projectId, missingOnly] as const,
};

export function useDocumentTemplates(projectId: string | undefined) {
  return useQuery({
    queryKey: keys.templates(projectId ?? ''),
    queryFn: ({ signal }) => api.get<{ items: DocumentTemplate[] }>('/api/owner-documents/templates', { projectId }, signal),
    enabled: Boolean(projectId),
  });
}

export function useSigningStatus(projectId: string | undefined, missingOnly: boolean) {
  return useQuery({
    queryKey: keys.status(projectId ?? '', missingOnly),
    queryFn: ({ signal }) => api.get<SigningStatus>('/api/owner-documents/status', { projectId, missingOnly: missingOnly ? 'true' : undefined }, signal),
    enabled: Boolean(projectId),
  });
}

export function useTemplateCommands(projectId: string | undefined) {
  const client = useQueryClient();
  const settle = () => client.invalidateQueries({ queryKey: ['ownerDocuments'] });
  return {
    create: useMutation({ mutationFn: (body: TemplateInput) => api.post<DocumentTemplate>('/api/owner-documents/templates', { projectId, ...body }), onSettled: settle }),
    update: useMutation({
      mutationFn: ({ template, title, body }: { template: DocumentTemplate; title: string; body: string }) =>
        api.patch<DocumentTemplate>(`/api/owner-documents/templates/${template.id}`, { title, body, version: template.version }),
      onSettled: settle,
    }),
    publish: useMutation({ mutationFn: (template: DocumentTemplate) => api.post<DocumentTemplate>(`/api/owner-documents/templates/${template.id}/publish`, { version: template.version }), onSettled: settle }),
  };
}

export const downloadSignaturePdf = (signatureId: string) => downloadFile(`/api/owner-documents/signatures/${signatureId}/pdf`, 'signed.pdf');

export const exportSigningStatus = (projectId: string, missingOnly: boolean) =>
  downloadFile(`/api/owner-documents/status/export?projectId=${encodeURIComponent(projectId)}${missingOnly ? '&missingOnly=true' : ''}`, 'owner-documents.csv');
