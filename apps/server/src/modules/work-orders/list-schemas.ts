import { z } from 'zod';
import { WORK_ORDER_KINDS, WORK_ORDER_STATUSES, type WorkOrderStatus } from '@guanjia/domain';
import { searchParam } from '../../platform/db/text-search.js';

const refId = z.string().min(1).max(64);
const isoDate = /^\d{4}-\d{2}-\d{2}$/;
/** A YYYY-MM-DD that exists (no 2026-02-30). */
const dateField = z
  .string()
  .regex(isoDate, 'field.invalidFormat')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), {
    message: 'field.invalidFormat',
  });

/** ?status=submitted,accepted — one or more statuses, comma-separated. */
const statusList = z
  .string()
  .max(200)
  .refine((s) => s.split(',').every((p) => (WORK_ORDER_STATUSES as readonly string[]).includes(p.trim())), { message: 'workOrders.list.badStatus' })
  .transform((s) => [...new Set(s.split(',').map((p) => p.trim() as WorkOrderStatus))]);

export const LIST_SCOPES = ['all', 'accountable', 'assigned', 'pool'] as const;
export type ListScope = (typeof LIST_SCOPES)[number];

const filterShape = {
  projectId: refId.optional(),
  status: statusList.optional(),
  categoryNumber: z.coerce.number().int().min(1).max(99).optional(),
  kind: z.enum(WORK_ORDER_KINDS).optional(),
  assigneeUserId: refId.optional(),
  accountableStaffId: refId.optional(),
  overdue: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  /** Shanghai dates of created_at, both inclusive. */
  from: dateField.optional(),
  to: dateField.optional(),
  buildingId: refId.optional(),
  q: searchParam,
  /** accountable = my responsibilities (首问责任), assigned = given to me, pool = dispatched to my department or vendor, not yet taken. */
  scope: z.enum(LIST_SCOPES).default('all'),
};

const fromBeforeTo = (f: { from?: string; to?: string }) => !f.from || !f.to || f.from <= f.to;
const rangeIssue = { message: 'workOrders.list.toBeforeFrom', path: ['to'] };

export const listWorkOrdersQuery = z
  .object({
    ...filterShape,
    /** The id of the last row of the previous page. */
    cursor: refId.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  })
  .refine(fromBeforeTo, rangeIssue);
export type ListWorkOrdersQuery = z.infer<typeof listWorkOrdersQuery>;

export const exportWorkOrdersQuery = z.object(filterShape).refine(fromBeforeTo, rangeIssue);
export type WorkOrderFilter = z.infer<typeof exportWorkOrdersQuery>;

const person = z.object({ id: z.string(), name: z.string() });

/** One compact row of the work-order lists; the phone is masked, revealed (and logged) through POST /api/personal-data/reveal. */
export const workOrderRowSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  number: z.string(),
  kind: z.enum(WORK_ORDER_KINDS),
  status: z.enum(WORK_ORDER_STATUSES),
  title: z.string(),
  categoryNumber: z.number().int().nullable(),
  emergency: z.boolean(),
  serviceDate: z.string().nullable(),
  serviceStart: z.string().nullable(),
  requesterName: z.string(),
  requesterPhone: z.string().nullable(),
  /** The caller may reveal the full phone (subjectType workOrder). */
  phoneRevealable: z.boolean(),
  householdId: z.string().nullable(),
  /** "1号楼 1-101", or the household's name when it has no unit on the order. */
  unitLabel: z.string().nullable(),
  assignee: person.nullable(),
  /** The named assignee, else the department or vendor it was dispatched to. */
  assigneeName: z.string().nullable(),
  /** Null for an owner's H5 request until a desk member takes it on. */
  accountableStaff: person.nullable(),
  acceptDueAt: z.string().nullable(),
  completeDueAt: z.string().nullable(),
  overdue: z.boolean(),
  urgeCount: z.number().int(),
  reopenCount: z.number().int(),
  satisfaction: z.number().int().nullable(),
  createdAt: z.string(),
});
export type WorkOrderRow = z.infer<typeof workOrderRowSchema>;

export function keysetPageOf<T extends z.ZodTypeAny>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}
