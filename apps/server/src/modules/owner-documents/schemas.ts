import { OWNER_DOCUMENT_BODY_MAX, OWNER_DOCUMENT_KINDS, OWNER_DOCUMENT_TITLE_MAX, TEMPLATE_ACTIONS, TEMPLATE_STATUSES } from '@guanjia/domain/owner-documents/index';
import { z } from 'zod';
import { named } from '../../platform/http/schema-parts.js';

const idRef = z.string().min(1).max(64);
const kind = z.enum(OWNER_DOCUMENT_KINDS);
const title = z.string().trim().min(1).max(OWNER_DOCUMENT_TITLE_MAX);
const body = z.string().trim().min(1).max(OWNER_DOCUMENT_BODY_MAX);
const lockVersion = z.number().int().min(1);

export const idParams = z.object({ id: idRef });
export const projectQuery = z.object({ projectId: idRef });
export const tokenParams = z.object({ token: z.string().min(20).max(100) });
export const tokenTemplateParams = tokenParams.extend({ templateId: idRef });
export const tokenSignatureParams = tokenParams.extend({ id: idRef });

export const createTemplateBody = z.object({ projectId: idRef, kind, title, body }).strict();
export type CreateTemplateBody = z.infer<typeof createTemplateBody>;

export const updateTemplateBody = z.object({ title: title.optional(), body: body.optional(), version: lockVersion }).strict();
export type UpdateTemplateBody = z.infer<typeof updateTemplateBody>;

export const publishTemplateBody = z.object({ version: lockVersion }).strict();

export const templateSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  kind,
  /** 1, 2, 3… per project and kind. */
  versionNo: z.number().int(),
  title: z.string(),
  body: z.string(),
  status: z.enum(TEMPLATE_STATUSES),
  createdBy: named,
  createdAt: z.string(),
  publishedBy: named.nullable(),
  publishedAt: z.string().nullable(),
  retiredAt: z.string().nullable(),
  /** Owners who signed this version. */
  signatureCount: z.number().int(),
  allowedActions: z.array(z.enum(TEMPLATE_ACTIONS)),
  /** The row's lock, sent back on edit and publish. */
  version: z.number().int(),
});
export type TemplateView = z.infer<typeof templateSchema>;

export const statusQuery = projectQuery.extend({ missingOnly: z.enum(['true', 'false']).optional() });
export type StatusQuery = z.infer<typeof statusQuery>;

export const documentCellSchema = z.object({
  kind,
  /** noTemplate: the project has no published version of this document yet. */
  state: z.enum(['signed', 'signedEarlierVersion', 'notSigned', 'noTemplate']),
  publishedVersionNo: z.number().int().nullable(),
  signedVersionNo: z.number().int().nullable(),
  signedAt: z.string().nullable(),
  signatureId: z.string().nullable(),
});
export const statusRowSchema = z.object({
  ownerId: z.string(),
  ownerName: z.string(),
  phone: z.string().nullable(),
  householdId: z.string(),
  unitLabel: z.string(),
  documents: z.array(documentCellSchema),
  /** Kinds with a published version this owner has signed no version of. */
  missing: z.array(kind),
});
export type StatusRow = z.infer<typeof statusRowSchema>;
export const statusSchema = z.object({
  items: z.array(statusRowSchema),
  summary: z.array(z.object({ kind, publishedVersionNo: z.number().int().nullable(), signed: z.number().int(), missing: z.number().int() })),
});

// ---- the owner's phone (public, by invitation token)

export const signBody = z
  .object({
    /** The version the owner read; a newer one published since is a 409. */
    version: z.number().int().min(1),
    agreed: z.boolean(),
    /** The drawn signature: data:image/png;base64,… (at most 500 KB). */
    signature: z.string().min(1).max(1_000_000),
  })
  .strict();
export type SignBody = z.infer<typeof signBody>;

const signedSchema = z.object({ signatureId: z.string(), version: z.number().int(), signedAt: z.string() });
export const publicDocumentSchema = z.object({
  templateId: z.string(),
  kind,
  title: z.string(),
  version: z.number().int(),
  publishedAt: z.string().nullable(),
  state: z.enum(['signed', 'signedEarlierVersion', 'notSigned']),
  /** The owner's latest signature of this document, of whatever version. */
  signed: signedSchema.nullable(),
});
export const publicDocumentListSchema = z.object({ items: z.array(publicDocumentSchema) });
export const publicDocumentDetailSchema = publicDocumentSchema.extend({ body: z.string(), acknowledgesReceipt: z.boolean() });
export const publicSignatureSchema = z.object({ id: z.string(), templateId: z.string(), kind, version: z.number().int(), signedAt: z.string(), textSha256: z.string(), pdfPath: z.string() });
