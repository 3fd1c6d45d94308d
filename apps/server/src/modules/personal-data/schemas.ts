import { PERSONAL_DATA_REQUEST_KINDS, PERSONAL_DATA_REQUEST_STATES, REVEAL_SUBJECT_TYPES, REVEALABLE_FIELDS } from '@guanjia/domain/personal-data/index';
import { z } from 'zod';
import { searchParam } from '../../platform/db/text-search.js';
import { pageOf, pageQuery } from '../../platform/http/paging.js';
import { dateField } from '../daily-checks/schemas.js';
import { idRef, optionalText } from '../../platform/http/schema-parts.js';

const why = { purpose: optionalText(100), page: optionalText(300) };

/**
 * Which full value to reveal: an owner's, a deal's buyer or co-buyer as signed, a work order's
 * requester phone, a sales-center visitor's phone, or an outside worker's phone or ID number.
 */
export const revealBody = z.discriminatedUnion('subjectType', [
  z.object({ subjectType: z.literal('owner'), ownerId: idRef, field: z.enum(REVEALABLE_FIELDS), ...why }).strict(),
  z.object({ subjectType: z.literal('deal'), dealId: idRef, ownerId: idRef, field: z.enum(REVEALABLE_FIELDS), ...why }).strict(),
  z.object({ subjectType: z.literal('workOrder'), workOrderId: idRef, field: z.literal('phone'), ...why }).strict(),
  z.object({ subjectType: z.literal('visit'), visitId: idRef, field: z.literal('phone'), ...why }).strict(),
  z.object({ subjectType: z.literal('externalWorker'), externalWorkerId: idRef, field: z.enum(REVEALABLE_FIELDS), ...why }).strict(),
]);
export type RevealBody = z.infer<typeof revealBody>;

export const revealSchema = z.object({ field: z.enum(REVEALABLE_FIELDS), value: z.string().nullable(), loggedAt: z.string().nullable() });

export const listReadsQuery = pageQuery.extend({
  projectId: idRef.optional(),
  staffUserId: idRef.optional(),
  ownerId: idRef.optional(),
  from: dateField.optional(),
  to: dateField.optional(),
});
export type ListReadsQuery = z.infer<typeof listReadsQuery>;
export const exportReadsQuery = listReadsQuery.omit({ page: true, pageSize: true });

export const readSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  projectName: z.string(),
  staff: z.object({ id: z.string(), name: z.string() }),
  owner: z.object({ id: z.string(), name: z.string() }).nullable(),
  personName: z.string(),
  subjectType: z.enum(REVEAL_SUBJECT_TYPES),
  subjectId: z.string(),
  field: z.enum(REVEALABLE_FIELDS),
  purpose: z.string().nullable(),
  page: z.string().nullable(),
  ip: z.string().nullable(),
  readAt: z.string(),
});
export const readPageSchema = pageOf(readSchema);

export const requestSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  owner: z.object({ id: z.string(), name: z.string() }),
  kind: z.enum(PERSONAL_DATA_REQUEST_KINDS),
  state: z.enum(PERSONAL_DATA_REQUEST_STATES),
  format: z.string().nullable(),
  reason: z.string().nullable(),
  requestedBy: z.object({ id: z.string(), name: z.string() }),
  decidedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  decidedAt: z.string().nullable(),
  refuseReason: z.string().nullable(),
  completedAt: z.string().nullable(),
  allowedActions: z.array(z.string()),
  version: z.number().int(),
  createdAt: z.string(),
});
export type RequestView = z.infer<typeof requestSchema>;
export const requestPageSchema = pageOf(requestSchema);

export const listRequestsQuery = pageQuery.extend({
  projectId: idRef.optional(),
  state: z.enum(PERSONAL_DATA_REQUEST_STATES).optional(),
  kind: z.enum(PERSONAL_DATA_REQUEST_KINDS).optional(),
});
export type ListRequestsQuery = z.infer<typeof listRequestsQuery>;

/** The owner confirms they have read what erasure means. */
export const requestErasureBody = z.object({ confirm: z.literal(true), reason: optionalText(500) }).strict();
export const decideBody = z.object({ version: z.number().int().min(1).optional() }).strict();
export const refuseBody = z.object({ reason: z.string().trim().min(1).max(500), version: z.number().int().min(1).optional() }).strict();

export const idParams = z.object({ id: idRef });
export const ownerParams = z.object({ ownerId: idRef });
export const exportQuery = z.object({ format: z.enum(['json', 'pdf']).default('json') });

export const ownerSearchQuery = pageQuery.extend({ projectId: idRef, q: searchParam });
export const ownerSearchSchema = pageOf(
  z.object({ id: z.string(), name: z.string(), phone: z.string().nullable(), units: z.array(z.string()), erased: z.boolean() }),
);
