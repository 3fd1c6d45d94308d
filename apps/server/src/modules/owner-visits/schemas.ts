import {
  OWNER_VISIT_CADENCE_MAX_DAYS,
  OWNER_VISIT_CADENCE_MIN_DAYS,
  OWNER_VISIT_FOLLOW_UP_KINDS,
  OWNER_VISIT_KINDS,
  OWNER_VISIT_SATISFACTION_MAX,
  OWNER_VISIT_SATISFACTION_MIN,
  VISIT_STATUSES,
} from '@guanjia/domain/owner-visits/index';
import { z } from 'zod';
import { pageOf, pageQuery } from '../../platform/http/paging.js';
import { dateField } from '../daily-checks/schemas.js';
import { idRef, named, optionalText } from '../../platform/http/schema-parts.js';

export const projectParams = z.object({ projectId: idRef });
export const householdParams = z.object({ householdId: idRef });

export const quarterSchema = z.object({ year: z.number().int(), quarter: z.number().int(), start: z.string(), end: z.string(), label: z.string() });
const householdView = z.object({ id: z.string(), label: z.string(), name: z.string().nullable(), unitCode: z.string(), buildingId: z.string(), buildingName: z.string() });

// --- settings ---
export const cadenceField = z.union([z.literal('quarterly'), z.number().int().min(OWNER_VISIT_CADENCE_MIN_DAYS).max(OWNER_VISIT_CADENCE_MAX_DAYS)]);
export const updateSettingsBody = z.object({ cadence: cadenceField, version: z.number().int().min(0) }).strict();
export type UpdateSettingsBody = z.infer<typeof updateSettingsBody>;
export const settingsSchema = z.object({ projectId: z.string(), cadence: cadenceField, version: z.number().int(), updatedAt: z.string().nullable(), canEdit: z.boolean() });

// --- butler assignment (管家分管) ---
export const listAssignmentsQuery = pageQuery.extend({
  buildingId: idRef.optional(),
  butlerId: idRef.optional(),
  /** Only households nobody looks after yet. */
  unassigned: z.enum(['true', 'false']).optional(),
});
export type ListAssignmentsQuery = z.infer<typeof listAssignmentsQuery>;
export const assignmentSchema = z.object({
  household: householdView,
  butler: named.nullable(),
  /** assigned: by a manager; deal: from the household's latest deal; null: nobody. */
  source: z.enum(['assigned', 'deal']).nullable(),
  assignedAt: z.string().nullable(),
});
export const assignmentPageSchema = pageOf(assignmentSchema);

export const assignButlersBody = z
  .object({
    butlerId: idRef,
    /** 选择楼栋 → 分配管家: every household of the building … */
    buildingId: idRef.nullish(),
    /** … or these households. */
    householdIds: z.array(idRef).max(500).nullish(),
    /** Leave households that already have a butler (assigned or from their deal) as they are. */
    onlyUnassigned: z.boolean().default(false),
  })
  .strict();
export type AssignButlersBody = z.infer<typeof assignButlersBody>;
export const assignResultSchema = z.object({ assigned: z.number().int(), unchanged: z.number().int() });

// --- schedule ---
export const scheduleQuery = pageQuery.extend({
  /** Managers: one butler's list (default: every household of the project); butlers always get their own. */
  butlerId: idRef.optional(),
  buildingId: idRef.optional(),
  status: z.enum(VISIT_STATUSES).optional(),
});
export type ScheduleQuery = z.infer<typeof scheduleQuery>;
export const scheduleItemSchema = z.object({
  household: householdView,
  butler: named.nullable(),
  lastVisitedOn: z.string().nullable(),
  dueOn: z.string(),
  status: z.enum(VISIT_STATUSES),
  plannedOn: z.string().nullable(),
  planVersion: z.number().int(),
});
export const schedulePageSchema = pageOf(scheduleItemSchema).extend({ quarter: quarterSchema, cadence: cadenceField, today: z.string() });

export const planVisitBody = z.object({ plannedOn: dateField.nullable(), version: z.number().int().min(0) }).strict();
export type PlanVisitBody = z.infer<typeof planVisitBody>;
export const planSchema = z.object({ householdId: z.string(), plannedOn: z.string().nullable(), version: z.number().int() });

// --- visits ---
export const followUpField = z
  .object({
    kind: z.enum(OWNER_VISIT_FOLLOW_UP_KINDS).default('request'),
    title: z.string().trim().min(1).max(100),
    description: optionalText(2000),
  })
  .strict();
export const recordVisitBody = z
  .object({
    kind: z.enum(OWNER_VISIT_KINDS),
    visitedAt: z.iso.datetime({ offset: true }),
    contactName: z.string().trim().min(1).max(50),
    summary: z.string().trim().min(1).max(2000),
    satisfaction: z.number().int().min(OWNER_VISIT_SATISFACTION_MIN).max(OWNER_VISIT_SATISFACTION_MAX).nullish(),
    needs: z.array(z.string().trim().min(1).max(200)).max(20).default([]),
    /** Append the needs to the household's service profile (the butler's layer) in the same transaction. */
    addNeedsToProfile: z.boolean().default(false),
    /** Raise a work order for a need (跟进). */
    followUp: followUpField.nullish(),
  })
  .strict();
export type RecordVisitBody = z.infer<typeof recordVisitBody>;

export const listVisitsQuery = pageQuery.extend({
  butlerId: idRef.optional(),
  buildingId: idRef.optional(),
  householdId: idRef.optional(),
  kind: z.enum(OWNER_VISIT_KINDS).optional(),
  from: dateField.optional(),
  to: dateField.optional(),
});
export type ListVisitsQuery = z.infer<typeof listVisitsQuery>;
export const exportVisitsQuery = listVisitsQuery.omit({ page: true, pageSize: true });

export const visitSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  household: householdView,
  butler: named.nullable(),
  visitedBy: named,
  kind: z.enum(OWNER_VISIT_KINDS),
  visitedAt: z.string(),
  visitedOn: z.string(),
  contactName: z.string(),
  summary: z.string(),
  satisfaction: z.number().int().nullable(),
  needs: z.array(z.string()),
  needsInProfile: z.boolean(),
  workOrder: z.object({ id: z.string(), number: z.string() }).nullable(),
  createdAt: z.string(),
});
export type VisitView = z.infer<typeof visitSchema>;
export const visitPageSchema = pageOf(visitSchema);

// --- coverage ---
const coverageRow = z.object({ visited: z.number().int(), assigned: z.number().int(), percent: z.number().int().nullable(), overdue: z.number().int() });
export const coverageSchema = z.object({
  projectId: z.string(),
  quarter: quarterSchema,
  cadence: cadenceField,
  /** The caller's own figures when they are a butler; the whole project's for managers. */
  totals: coverageRow,
  /** Households nobody looks after (managers only; 0 for butlers). */
  unassigned: z.number().int(),
  butlers: z.array(coverageRow.extend({ butler: named })),
});
