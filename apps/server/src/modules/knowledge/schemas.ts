import { z } from 'zod';
import { KNOWLEDGE_BANKS, KNOWLEDGE_VERSION_ACTIONS, KNOWLEDGE_VERSION_STATUSES } from '@guanjia/domain/knowledge/knowledge-flow';
import { pageQuery } from '../../platform/http/paging.js';

const idRef = z.string().min(1).max(64);
const question = z.string().trim().min(1).max(200);
/** A draft may still lack its answer; submitting or publishing requires one (knowledge.field.answerRequired). */
const answer = z.string().trim().max(4000);
const keywords = z.array(z.string().trim().min(1).max(30)).max(20);
const category = z.string().trim().min(1).max(40);
const comment = z.string().trim().max(1000);
const bank = z.enum(KNOWLEDGE_BANKS);

export const idParams = z.object({ id: idRef });

const person = z.object({ id: z.string(), name: z.string() });

export const versionEventSchema = z.object({
  action: z.string(),
  fromStatus: z.enum(KNOWLEDGE_VERSION_STATUSES).nullable(),
  toStatus: z.enum(KNOWLEDGE_VERSION_STATUSES),
  actor: person,
  comment: z.string().nullable(),
  at: z.string(),
});

export const versionSchema = z.object({
  id: z.string(),
  entryId: z.string(),
  number: z.number().int(),
  question: z.string(),
  keywords: z.array(z.string()),
  answer: z.string(),
  status: z.enum(KNOWLEDGE_VERSION_STATUSES),
  author: person,
  submittedBy: person.nullable(),
  submittedAt: z.string().nullable(),
  approvalRequestId: z.string().nullable(),
  approvedBy: person.nullable(),
  publishedAt: z.string().nullable(),
  supersededAt: z.string().nullable(),
  retiredAt: z.string().nullable(),
  rejectedBy: person.nullable(),
  rejectedAt: z.string().nullable(),
  rejectionReason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  /** What the caller may do with it now: the web shows exactly these buttons (plus edit for drafts). */
  allowedActions: z.array(z.enum(KNOWLEDGE_VERSION_ACTIONS)),
  canEdit: z.boolean(),
  events: z.array(versionEventSchema),
});
export type VersionView = z.infer<typeof versionSchema>;

export const ENTRY_STATES = ['published', 'draft', 'retired'] as const;

export const entrySchema = z.object({
  id: z.string(),
  projectId: z.string(),
  bank,
  category: z.string(),
  title: z.string(),
  /** published: the desk shows an answer; draft: none yet; retired: taken off the desk. */
  state: z.enum(ENTRY_STATES),
  publishedVersionId: z.string().nullable(),
  publishedAt: z.string().nullable(),
  retiredAt: z.string().nullable(),
  /** Versions waiting for the marketing lead or the manager. */
  pendingCount: z.number().int(),
  draftCount: z.number().int(),
  versionCount: z.number().int(),
  sourceDeskLogId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Send it back with publish and retire: a publication meanwhile makes them 409. */
  version: z.number().int(),
});
export type EntryView = z.infer<typeof entrySchema>;

export const entryDetailSchema = entrySchema.extend({
  publishedVersion: versionSchema.nullable(),
  /** Newest first. */
  versions: z.array(versionSchema),
  /** May the caller add a version (an editor of the bank). */
  canAddVersion: z.boolean(),
});
export type EntryDetailView = z.infer<typeof entryDetailSchema>;

export const listEntriesQuery = pageQuery.extend({
  projectId: idRef,
  bank: bank.optional(),
  category: category.optional(),
  state: z.enum([...ENTRY_STATES, 'pending']).optional(),
  q: z.string().trim().max(100).optional(),
});
export type ListEntriesQuery = z.infer<typeof listEntriesQuery>;

export const createEntryBody = z
  .object({
    projectId: idRef,
    bank,
    category,
    question,
    keywords: keywords.default([]),
    answer: answer.default(''),
  })
  .strict();
export type CreateEntryBody = z.infer<typeof createEntryBody>;

export const createVersionBody = z.object({ question, keywords: keywords.default([]), answer: answer.default('') }).strict();
export type CreateVersionBody = z.infer<typeof createVersionBody>;

export const updateVersionBody = z
  .object({ question: question.optional(), keywords: keywords.optional(), answer: answer.optional(), version: z.number().int().min(1).optional() })
  .strict();
export type UpdateVersionBody = z.infer<typeof updateVersionBody>;

export const commentBody = z.object({ comment: comment.optional() }).strict();
export const rejectBody = z.object({ comment: comment.min(1) }).strict();
/** Publishing and retiring change what the desk shows, so the caller says which state of the entry it saw. */
export const publishBody = z.object({ entryVersion: z.number().int().min(1), comment: comment.optional() }).strict();
export const retireBody = z.object({ entryVersion: z.number().int().min(1), comment: comment.optional() }).strict();

export const searchQuery = z.object({
  projectId: idRef,
  q: z.string().trim().min(1).max(100),
  bank: bank.optional(),
  limit: z.coerce.number().int().min(1).max(20).default(5),
});
export type SearchQuery = z.infer<typeof searchQuery>;

export const searchResultSchema = z.object({
  entryId: z.string(),
  versionId: z.string(),
  bank,
  category: z.string(),
  question: z.string(),
  answer: z.string(),
  keywords: z.array(z.string()),
  score: z.number(),
  /** The parts of the question that matched this entry. */
  matchedTerms: z.array(z.string()),
});
export type SearchResultView = z.infer<typeof searchResultSchema>;

export const searchResponseSchema = z.object({
  q: z.string(),
  /** The question's meaningful words, as the search understood them. */
  words: z.array(z.string()),
  items: z.array(searchResultSchema),
});

export const DESK_LOG_FILTERS = ['all', 'answered', 'unanswered'] as const;

export const deskLogSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  salesCenterId: z.string().nullable(),
  question: z.string(),
  entryId: z.string().nullable(),
  versionId: z.string().nullable(),
  /** The entry's current title, for display. */
  entryTitle: z.string().nullable(),
  bank: bank.nullable(),
  answerGiven: z.string().nullable(),
  answered: z.boolean(),
  answeredBy: person,
  askedAt: z.string(),
  draftEntryId: z.string().nullable(),
  version: z.number().int(),
});
export type DeskLogView = z.infer<typeof deskLogSchema>;

export const logDeskQuestionBody = z
  .object({
    projectId: idRef,
    question,
    /** The entry whose published answer was given; null or absent: the bank had no good answer. */
    entryId: idRef.nullable().optional(),
    /** What was said; defaults to the entry's published answer. */
    answerGiven: z.string().trim().max(4000).optional(),
    salesCenterId: idRef.optional(),
  })
  .strict();
export type LogDeskQuestionBody = z.infer<typeof logDeskQuestionBody>;

export const listDeskLogQuery = pageQuery.extend({
  projectId: idRef,
  filter: z.enum(DESK_LOG_FILTERS).default('all'),
});
export type ListDeskLogQuery = z.infer<typeof listDeskLogQuery>;

export const draftFromDeskLogBody = z
  .object({
    bank,
    category,
    question: question.optional(),
    keywords: keywords.default([]),
    answer: answer.optional(),
    version: z.number().int().min(1).optional(),
  })
  .strict();
export type DraftFromDeskLogBody = z.infer<typeof draftFromDeskLogBody>;
