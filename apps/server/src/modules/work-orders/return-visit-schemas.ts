import { z } from 'zod';
import { WORK_ORDER_KINDS, WORK_ORDER_STATUSES } from '@guanjia/domain';

const refId = z.string().min(1).max(64);
const rating = z.number().int().min(1).max(5);
const comment = z.string().trim().max(1000);
const person = z.object({ id: z.string(), name: z.string() });

export const RETURN_VISIT_STATUSES = ['pending', 'done'] as const;
export const RETURN_VISIT_OUTCOMES = ['accepted', 'rejected'] as const;

export const listReturnVisitsQuery = z.object({
  projectId: refId.optional(),
  status: z.enum(RETURN_VISIT_STATUSES).optional(),
  /** From the previous page's nextCursor. */
  cursor: z.string().max(120).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type ListReturnVisitsQuery = z.infer<typeof listReturnVisitsQuery>;

/** A rejection reopens the order, so the requester must say what is wrong. */
const rejectionExplained = (b: { comment?: string; rejected: boolean }) => !b.rejected || Boolean(b.comment);
const commentIssue = { message: 'workOrders.returnVisit.commentRequired', path: ['comment'] };

/** The requester on H5: rate 1–5, accept (the order closes) or reject (it reopens). */
export const rateWorkOrderBody = z
  .object({ rating, comment: comment.optional(), accept: z.boolean() })
  .strict()
  .refine((b) => rejectionExplained({ comment: b.comment, rejected: !b.accept }), commentIssue);
export type RateWorkOrderBody = z.infer<typeof rateWorkOrderBody>;

/** A desk member records the call-back (回访) on the requester's behalf. */
export const recordReturnVisitBody = z
  .object({ rating, comment: comment.optional(), outcome: z.enum(RETURN_VISIT_OUTCOMES), method: z.literal('phone') })
  .strict()
  .refine((b) => rejectionExplained({ comment: b.comment, rejected: b.outcome === 'rejected' }), commentIssue);
export type RecordReturnVisitBody = z.infer<typeof recordReturnVisitBody>;

export const workOrderIdParams = z.object({ id: refId });

export const returnVisitSchema = z.object({
  id: z.string(),
  workOrderId: z.string(),
  projectId: z.string(),
  status: z.enum(RETURN_VISIT_STATUSES),
  dueAt: z.string(),
  /** Pending past its due time. */
  overdue: z.boolean(),
  method: z.enum(['h5', 'phone']).nullable(),
  rating: z.number().int().nullable(),
  comment: z.string().nullable(),
  outcome: z.enum(RETURN_VISIT_OUTCOMES).nullable(),
  recordedBy: person.nullable(),
  doneAt: z.string().nullable(),
  createdAt: z.string(),
});

/** A row of the butlers' follow-up list: the visit and the order it is about. */
export const returnVisitRowSchema = returnVisitSchema.extend({
  workOrder: z.object({
    number: z.string(),
    kind: z.enum(WORK_ORDER_KINDS),
    status: z.enum(WORK_ORDER_STATUSES),
    title: z.string(),
    categoryNumber: z.number().int().nullable(),
    requesterName: z.string(),
    requesterPhone: z.string().nullable(),
    phoneRevealable: z.boolean(),
    unitLabel: z.string().nullable(),
    assigneeName: z.string().nullable(),
    completedAt: z.string().nullable(),
    reopenCount: z.number().int(),
  }),
});
export type ReturnVisitRow = z.infer<typeof returnVisitRowSchema>;

/** What rating or recording a visit answers: the visit and where the order went. */
export const returnVisitResultSchema = z.object({
  returnVisit: returnVisitSchema,
  workOrder: z.object({
    id: z.string(),
    status: z.enum(WORK_ORDER_STATUSES),
    satisfaction: z.number().int().nullable(),
    reopenCount: z.number().int(),
  }),
});
export type ReturnVisitResult = z.infer<typeof returnVisitResultSchema>;
