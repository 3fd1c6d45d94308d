import { z } from 'zod';
import { CHANNEL_ITEM_KINDS } from '@guanjia/domain/sales-channel/channel-items';
import { CHANNEL_SIDES } from '@guanjia/domain/sales-channel/channel-sides';
import { CADENCE_MAX_DAYS, CADENCE_MIN_DAYS } from '@guanjia/domain/sales-channel/joint-meeting-flow';
import { DUTY_AREAS, DUTY_ASSIGNEES } from '@guanjia/domain/sales-channel/duties';
import { pageOf, pageQuery } from '../../platform/http/paging.js';
import { dateField } from '../daily-checks/schemas.js';

export const idRef = z.string().min(1).max(64);
export const version = z.number().int().min(1).optional();
export const named = z.object({ id: z.string(), name: z.string() });
export const historySchema = z.array(
  z.object({ action: z.string(), fromStatus: z.string().nullable(), toStatus: z.string().nullable(), note: z.string().nullable(), actor: named, at: z.string() }),
);
export { dateField };

export const idParams = z.object({ id: idRef });
export const projectQuery = z.object({ projectId: idRef });
export const attachmentIds = z.array(idRef).max(9);

// 信息共享
export const postItemBody = z
  .object({
    projectId: idRef,
    kind: z.enum(CHANNEL_ITEM_KINDS),
    title: z.string().trim().min(1).max(200),
    body: z.string().trim().min(1).max(8000),
    periodStart: dateField.nullish(),
    periodEnd: dateField.nullish(),
    attachmentIds: attachmentIds.optional(),
  })
  .strict();
export type PostItemBody = z.infer<typeof postItemBody>;

export const updateItemBody = z
  .object({
    title: z.string().trim().min(1).max(200).optional(),
    body: z.string().trim().min(1).max(8000).optional(),
    periodStart: dateField.nullish(),
    periodEnd: dateField.nullish(),
    attachmentIds: attachmentIds.optional(),
    version,
  })
  .strict();
export type UpdateItemBody = z.infer<typeof updateItemBody>;

export const acknowledgeBody = z.object({ version }).strict();

export const listItemsQuery = pageQuery.extend({
  projectId: idRef,
  kind: z.enum(CHANNEL_ITEM_KINDS).optional(),
  side: z.enum(CHANNEL_SIDES).optional(),
  /** Items still awaiting the other side's acknowledgement. */
  awaiting: z.enum(['true', 'false']).optional(),
});
export type ListItemsQuery = z.infer<typeof listItemsQuery>;

const receipt = z.object({ user: named, side: z.enum(CHANNEL_SIDES), at: z.string() });
export const itemSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  kind: z.enum(CHANNEL_ITEM_KINDS),
  side: z.enum(CHANNEL_SIDES),
  title: z.string(),
  body: z.string(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  attachmentIds: z.array(z.string()),
  postedBy: named,
  postedAt: z.string(),
  editedBy: named.nullable(),
  editedAt: z.string().nullable(),
  version: z.number().int(),
  requiresAcknowledgement: z.boolean(),
  awaitingAcknowledgement: z.boolean(),
  /** Receipts of the current version. */
  acknowledgements: z.array(receipt),
  acknowledgedByMe: z.boolean(),
  canEdit: z.boolean(),
  canAcknowledge: z.boolean(),
});
export type ItemView = z.infer<typeof itemSchema>;
export const itemPageSchema = pageOf(itemSchema);
export const itemDetailSchema = itemSchema.extend({
  versions: z.array(
    z.object({
      version: z.number().int(),
      title: z.string(),
      body: z.string(),
      periodStart: z.string().nullable(),
      periodEnd: z.string().nullable(),
      attachmentIds: z.array(z.string()),
      author: named,
      at: z.string(),
      acknowledgements: z.array(receipt),
    }),
  ),
});
export type ItemDetailView = z.infer<typeof itemDetailSchema>;

// 职责分工
export const createDutyBody = z
  .object({
    projectId: idRef,
    area: z.enum(DUTY_AREAS),
    assignedTo: z.enum(DUTY_ASSIGNEES),
    title: z.string().trim().min(1).max(200),
    description: z.string().trim().min(1).max(2000),
  })
  .strict();
export type CreateDutyBody = z.infer<typeof createDutyBody>;
export const updateDutyBody = z
  .object({
    area: z.enum(DUTY_AREAS).optional(),
    assignedTo: z.enum(DUTY_ASSIGNEES).optional(),
    title: z.string().trim().min(1).max(200).optional(),
    description: z.string().trim().min(1).max(2000).optional(),
    version,
  })
  .strict();
export type UpdateDutyBody = z.infer<typeof updateDutyBody>;
export const removeDutyBody = z.object({ reason: z.string().trim().max(500).optional(), version }).strict();
export type RemoveDutyBody = z.infer<typeof removeDutyBody>;

export const dutySchema = z.object({
  id: z.string(),
  projectId: z.string(),
  area: z.enum(DUTY_AREAS),
  assignedTo: z.enum(DUTY_ASSIGNEES),
  title: z.string(),
  description: z.string(),
  sortOrder: z.number().int(),
  active: z.boolean(),
  updatedBy: named,
  updatedAt: z.string(),
  version: z.number().int(),
});
export type DutyView = z.infer<typeof dutySchema>;
export const dutyListSchema = z.object({ items: z.array(dutySchema), canEdit: z.boolean() });
export const dutyDetailSchema = dutySchema.extend({ history: historySchema.element.extend({ snapshot: z.unknown().nullable() }).array() });

// 会议节奏
export const cadenceBody = z
  .object({ projectId: idRef, everyDays: z.number().int().min(CADENCE_MIN_DAYS).max(CADENCE_MAX_DAYS), startsOn: dateField, version })
  .strict();
export type CadenceBody = z.infer<typeof cadenceBody>;
export const cadenceSchema = z.object({
  projectId: z.string(),
  cadence: z.object({ everyDays: z.number().int(), startsOn: z.string(), version: z.number().int(), updatedBy: named }).nullable(),
  latestMeetingDate: z.string().nullable(),
  nextDueOn: z.string().nullable(),
  overdue: z.boolean(),
  canEdit: z.boolean(),
});

export const peopleSchema = z.object({ items: z.array(z.object({ id: z.string(), name: z.string(), side: z.enum(CHANNEL_SIDES) })) });
