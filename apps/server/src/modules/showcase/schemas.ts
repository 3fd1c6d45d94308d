import { z } from 'zod';
import { BRAND_SHOWCASE_ACTIONS, BRAND_SHOWCASE_PARTS, BRAND_SHOWCASE_STATUSES } from '@guanjia/domain/showcase/showcase-flow';
import { DUTY_SHIFTS } from '@guanjia/domain/showcase/showcase-post';
import { PUBLICITY_ACTIONS, PUBLICITY_KINDS, PUBLICITY_STATUSES, PUBLICITY_TOPICS } from '@guanjia/domain/showcase/publicity';
import { dateField } from '../daily-checks/schemas.js';
import { named } from '../../platform/http/schema-parts.js';

const idRef = z.string().min(1).max(64);
const version = z.number().int().min(1).optional();
const text = (max: number) => z.string().trim().max(max);
const fileRef = z.object({ id: z.string(), name: z.string(), contentType: z.string(), url: z.string() });

export const idParams = z.object({ id: idRef });
export const projectQuery = z.object({ projectId: idRef });

export const createShowcaseBody = z.object({ salesCenterId: idRef }).strict();

export const updateShowcaseBody = z
  .object({
    location: text(200).nullish(),
    areaM2: z.number().positive().max(100000).nullish(),
    layoutPlan: text(8000).nullish(),
    layoutFileIds: z.array(idRef).max(20).optional(),
    decorationStartDate: dateField.nullish(),
    version,
  })
  .strict();
export type UpdateShowcaseBody = z.infer<typeof updateShowcaseBody>;

export const SHOWCASE_BUTTON_ACTIONS = ['submit', 'revise'] as const;
export const showcaseActionParams = z.object({ id: idRef, action: z.enum(SHOWCASE_BUTTON_ACTIONS) });
export const showcaseActionBody = z.object({ note: text(500).optional(), version }).strict();

export const addExplainerBody = z.object({ userId: idRef, trainedOn: dateField.nullish(), trainer: text(100).nullish() }).strict();
export const explainerParams = z.object({ id: idRef, explainerId: idRef });
export const trainingBody = z.object({ trainedOn: dateField, trainer: text(100), active: z.boolean().optional(), version }).strict();
export const dutyBody = z.object({ explainerId: idRef, dutyDate: dateField, shift: z.enum(DUTY_SHIFTS) }).strict();
export const instructionBody = z.object({ fileId: idRef, note: text(500).optional() }).strict();

const sharedItemFields = {
  topic: z.enum(PUBLICITY_TOPICS),
  title: z.string().trim().min(1).max(200),
  summary: text(1000).nullish(),
  body: text(20000).nullish(),
  fileId: idRef.nullish(),
  mediaUrl: z.url({ protocol: /^https?$/ }).max(1000).nullish(),
  displayOrder: z.number().int().min(0).max(9999).optional(),
};
export const createItemBody = z.object({ projectId: idRef, kind: z.enum(PUBLICITY_KINDS), ...sharedItemFields }).strict();
export type CreateItemBody = z.infer<typeof createItemBody>;
export const updateItemBody = z.object({ ...sharedItemFields, topic: sharedItemFields.topic.optional(), title: sharedItemFields.title.optional(), version }).strict();
export type UpdateItemBody = z.infer<typeof updateItemBody>;
export const itemActionParams = z.object({ id: idRef, action: z.enum(PUBLICITY_ACTIONS) });
export const itemActionBody = z.object({ version }).strict();
export const listItemsQuery = z.object({ projectId: idRef, status: z.enum(PUBLICITY_STATUSES).optional() });

export const handoutBody = z.object({ salesCenterId: idRef, date: dateField.optional(), quantity: z.number().int().min(1).max(100000) }).strict();
export const playBody = z.object({ salesCenterId: idRef }).strict();
export const screenQuery = z.object({ salesCenterId: idRef });
export const statsQuery = z.object({ projectId: idRef, from: dateField, to: dateField, salesCenterId: idRef.optional() });

export const publicCodeParams = z.object({ code: z.string().min(16).max(64) });
export const publicItemParams = publicCodeParams.extend({ itemId: idRef });
export const publicFileParams = publicCodeParams.extend({ fileId: idRef });

export const historySchema = z.object({ action: z.string(), fromStatus: z.string().nullable(), toStatus: z.string().nullable(), actor: named.nullable(), note: z.string().nullable(), at: z.string() });

