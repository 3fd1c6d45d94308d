import { z } from 'zod';
import { CHANNEL_SIDES } from '@guanjia/domain/sales-channel/channel-sides';
import { ACTION_ITEM_ACTIONS, ACTION_ITEM_STATUSES, JOINT_MEETING_ACTIONS, JOINT_MEETING_STATUSES } from '@guanjia/domain/sales-channel/joint-meeting-flow';
import { pageOf, pageQuery } from '../../platform/http/paging.js';
import { dateField, historySchema, idRef, named, version } from './schemas.js';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'field.invalidFormat');
const guestNames = z.array(z.string().trim().min(1).max(50)).max(30);

export const scheduleMeetingBody = z
  .object({
    projectId: idRef,
    meetingDate: dateField,
    startTime: hhmm.nullish(),
    title: z.string().trim().max(200).optional(),
    location: z.string().trim().max(200).nullish(),
    attendeeIds: z.array(idRef).max(50),
    guestNames: guestNames.optional(),
    agenda: z.string().trim().max(4000).nullish(),
  })
  .strict();
export type ScheduleMeetingBody = z.infer<typeof scheduleMeetingBody>;

export const updateMeetingBody = z
  .object({
    meetingDate: dateField.optional(),
    startTime: hhmm.nullish(),
    title: z.string().trim().min(1).max(200).optional(),
    location: z.string().trim().max(200).nullish(),
    attendeeIds: z.array(idRef).max(50).optional(),
    guestNames: guestNames.optional(),
    agenda: z.string().trim().max(4000).nullish(),
    minutes: z.string().trim().max(20000).nullish(),
    version,
  })
  .strict();
export type UpdateMeetingBody = z.infer<typeof updateMeetingBody>;

export const meetingActionBody = z.object({ reason: z.string().trim().max(500).optional(), version }).strict();
export type MeetingActionBody = z.infer<typeof meetingActionBody>;
export const meetingActionParams = z.object({ id: idRef, action: z.enum(JOINT_MEETING_ACTIONS) });

export const actionItemInput = z
  .object({ description: z.string().trim().min(1).max(1000), ownerId: idRef, dueDate: dateField })
  .strict();
export type ActionItemInput = z.infer<typeof actionItemInput>;
export const updateActionItemBody = z
  .object({ description: z.string().trim().min(1).max(1000).optional(), ownerId: idRef.optional(), dueDate: dateField.optional(), version })
  .strict();
export type UpdateActionItemBody = z.infer<typeof updateActionItemBody>;
export const actionItemStepBody = z.object({ note: z.string().trim().max(1000).optional(), version }).strict();
export type ActionItemStepBody = z.infer<typeof actionItemStepBody>;
export const actionItemActionParams = z.object({ id: idRef, action: z.enum(ACTION_ITEM_ACTIONS) });

export const listMeetingsQuery = pageQuery.extend({ projectId: idRef, status: z.enum(JOINT_MEETING_STATUSES).optional() });
export type ListMeetingsQuery = z.infer<typeof listMeetingsQuery>;
export const listActionItemsQuery = pageQuery.extend({
  projectId: idRef,
  status: z.enum(ACTION_ITEM_STATUSES).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  mine: z.enum(['true', 'false']).optional(),
});
export type ListActionItemsQuery = z.infer<typeof listActionItemsQuery>;

const person = named.extend({ side: z.enum(CHANNEL_SIDES).nullable() });
export const actionItemSchema = z.object({
  id: z.string(),
  meetingId: z.string(),
  raisedOn: z.string(),
  description: z.string(),
  owner: person,
  dueDate: z.string(),
  status: z.enum(ACTION_ITEM_STATUSES),
  overdue: z.boolean(),
  doneNote: z.string().nullable(),
  doneBy: named.nullable(),
  doneAt: z.string().nullable(),
  version: z.number().int(),
  allowedActions: z.array(z.enum(ACTION_ITEM_ACTIONS)),
  canEdit: z.boolean(),
});
export type ActionItemView = z.infer<typeof actionItemSchema>;
export const actionItemPageSchema = pageOf(actionItemSchema);

export const meetingSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  meetingDate: z.string(),
  startTime: z.string().nullable(),
  title: z.string(),
  location: z.string().nullable(),
  attendees: z.array(person),
  guestNames: z.array(z.string()),
  agenda: z.string().nullable(),
  minutes: z.string().nullable(),
  status: z.enum(JOINT_MEETING_STATUSES),
  createdBy: named,
  finalisedBy: named.nullable(),
  finalisedAt: z.string().nullable(),
  cancelReason: z.string().nullable(),
  version: z.number().int(),
  actionItemCount: z.number().int(),
  openActionItems: z.number().int(),
  overdueActionItems: z.number().int(),
  allowedActions: z.array(z.enum(JOINT_MEETING_ACTIONS)),
  canEdit: z.boolean(),
});
export type MeetingView = z.infer<typeof meetingSchema>;
export const meetingPageSchema = pageOf(meetingSchema);
export const meetingDetailSchema = meetingSchema.extend({
  actionItems: z.array(actionItemSchema),
  /** Open items of earlier meetings, still open on this meeting's date: what to follow up. */
  carriedItems: z.array(actionItemSchema),
  history: historySchema,
});
export type MeetingDetailView = z.infer<typeof meetingDetailSchema>;
