import { z } from 'zod';
import { LIAISON_FORM_ACTIONS, LIAISON_FORM_STATUSES } from '@guanjia/domain/sales-site/liaison-form-flow';
import { pageOf, pageQuery } from '../../platform/http/paging.js';
import { searchParam } from '../../platform/db/text-search.js';
import { dateField } from '../daily-checks/schemas.js';
import { named } from '../../platform/http/schema-parts.js';

const idRef = z.string().min(1).max(64);
const version = z.number().int().min(1).optional();
/** A person, department or service center by id and name. */

export const idParams = z.object({ id: idRef });

export const createLiaisonFormBody = z
  .object({
    projectId: idRef,
    subject: z.string().trim().min(1).max(200),
    content: z.string().trim().min(1).max(4000),
    toDepartmentId: idRef,
    fromServiceCenterId: idRef.nullish(),
    dueDate: dateField,
    attachmentIds: z.array(idRef).max(9).optional(),
  })
  .strict();
export type CreateLiaisonFormBody = z.infer<typeof createLiaisonFormBody>;

export const updateLiaisonFormBody = z
  .object({
    subject: z.string().trim().min(1).max(200).optional(),
    content: z.string().trim().min(1).max(4000).optional(),
    toDepartmentId: idRef.optional(),
    fromServiceCenterId: idRef.nullish(),
    dueDate: dateField.optional(),
    attachmentIds: z.array(idRef).max(9).optional(),
    version,
  })
  .strict();
export type UpdateLiaisonFormBody = z.infer<typeof updateLiaisonFormBody>;

/** One body for every action: the reply's text, the reason for cancelling, a note otherwise. */
export const liaisonActionBody = z
  .object({
    replyText: z.string().trim().max(4000).optional(),
    reason: z.string().trim().max(500).optional(),
    note: z.string().trim().max(500).optional(),
    version,
  })
  .strict();
export type LiaisonActionBody = z.infer<typeof liaisonActionBody>;
export const actionParams = z.object({ id: idRef, action: z.enum(LIAISON_FORM_ACTIONS) });

export const listLiaisonFormsQuery = pageQuery.extend({
  projectId: idRef.optional(),
  status: z.enum(LIAISON_FORM_STATUSES).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  q: searchParam,
  dueFrom: dateField.optional(),
  dueTo: dateField.optional(),
});
export type ListLiaisonFormsQuery = z.infer<typeof listLiaisonFormsQuery>;

export const liaisonFormSummarySchema = z.object({
  id: z.string(),
  projectId: z.string(),
  number: z.string(),
  subject: z.string(),
  status: z.enum(LIAISON_FORM_STATUSES),
  toDepartment: named,
  fromServiceCenter: named.nullable(),
  dueDate: z.string(),
  overdue: z.boolean(),
  issuedAt: z.string().nullable(),
  issuedBy: named.nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});
export type LiaisonFormSummaryView = z.infer<typeof liaisonFormSummarySchema>;

export const liaisonFormSchema = liaisonFormSummarySchema.extend({
  content: z.string(),
  attachmentIds: z.array(z.string()),
  createdBy: named,
  acknowledgedBy: named.nullable(),
  acknowledgedAt: z.string().nullable(),
  replyText: z.string().nullable(),
  repliedBy: named.nullable(),
  repliedAt: z.string().nullable(),
  returnedBy: named.nullable(),
  returnedAt: z.string().nullable(),
  cancelledBy: named.nullable(),
  cancelledAt: z.string().nullable(),
  cancelReason: z.string().nullable(),
  allowedActions: z.array(z.enum(LIAISON_FORM_ACTIONS)),
  /** Only a draft, and only for the property side. */
  canEdit: z.boolean(),
  history: z.array(
    z.object({ action: z.string(), fromStatus: z.string().nullable(), toStatus: z.string().nullable(), actor: named, note: z.string().nullable(), at: z.string() }),
  ),
});
export type LiaisonFormView = z.infer<typeof liaisonFormSchema>;
export const liaisonFormPageSchema = pageOf(liaisonFormSummarySchema);
