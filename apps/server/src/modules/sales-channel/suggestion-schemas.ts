import { z } from 'zod';
import { CHANNEL_SIDES } from '@guanjia/domain/sales-channel/channel-sides';
import { SUGGESTION_ACTIONS, SUGGESTION_CATEGORIES, SUGGESTION_STATUSES } from '@guanjia/domain/sales-channel/suggestion-flow';
import { pageOf, pageQuery } from '../../platform/http/paging.js';
import { searchParam } from '../../platform/db/text-search.js';
import { attachmentIds, dateField, historySchema, idRef, named, version } from './schemas.js';

export const raiseSuggestionBody = z
  .object({
    projectId: idRef,
    category: z.enum(SUGGESTION_CATEGORIES),
    title: z.string().trim().min(1).max(200),
    content: z.string().trim().min(1).max(4000),
    dueDate: dateField,
    attachmentIds: attachmentIds.optional(),
    /** Only for an account of both sides: the side it raises the suggestion for. */
    side: z.enum(CHANNEL_SIDES).optional(),
  })
  .strict();
export type RaiseSuggestionBody = z.infer<typeof raiseSuggestionBody>;

/** One body for every step: the answer's text, a note (the reason for sending back), a new due date on sending back. */
export const suggestionActionBody = z
  .object({
    answerText: z.string().trim().max(4000).optional(),
    note: z.string().trim().max(1000).optional(),
    dueDate: dateField.optional(),
    version,
  })
  .strict();
export type SuggestionActionBody = z.infer<typeof suggestionActionBody>;
export const suggestionActionParams = z.object({ id: idRef, action: z.enum(SUGGESTION_ACTIONS) });

export const listSuggestionsQuery = pageQuery.extend({
  projectId: idRef,
  status: z.enum(SUGGESTION_STATUSES).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  /** Addressed to the caller's side, or raised by it. */
  direction: z.enum(['toMySide', 'fromMySide']).optional(),
  q: searchParam,
});
export type ListSuggestionsQuery = z.infer<typeof listSuggestionsQuery>;

export const suggestionSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  number: z.string(),
  category: z.enum(SUGGESTION_CATEGORIES),
  title: z.string(),
  content: z.string(),
  attachmentIds: z.array(z.string()),
  raisedBy: named,
  raisedBySide: z.enum(CHANNEL_SIDES),
  addressedTo: z.enum(CHANNEL_SIDES),
  raisedAt: z.string(),
  dueDate: z.string(),
  status: z.enum(SUGGESTION_STATUSES),
  overdue: z.boolean(),
  answerText: z.string().nullable(),
  answeredBy: named.nullable(),
  answeredAt: z.string().nullable(),
  answerCount: z.number().int(),
  closedBy: named.nullable(),
  closedAt: z.string().nullable(),
  version: z.number().int(),
  allowedActions: z.array(z.enum(SUGGESTION_ACTIONS)),
});
export type SuggestionView = z.infer<typeof suggestionSchema>;
export const suggestionPageSchema = pageOf(suggestionSchema);
export const suggestionDetailSchema = suggestionSchema.extend({ history: historySchema });
export type SuggestionDetailView = z.infer<typeof suggestionDetailSchema>;
