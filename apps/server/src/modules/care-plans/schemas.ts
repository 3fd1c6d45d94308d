import { CARE_PLAN_STATUSES, CARE_RECURRENCE_KINDS, CARE_SUGGESTION_STATUSES } from '@guanjia/domain/care-plans/index';
import { PROFILE_TAGS } from '@guanjia/domain/service-profiles/index';
import { z } from 'zod';
import { pageOf, pageQuery } from '../../platform/http/paging.js';

const id = z.string().min(1).max(64);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const hhmm = z.string().regex(/^\d{2}:\d{2}$/);
const version = z.number().int().min(1);

/** Loose on purpose: the domain's recurrenceProblems names what is missing for the chosen kind. */
export const recurrenceSchema = z.object({
  kind: z.enum(CARE_RECURRENCE_KINDS),
  weekdays: z.array(z.number().int()).max(7).optional(),
  dayOfMonth: z.number().int().optional(),
  days: z.number().int().optional(),
});
export type RecurrenceInput = z.infer<typeof recurrenceSchema>;

const conditionSchema = z.object({ tags: z.array(z.enum(PROFILE_TAGS)).max(PROFILE_TAGS.length), minAge: z.number().int().nullable() });
const actionSchema = z.object({
  key: z.string().max(40),
  title: z.string().max(200),
  categoryNumber: z.number().int(),
  itemNumber: z.number().int(),
  recurrence: recurrenceSchema,
  timeOfDay: hhmm.nullable(),
  fromUsualTimes: z.boolean().optional(),
});

export const projectQuery = z.object({ projectId: id });
export const idParams = z.object({ id });

export const careRuleBody = z.object({
  name: z.string().max(200),
  description: z.string().max(500).nullable().optional(),
  condition: conditionSchema,
  actions: z.array(actionSchema).max(50),
  enabled: z.boolean(),
});
export const createCareRuleBody = careRuleBody.extend({ projectId: id });
export const updateCareRuleBody = careRuleBody.extend({ version });
export type CareRuleBody = z.infer<typeof careRuleBody>;

export const careRuleSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  key: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  condition: conditionSchema,
  actions: z.array(actionSchema.extend({ itemName: z.string().nullable() })),
  enabled: z.boolean(),
  origin: z.enum(['seed', 'custom']),
  updatedAt: z.string(),
  version: z.number(),
  allowedActions: z.array(z.enum(['edit'])),
});
export const careRuleListSchema = z.object({ items: z.array(careRuleSchema) });

const proposalSchema = z.object({
  title: z.string(),
  categoryNumber: z.number(),
  itemNumber: z.number(),
  itemName: z.string().nullable(),
  recurrence: recurrenceSchema,
  timeOfDay: z.string().nullable(),
  note: z.string().nullable(),
});
const person = z.object({ id: z.string(), name: z.string() }).nullable();

export const careSuggestionSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  householdId: z.string(),
  householdLabel: z.string(),
  ruleId: z.string(),
  ruleName: z.string(),
  actionKey: z.string(),
  status: z.enum(CARE_SUGGESTION_STATUSES),
  proposal: proposalSchema,
  decidedBy: person,
  decidedAt: z.string().nullable(),
  declineReason: z.string().nullable(),
  planId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
  allowedActions: z.array(z.enum(['accept', 'adjust', 'decline', 'reconsider'])),
});
export const careSuggestionPageSchema = pageOf(careSuggestionSchema);

export const listSuggestionsQuery = pageQuery.extend({
  projectId: id.optional(),
  householdId: id.optional(),
  status: z.enum(CARE_SUGGESTION_STATUSES).optional(),
});

const assignees = { assigneeDepartmentId: id.nullable().optional(), assigneeUserId: id.nullable().optional() };
export const acceptSuggestionBody = z.object({ version, startOn: date.optional(), ...assignees });
export const adjustSuggestionBody = z.object({
  version,
  startOn: date.optional(),
  title: z.string().max(200).optional(),
  categoryNumber: z.number().int(),
  itemNumber: z.number().int(),
  recurrence: recurrenceSchema,
  timeOfDay: hhmm.nullable(),
  ...assignees,
});
export type AcceptSuggestionBody = z.infer<typeof acceptSuggestionBody>;
export type AdjustSuggestionBody = z.infer<typeof adjustSuggestionBody>;
export const declineSuggestionBody = z.object({ version, reason: z.string().max(500) });
export const versionBody = z.object({ version });
export const refreshBody = z.object({ householdId: id });

export const carePlanSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  householdId: z.string(),
  householdLabel: z.string(),
  suggestionId: z.string().nullable(),
  categoryNumber: z.number(),
  itemNumber: z.number(),
  itemName: z.string(),
  title: z.string(),
  recurrence: recurrenceSchema,
  timeOfDay: z.string().nullable(),
  note: z.string().nullable(),
  startOn: z.string(),
  nextDueOn: z.string().nullable(),
  upcoming: z.array(z.string()),
  status: z.enum(CARE_PLAN_STATUSES),
  accountable: person,
  assigneeDepartment: person,
  assigneeUser: person,
  recent: z.array(z.object({ dueOn: z.string(), status: z.enum(['created', 'skipped']), workOrder: z.object({ id: z.string(), number: z.string(), status: z.string() }).nullable(), skipReason: z.string().nullable() })),
  updatedAt: z.string(),
  version: z.number(),
  allowedActions: z.array(z.enum(['pause', 'resume', 'end'])),
});
export const carePlanPageSchema = pageOf(carePlanSchema);
export const listPlansQuery = pageQuery.extend({
  projectId: id.optional(),
  householdId: id.optional(),
  status: z.enum(CARE_PLAN_STATUSES).optional(),
});
export const planActionParams = z.object({ id, action: z.enum(['pause', 'resume', 'end']) });
