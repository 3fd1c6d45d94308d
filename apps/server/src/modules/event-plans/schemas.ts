import { z } from 'zod';
import { EVENT_PLAN_ACTIONS, EVENT_PLAN_KINDS, EVENT_PLAN_PARTS, EVENT_PLAN_STATUSES } from '@guanjia/domain/event-plans/event-plan-flow';
import { pageOf, pageQuery } from '../../platform/http/paging.js';
import { dateField } from '../daily-checks/schemas.js';
import { named } from '../../platform/http/schema-parts.js';

const idRef = z.string().min(1).max(64);
const version = z.number().int().min(1).optional();
const text = (max: number) => z.string().trim().max(max);

export const idParams = z.object({ id: idRef });
export const taskParams = z.object({ id: idRef, taskId: idRef });

const leadGroupMember = z.object({ name: text(50), role: text(50) }).strict();
const assignment = z.object({ owner: text(50), duty: text(500) }).strict();

export const createEventPlanBody = z
  .object({
    projectId: idRef,
    salesCenterId: idRef.nullish(),
    kind: z.enum(EVENT_PLAN_KINDS),
    title: z.string().trim().min(1).max(200),
    eventDate: dateField,
    major: z.boolean().default(true),
  })
  .strict();
export type CreateEventPlanBody = z.infer<typeof createEventPlanBody>;

/** The plan's parts, edited while it is a draft. */
export const updateEventPlanBody = z
  .object({
    salesCenterId: idRef.nullish(),
    title: z.string().trim().min(1).max(200).optional(),
    major: z.boolean().optional(),
    eventLeadGroup: z.array(leadGroupMember).max(30).optional(),
    assignments: z.array(assignment).max(50).optional(),
    orderPlan: text(8000).optional(),
    emergencyPlan: text(8000).optional(),
    version,
  })
  .strict();
export type UpdateEventPlanBody = z.infer<typeof updateEventPlanBody>;

export const addTaskBody = z
  .object({
    title: z.string().trim().min(1).max(200),
    daysBefore: z.number().int().min(0).max(365),
    officeOnly: z.boolean().default(false),
  })
  .strict();
export type AddTaskBody = z.infer<typeof addTaskBody>;

export const updateTaskBody = z
  .object({
    title: z.string().trim().min(1).max(200).optional(),
    daysBefore: z.number().int().min(0).max(365).optional(),
    officeOnly: z.boolean().optional(),
    version,
  })
  .strict();
export type UpdateTaskBody = z.infer<typeof updateTaskBody>;

export const assignTaskBody = z.object({ ownerId: idRef.nullable(), version }).strict();
export type AssignTaskBody = z.infer<typeof assignTaskBody>;

export const markTaskBody = z.object({ done: z.boolean(), version }).strict();
export type MarkTaskBody = z.infer<typeof markTaskBody>;

export const rescheduleBody = z.object({ eventDate: dateField, version }).strict();
export type RescheduleBody = z.infer<typeof rescheduleBody>;

/** One body for the buttons: a note (submit, revise, hold), the reason (cancel), or the review. */
export const planActionBody = z
  .object({
    note: text(500).optional(),
    reason: text(500).optional(),
    wentWell: text(4000).optional(),
    problems: text(4000).optional(),
    photoIds: z.array(idRef).max(20).optional(),
    version,
  })
  .strict();
export type PlanActionBody = z.infer<typeof planActionBody>;
/** Approve and reject come from the approval engine, never from a button. */
export const BUTTON_ACTIONS = ['submit', 'revise', 'hold', 'review', 'cancel'] as const;
export const actionParams = z.object({ id: idRef, action: z.enum(BUTTON_ACTIONS) });

export const confirmRehearsalBody = z.object({ note: text(500).optional(), version }).strict();

export const listEventPlansQuery = pageQuery.extend({
  projectId: idRef.optional(),
  status: z.enum(EVENT_PLAN_STATUSES).optional(),
  kind: z.enum(EVENT_PLAN_KINDS).optional(),
  from: dateField.optional(),
  to: dateField.optional(),
});
export type ListEventPlansQuery = z.infer<typeof listEventPlansQuery>;

export const rehearsalsQuery = z.object({ projectId: idRef, from: dateField.optional() });

export const eventPlanSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  salesCenter: named.nullable(),
  kind: z.enum(EVENT_PLAN_KINDS),
  title: z.string(),
  eventDate: z.string(),
  rehearsalDate: z.string(),
  major: z.boolean(),
  eventLeadGroup: z.array(z.object({ name: z.string(), role: z.string() })),
  assignments: z.array(z.object({ owner: z.string(), duty: z.string() })),
  orderPlan: z.string(),
  emergencyPlan: z.string(),
  status: z.enum(EVENT_PLAN_STATUSES),
  approvalRequestId: z.string().nullable(),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  heldAt: z.string().nullable(),
  review: z
    .object({ wentWell: z.string(), problems: z.string(), photoIds: z.array(z.string()), reviewedBy: named.nullable(), reviewedAt: z.string() })
    .nullable(),
  rehearsalConfirmedBy: named.nullable(),
  rehearsalConfirmedAt: z.string().nullable(),
  cancelReason: z.string().nullable(),
  createdBy: named.nullable(),
  taskCount: z.number().int(),
  doneCount: z.number().int(),
  overdueCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type EventPlanView = z.infer<typeof eventPlanSchema>;

export const eventPlanTaskSchema = z.object({
  id: z.string(),
  key: z.string(),
  title: z.string(),
  daysBefore: z.number().int(),
  officeOnly: z.boolean(),
  rehearsal: z.boolean(),
  dueDate: z.string(),
  movedFrom: z.string().nullable(),
  source: z.string().nullable(),
  owner: named.nullable(),
  done: z.boolean(),
  doneAt: z.string().nullable(),
  doneBy: named.nullable(),
  overdue: z.boolean(),
  version: z.number().int(),
});
export type EventPlanTaskView = z.infer<typeof eventPlanTaskSchema>;

export const eventPlanHistorySchema = z.object({
  action: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string().nullable(),
  actor: named.nullable(),
  note: z.string().nullable(),
  at: z.string(),
});

export const eventPlanDetailSchema = eventPlanSchema.extend({
  tasks: z.array(eventPlanTaskSchema),
  history: z.array(eventPlanHistorySchema),
  /** The buttons the caller may press now. */
  allowedActions: z.array(z.enum(EVENT_PLAN_ACTIONS)),
  /** The parts submission still needs (empty when it may be submitted). */
  missingParts: z.array(z.enum(EVENT_PLAN_PARTS)),
  canEdit: z.boolean(),
  canReschedule: z.boolean(),
  canWorkTasks: z.boolean(),
  canConfirmRehearsal: z.boolean(),
});
export type EventPlanDetailView = z.infer<typeof eventPlanDetailSchema>;

export const eventPlanPageSchema = pageOf(eventPlanSchema);

export const rehearsalSchema = z.object({
  planId: z.string(),
  title: z.string(),
  kind: z.enum(EVENT_PLAN_KINDS),
  salesCenter: named.nullable(),
  eventDate: z.string(),
  rehearsalDate: z.string(),
  status: z.enum(EVENT_PLAN_STATUSES),
  confirmedBy: named.nullable(),
  confirmedAt: z.string().nullable(),
  eventLead: named.nullable(),
  version: z.number().int(),
});
export const rehearsalListSchema = z.object({ items: z.array(rehearsalSchema) });