export const explainerSchema = z.object({
  id: z.string(),
  user: named,
  trainedOn: z.string().nullable(),
  trainer: z.string().nullable(),
  trained: z.boolean(),
  active: z.boolean(),
  version: z.number().int(),
});
export const dutySchema = z.object({ id: z.string(), dutyDate: z.string(), shift: z.enum(DUTY_SHIFTS), explainer: named });
export const instructionSchema = z.object({
  id: z.string(),
  versionNo: z.number().int(),
  file: fileRef.nullable(),
  note: z.string().nullable(),
  uploadedBy: named.nullable(),
  createdAt: z.string(),
  current: z.boolean(),
});

export const showcaseSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  salesCenter: named,
  location: z.string().nullable(),
  areaM2: z.number().nullable(),
  layoutPlan: z.string().nullable(),
  layoutFiles: z.array(fileRef),
  decorationStartDate: z.string().nullable(),
  status: z.enum(BRAND_SHOWCASE_STATUSES),
  approvalRequestId: z.string().nullable(),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  /** Decoration has started and the plan is not approved (4.5.2). */
  approvalLate: z.boolean(),
  /** It was sent for approval on or after the decoration start. */
  submittedAfterDecoration: z.boolean(),
  version: z.number().int(),
});
export type ShowcaseView = z.infer<typeof showcaseSchema>;

export const showcaseDetailSchema = showcaseSchema.extend({
  publicCode: z.string(),
  history: z.array(historySchema),
  explainers: z.array(explainerSchema),
  duties: z.array(dutySchema),
  /** Today's explainers at the greeter post, by shift. */
  todayOnDuty: z.array(dutySchema),
  instructions: z.array(instructionSchema),
  allowedActions: z.array(z.enum(BRAND_SHOWCASE_ACTIONS)),
  missingParts: z.array(z.enum(BRAND_SHOWCASE_PARTS)),
  canEdit: z.boolean(),
  canManage: z.boolean(),
});
export type ShowcaseDetailView = z.infer<typeof showcaseDetailSchema>;

/** The project's sales centers, each with its showcase when it has one. */
export const showcaseListSchema = z.object({ items: z.array(z.object({ salesCenter: named, showcase: showcaseSchema.nullable() })) });

export const publicityItemSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  kind: z.enum(PUBLICITY_KINDS),
  topic: z.enum(PUBLICITY_TOPICS),
  title: z.string(),
  summary: z.string().nullable(),
  body: z.string().nullable(),
  file: fileRef.nullable(),
  mediaUrl: z.string().nullable(),
  status: z.enum(PUBLICITY_STATUSES),
  displayOrder: z.number().int(),
  publishedAt: z.string().nullable(),
  version: z.number().int(),
});
export type PublicityItemView = z.infer<typeof publicityItemSchema>;
export const publicityItemDetailSchema = publicityItemSchema.extend({ allowedActions: z.array(z.enum(PUBLICITY_ACTIONS)), canEdit: z.boolean() });
export const publicityListSchema = z.object({ items: z.array(publicityItemDetailSchema) });

export const screenSchema = z.object({ salesCenter: named, items: z.array(publicityItemSchema) });
export const countedSchema = z.object({ itemId: z.string(), counter: z.string(), quantity: z.number().int() });

export const statsSchema = z.object({
  from: z.string(),
  to: z.string(),
  items: z.array(z.object({ item: z.object({ id: z.string(), title: z.string(), kind: z.enum(PUBLICITY_KINDS), topic: z.enum(PUBLICITY_TOPICS), status: z.enum(PUBLICITY_STATUSES) }), handedOut: z.number().int(), played: z.number().int(), viewed: z.number().int() })),
  totals: z.object({ handedOut: z.number().int(), played: z.number().int(), viewed: z.number().int() }),
});

/** What a visitor's phone receives: published items only, no people. */
export const publicItemSchema = z.object({
  id: z.string(),
  kind: z.enum(PUBLICITY_KINDS),
  topic: z.enum(PUBLICITY_TOPICS),
  title: z.string(),
  summary: z.string().nullable(),
  body: z.string().nullable(),
  file: z.object({ name: z.string(), contentType: z.string(), url: z.string() }).nullable(),
  mediaUrl: z.string().nullable(),
});
export const publicShowcaseSchema = z.object({ projectName: z.string(), salesCenterName: z.string(), items: z.array(publicItemSchema) });
