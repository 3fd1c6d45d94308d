import { z } from 'zod';
import { DISPATCH_MODES, ROLES, WORK_ORDER_ACTIONS, WORK_ORDER_CHANNELS, WORK_ORDER_KINDS, WORK_ORDER_STATUSES } from '@guanjia/domain';
import { fileSchema } from '../files/schemas.js';
import { compiledResponse } from '../../platform/http/serializer.js';
import { named } from '../../platform/http/schema-parts.js';

const refId = z.string().min(1).max(64);
const dateField = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'field.invalidFormat')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), { message: 'field.invalidFormat' });
const timeField = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'field.invalidFormat');
const reason = z.string().trim().min(1).max(500);
const note = z.string().trim().max(1000);
const version = z.number().int().min(1).optional();
const photoIds = z.array(refId).max(9);

export const workOrderParams = z.object({ id: refId });

/** What an owner sends from H5: the channel is H5 and the requester is the owner themself. */
export const h5CreateWorkOrderBody = z
  .object({
    projectId: refId,
    kind: z.enum(WORK_ORDER_KINDS),
    serviceItemId: refId.nullish(),
    title: z.string().trim().max(200).nullish(),
    description: z.string().trim().max(4000).nullish(),
    householdId: refId,
    requesterName: z.string().trim().max(100).nullish(),
    requesterPhone: z.string().trim().max(30).nullish(),
    serviceDate: dateField.nullish(),
    serviceStart: timeField.nullish(),
    serviceEnd: timeField.nullish(),
    emergency: z.boolean().optional(),
    photoIds: photoIds.optional(),
    leadOverrideReason: z.string().trim().max(500).nullish(),
  })
  .strict();

/** A visitor's complaint or question at a sales center: where, and the reply-by date agreed with them. */
const siteFields = {
  salesCenterId: refId.nullish(),
  location: z.string().trim().max(200).nullish(),
  replyBy: dateField.nullish(),
};

/** A desk member records an order by phone, visit or web, for a household or a named requester. */
export const createWorkOrderBody = h5CreateWorkOrderBody
  .extend({
    channel: z.enum(WORK_ORDER_CHANNELS),
    householdId: refId.nullish(),
    unitId: refId.nullish(),
    ...siteFields,
  })
  .strict();

export const versionBody = z.object({ version }).strict();
export const reasonBody = z.object({ reason, version }).strict();
export const dispatchBody = z
  .object({
    mode: z.enum(DISPATCH_MODES),
    departmentId: refId.nullish(),
    userId: refId.nullish(),
    vendorId: refId.nullish(),
    note: note.nullish(),
    version,
  })
  .strict();
export const completeBody = z.object({ note: note.nullish(), photoIds: photoIds.optional(), version }).strict();
export const urgeBody = z.object({ note: note.nullish() }).strict();
export const resolveBody = z.object({ note: reason, photoIds: photoIds.optional(), satisfaction: z.number().int().min(1).max(5).nullish(), version }).strict();
export const replyByBody = z.object({ replyBy: dateField, reason: z.string().trim().max(500).nullish(), version }).strict();
export const replyBody = z.object({ note: z.string().trim().min(1).max(1000), version }).strict();
export const transferAccountabilityBody = z.object({ userId: refId, reason, version }).strict();

const person = z.object({ id: z.string(), name: z.string() });

const eventSchema = z.object({
  id: z.string(),
  action: z.string().describe('a work-order action or event: create, urge, transferAccountability, override, escalate, returnVisit …'),
  fromStatus: z.enum(WORK_ORDER_STATUSES).nullable(),
  toStatus: z.enum(WORK_ORDER_STATUSES).nullable(),
  actor: person.nullable(),
  reason: z.string().nullable(),
  data: z.record(z.string(), z.unknown()).nullable(),
  at: z.string(),
});

const slaSchema = {
  acceptDueAt: z.string().nullable(),
  completeDueAt: z.string().nullable(),
  acceptOverdue: z.boolean(),
  completeOverdue: z.boolean(),
};

