import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OwnerDocumentKind } from '@guanjia/domain/owner-documents/owner-document-kinds';
import { api } from '../../ui/api';

export interface PublicInvitation {
  ownerName: string;
  projectName: string;
  unitLabel: string | null;
  expiresAt: string;
}

export type DocumentState = 'signed' | 'signedEarlierVersion' | 'notSigned';

export interface InviteDocument {
  templateId: string;
  kind: OwnerDocumentKind;
  title: string;
  version: number;
  publishedAt: string | null;
  state: DocumentState;
  signed: { signatureId: string; version: number; signedAt: string } | null;
}

export interface InviteDocumentDetail extends InviteDocument {
  body: string;
  acknowledgesReceipt: boolean;
}

export interface SignedDocument {
  id: string;
  templateId: string;
  kind: OwnerDocumentKind;
  version: number;
  signedAt: string;
  textSha256: string;
  pdfPath: string;
}

export type QuestionnaireStatus = 'notStarted' | 'consentRefused' | 'submitted';

const base = (token: string) => `/api/public/invitations/${encodeURIComponent(token)}`;
export const invitePath = (token: string) => `/h5/invite/${token}`;
export const signedPdfPath = (token: string, signatureId: string) => `${base(token)}/signatures/${signatureId}/pdf`;

const keys = {
  invitation: (token: string) => ['invite', token] as const,
  documents: (token: string) => ['invite', token, 'documents'] as const,
  document: (token: string, id: string) => ['invite', token, 'documents', id] as const,
  questionnaire: (token: string) => ['invite', token, 'questionnaire'] as const,
};

export const usePublicInvitation = (token: string) =>
  useQuery({ queryKey: keys.invitation(token), queryFn: ({ signal }) => api.get<PublicInvitation>(base(token), undefined, signal), retry: false });

export const useInviteDocuments = (token: string) =>
  useQuery({ queryKey: keys.documents(token), queryFn: ({ signal }) => api.get<{ items: InviteDocument[] }>(`${base(token)}/documents`, undefined, signal), retry: false });

export const useInviteDocument = (token: string, templateId: string) =>
  useQuery({ queryKey: keys.document(token, templateId), queryFn: ({ signal }) => api.get<InviteDocumentDetail>(`${base(token)}/documents/${templateId}`, undefined, signal), retry: false });

/** The questionnaire's standing; its card is hidden when this fails (the questionnaire may not be offered). */
export const useQuestionnaireStatus = (token: string) =>
  useQuery({ queryKey: keys.questionnaire(token), queryFn: ({ signal }) => api.get<{ status: QuestionnaireStatus }>(`${base(token)}/questionnaire`, undefined, signal), retry: false });

export function useSignDocument(token: string, templateId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { version: number; agreed: boolean; signature: string }) => api.post<SignedDocument>(`${base(token)}/documents/${templateId}/signatures`, body),
    onSettled: () => client.invalidateQueries({ queryKey: keys.documents(token) }),
  });
}
