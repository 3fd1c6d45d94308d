import { z } from 'zod';
import { CHECKLIST_ITEM_ACTIONS, CHECKLIST_ITEM_STATUSES, CHECKLIST_KINDS } from '@guanjia/domain/sales-preparation/preparation-checklists';
import { SERVICE_PLAN_ACTIONS, SERVICE_PLAN_STATUSES } from '@guanjia/domain/sales-preparation/service-plan-flow';
import { SERVICE_PLAN_SECTIONS } from '@guanjia/domain/sales-preparation/service-plan-template';
import { dateField } from '../daily-checks/schemas.js';
import { named } from '../../platform/http/schema-parts.js';

const idRef = z.string().min(1).max(64);
const version = z.number().int().min(1).optional();
const text = (max: number) => z.string().trim().max(max);
const history = z.array(z.object({ action: z.string(), from: z.string().nullable(), to: z.string().nullable(), actor: named.nullable(), note: z.string().nullable(), at: z.string() }));

export const projectParams = z.object({ projectId: idRef });
export const idParams = z.object({ id: idRef });

export const preAgreementBody = z
  .object({
    projectPositioning: text(4000).default(''),
    salesSupportPositioning: text(4000).default(''),
    contractNumber: text(100).nullish(),
    contractSignedOn: dateField.nullish(),
    termStart: dateField.nullish(),
    termEnd: dateField.nullish(),
    serviceContent: text(8000).default(''),
    serviceRequirements: text(8000).default(''),
    keyTerms: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
    fileIds: z.array(idRef).max(20).default([]),
    /** The version read; required once the record exists. */
    version,
  })
  .strict();
export type PreAgreementBody = z.infer<typeof preAgreementBody>;

const fileRef = z.object({ id: z.string(), originalName: z.string(), contentType: z.string(), size: z.number().int(), url: z.string() });
export const preAgreementSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  projectPositioning: z.string(),
  salesSupportPositioning: z.string(),
  contractNumber: z.string().nullable(),
  contractSignedOn: z.string().nullable(),
  termStart: z.string().nullable(),
  termEnd: z.string().nullable(),
  serviceContent: z.string(),
  serviceRequirements: z.string(),
  keyTerms: z.array(z.string()),
  files: z.array(fileRef),
  updatedBy: named.nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export const preAgreementPageSchema = z.object({
  project: z.object({ id: z.string(), name: z.string() }),
  preAgreement: preAgreementSchema.nullable(),
  history,
  canEdit: z.boolean(),
});

const staffingPost = z.object({ post: text(50), headcount: z.number().int().min(0).max(500) }).strict();
export const updateServicePlanBody = z
  .object({
    serviceModel: text(8000).optional(),
    targetGroup: text(8000).optional(),
    staffing: z.array(staffingPost).max(50).optional(),
    siteServices: z.array(z.string().trim().min(1).max(200)).max(60).optional(),
    materials: text(8000).optional(),
    rules: text(8000).optional(),
    trainingPlan: text(8000).optional(),
    version,
  })
  .strict();
export type UpdateServicePlanBody = z.infer<typeof updateServicePlanBody>;

export const planActionBody = z.object({ note: text(500).optional(), reason: text(500).optional(), version }).strict();
export type PlanActionBody = z.infer<typeof planActionBody>;
/** Approve, reject and supersede come from the approval engine, never from a button. */
export const BUTTON_ACTIONS = ['submit', 'revise', 'cancel'] as const;
export const actionParams = z.object({ id: idRef, action: z.enum(BUTTON_ACTIONS) });

export const servicePlanSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  planVersion: z.number().int(),
  status: z.enum(SERVICE_PLAN_STATUSES),
  serviceModel: z.string(),
  targetGroup: z.string(),
  staffing: z.array(z.object({ post: z.string(), headcount: z.number().int() })),
  siteServices: z.array(z.string()),
  materials: z.string(),
  rules: z.string(),
  trainingPlan: z.string(),
  approvalRequestId: z.string().nullable(),
  submittedBy: named.nullable(),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  supersededAt: z.string().nullable(),
  cancelReason: z.string().nullable(),
  createdBy: named.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export const servicePlanDetailSchema = servicePlanSchema.extend({
  history,
  allowedActions: z.array(z.enum(SERVICE_PLAN_ACTIONS)),
  missingSections: z.array(z.enum(SERVICE_PLAN_SECTIONS)),
  canEdit: z.boolean(),
});
export const servicePlanVersionsSchema = z.object({
  project: z.object({ id: z.string(), name: z.string() }),
  /** Newest first. */
  versions: z.array(servicePlanSchema.pick({ id: true, planVersion: true, status: true, submittedAt: true, decidedAt: true, createdAt: true })),
  /** The version in work, else the one in force, else null. */
  current: servicePlanDetailSchema.nullable(),
  canDraft: z.boolean(),
});

export const generateChecklistsBody = z.object({}).strict();
export const addChecklistItemBody = z
  .object({
    checklist: z.enum(CHECKLIST_KINDS),
    categoryKey: z.string().max(40).optional(),
    title: z.string().trim().min(1).max(200),
    plannedHeadcount: z.number().int().min(0).max(500).optional(),
    quantity: z.number().int().min(0).max(100000).optional(),
  })
  .strict();
export type AddChecklistItemBody = z.infer<typeof addChecklistItemBody>;

export const updateChecklistItemBody = z
  .object({
    title: z.string().trim().min(1).max(200).optional(),
    plannedHeadcount: z.number().int().min(0).max(500).optional(),
    staffNames: z.array(z.string().trim().min(1).max(50)).max(100).optional(),
    quantity: z.number().int().min(0).max(100000).optional(),
    version,
  })
  .strict();
export type UpdateChecklistItemBody = z.infer<typeof updateChecklistItemBody>;

export const assignChecklistItemBody = z.object({ assigneeId: idRef.nullable(), dueDate: dateField.nullable(), version }).strict();
export type AssignChecklistItemBody = z.infer<typeof assignChecklistItemBody>;

export const checklistItemActionBody = z.object({ action: z.enum(CHECKLIST_ITEM_ACTIONS), reason: text(500).optional(), version }).strict();
export type ChecklistItemActionBody = z.infer<typeof checklistItemActionBody>;

export const checklistItemSchema = z.object({
  id: z.string(),
  checklist: z.enum(CHECKLIST_KINDS),
  key: z.string(),
  categoryKey: z.string().nullable(),
  title: z.string(),
  plannedHeadcount: z.number().int().nullable(),
  staffNames: z.array(z.string()),
  quantity: z.number().int().nullable(),
  assignee: named.nullable(),
  dueDate: z.string().nullable(),
  status: z.enum(CHECKLIST_ITEM_STATUSES),
  notApplicableReason: z.string().nullable(),
  doneAt: z.string().nullable(),
  doneBy: named.nullable(),
  overdue: z.boolean(),
  allowedActions: z.array(z.enum(CHECKLIST_ITEM_ACTIONS)),
  version: z.number().int(),
});
const progress = z.object({ total: z.number().int(), done: z.number().int(), notApplicable: z.number().int(), overdue: z.number().int() });
export const checklistsSchema = z.object({
  project: z.object({ id: z.string(), name: z.string() }),
  today: z.string(),
  generated: z.boolean(),
  checklists: z.array(z.object({ kind: z.enum(CHECKLIST_KINDS), progress, items: z.array(checklistItemSchema) })),
  /** Who an item may be given to (the project's property staff); empty unless the caller works the lists. */
  assignees: z.array(named),
  canWork: z.boolean(),
});