/** The staff detail page: everything about one order, with the buttons the caller may press. */
export const workOrderDetailSchema = compiledResponse(
  z.object({
    id: z.string(),
    number: z.string(),
    projectId: z.string(),
    projectName: z.string(),
    kind: z.enum(WORK_ORDER_KINDS),
    status: z.enum(WORK_ORDER_STATUSES),
    channel: z.enum(WORK_ORDER_CHANNELS),
    category: z.object({ number: z.number().int(), name: z.string() }).nullable(),
    serviceItem: z.object({ id: z.string(), number: z.number().int(), name: z.string() }).nullable(),
    title: z.string(),
    description: z.string().nullable(),
    emergency: z.boolean(),
    household: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
    unit: z.object({ id: z.string(), code: z.string(), buildingId: z.string(), buildingName: z.string() }).nullable(),
    requester: z.object({ userId: z.string().nullable(), name: z.string(), phone: z.string().nullable(), phoneRevealable: z.boolean() }),
    accountableStaff: person.nullable(),
    createdBy: person,
    serviceDate: z.string().nullable(),
    serviceStart: z.string().nullable(),
    serviceEnd: z.string().nullable(),
    leadOverrideReason: z.string().nullable(),
    dispatchMode: z.enum(DISPATCH_MODES).nullable(),
    assignee: person.nullable(),
    assigneeDepartment: named.nullable(),
    assigneeVendor: named.nullable(),
    assignedToActor: z.boolean(),
    assignmentAcceptedAt: z.string().nullable(),
    acceptedAt: z.string().nullable(),
    startedAt: z.string().nullable(),
    completedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    cancelledAt: z.string().nullable(),
    ...slaSchema,
    overdue: z.boolean(),
    escalationLevel: z.number().int(),
    reopenCount: z.number().int(),
    urgeCount: z.number().int(),
    returnVisitRequired: z.boolean(),
    satisfaction: z.number().int().nullable(),
    photos: z.array(fileSchema),
    completionNote: z.string().nullable(),
    completionPhotos: z.array(fileSchema),
    events: z.array(eventSchema),
    allowedActions: z.array(z.enum(WORK_ORDER_ACTIONS)),
    canUrge: z.boolean(),
    canTransferAccountability: z.boolean(),
    salesCenter: named.nullable(),
    location: z.string().nullable(),
    replyBy: z.string().nullable().describe('约定回复日期, Asia/Shanghai'),
    repliedAt: z.string().nullable(),
    replyNote: z.string().nullable(),
    replyOverdue: z.boolean(),
    canReply: z.boolean().describe('the caller may agree or move the reply-by date and record the reply'),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
);
export type WorkOrderDetail = z.infer<typeof workOrderDetailSchema>;

/** The owner's view: status, promised times, a timeline without internal notes. */
export const h5WorkOrderSchema = z.object({
  id: z.string(),
  number: z.string(),
  projectId: z.string(),
  kind: z.enum(WORK_ORDER_KINDS),
  status: z.enum(WORK_ORDER_STATUSES),
  title: z.string(),
  description: z.string().nullable(),
  category: z.object({ number: z.number().int(), name: z.string() }).nullable(),
  serviceItem: z.object({ id: z.string(), number: z.number().int(), name: z.string() }).nullable(),
  emergency: z.boolean(),
  householdId: z.string().nullable(),
  unitLabel: z.string().nullable(),
  serviceDate: z.string().nullable(),
  serviceStart: z.string().nullable(),
  serviceEnd: z.string().nullable(),
  ...slaSchema,
  /** Who works on it once assigned: the worker, else the department or vendor (never a phone). */
  handlerName: z.string().nullable(),
  urgeCount: z.number().int(),
  reopenCount: z.number().int(),
  satisfaction: z.number().int().nullable(),
  photos: z.array(fileSchema),
  timeline: z.array(
    z.object({
      action: z.string(),
      toStatus: z.enum(WORK_ORDER_STATUSES).nullable(),
      /** Shown only for what the requester said (cancel, reopen, urge). */
      reason: z.string().nullable(),
      at: z.string(),
    }),
  ),
  allowedActions: z.array(z.enum(WORK_ORDER_ACTIONS)),
  canUrge: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type H5WorkOrder = z.infer<typeof h5WorkOrderSchema>;

export const h5ListQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
  status: z.enum(WORK_ORDER_STATUSES).optional(),
});

export const h5WorkOrderItemSchema = z.object({
  id: z.string(),
  number: z.string(),
  kind: z.enum(WORK_ORDER_KINDS),
  status: z.enum(WORK_ORDER_STATUSES),
  title: z.string(),
  serviceDate: z.string().nullable(),
  serviceStart: z.string().nullable(),
  serviceEnd: z.string().nullable(),
  completeDueAt: z.string().nullable(),
  createdAt: z.string(),
});

export const assigneesQuery = z.object({ projectId: refId });

const roleList = z.array(z.enum(ROLES));
/** Whom the desk may dispatch to or hand accountability to; names only, never a phone. */
export const workOrderAssigneesSchema = z.object({
  departments: z.array(named),
  workers: z.array(
    named.extend({
      roles: roleList,
      departmentId: z.string().nullable(),
      departmentName: z.string().nullable(),
      vendorId: z.string().nullable(),
    }),
  ),
  vendors: z.array(named),
  /** The project's desk: whom a manager may make accountable (首问责任). */
  deskStaff: z.array(named.extend({ roles: roleList })),
});
