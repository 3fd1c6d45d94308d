import { BROADCAST_ACTIONS, BROADCAST_STATUSES, MESSAGE_CHANNELS, MESSAGE_STATUSES, MESSAGE_TOPIC_CODES } from '@guanjia/domain/messaging/index';
import { PROFILE_TAGS } from '@guanjia/domain/service-profiles/index';
import { z } from 'zod';
import { pageOf, pageQuery } from '../../platform/http/paging.js';
import { named } from '../../platform/http/schema-parts.js';

const idRef = z.string().min(1).max(64);
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'field.invalidFormat');
const topicField = z.string().refine((v) => MESSAGE_TOPIC_CODES.includes(v), 'messaging.field.unknownTopic');
const channelField = z.enum(MESSAGE_CHANNELS);
const variablesField = z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), z.string().max(500));

export const idParams = z.object({ id: idRef });
export const ownerParams = z.object({ ownerId: idRef });
export const topicParams = z.object({ topic: topicField });
export const projectQuery = z.object({ projectId: idRef });

export const listMessagesQuery = pageQuery.extend({
  projectId: idRef,
  status: z.enum(MESSAGE_STATUSES).optional(),
  channel: channelField.optional(),
  topic: topicField.optional(),
  broadcastId: idRef.optional(),
  ownerId: idRef.optional(),
});
export type ListMessagesQuery = z.infer<typeof listMessagesQuery>;

export const messageSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  channel: channelField,
  topic: z.string(),
  owner: named.nullable(),
  user: named.nullable(),
  /** Phone or e-mail; a phone is masked for roles that do not see personal data in full. */
  address: z.string().nullable(),
  title: z.string(),
  body: z.string(),
  status: z.enum(MESSAGE_STATUSES),
  attempts: z.number().int(),
  urgent: z.boolean(),
  requestedTime: z.boolean(),
  notBefore: z.string(),
  /** Held back by quiet hours (or sent at the time the owner asked for). */
  deferred: z.boolean(),
  nextAttemptAt: z.string(),
  providerMessageId: z.string().nullable(),
  /** The reason code or the provider's words, and the reason in the reader's language. */
  lastError: z.string().nullable(),
  lastErrorText: z.string().nullable(),
  sentAt: z.string().nullable(),
  broadcastId: z.string().nullable(),
  createdAt: z.string(),
  allowedActions: z.array(z.enum(['resend'])),
});
export type MessageView = z.infer<typeof messageSchema>;
export const messagePageSchema = pageOf(messageSchema);
export const messageDetailSchema = messageSchema.extend({
  events: z.array(z.object({ id: z.string(), action: z.string(), status: z.string(), detail: z.string().nullable(), actor: named.nullable(), createdAt: z.string() })),
});

export const createBroadcastBody = z
  .object({
    projectId: idRef,
    /** None: every building of the project. */
    buildingIds: z.array(idRef).max(500).nullish(),
    /** Only households whose profile carries any of these care tags (elderly, holiday home …). */
    tags: z.array(z.enum(PROFILE_TAGS)).max(PROFILE_TAGS.length).nullish(),
    topic: topicField,
    channel: channelField,
    title: z.string().trim().max(60).nullish(),
    /** Fills ${content} of the topic's template. */
    text: z.string().trim().min(1).max(500).nullish(),
    variables: variablesField.nullish(),
    urgent: z.boolean().optional(),
    /** The composer makes one per draft, so a double click or a retried post queues once. */
    idempotencyKey: z.string().min(8).max(100).optional(),
  })
  .strict();
export type CreateBroadcastBody = z.infer<typeof createBroadcastBody>;

export const audienceQuery = z.object({
  projectId: idRef,
  /** Comma-separated building ids. */
  buildingIds: z.string().max(20_000).optional(),
  /** Comma-separated care tags. */
  tags: z
    .string()
    .max(200)
    .optional()
    .refine((v) => !v || v.split(',').every((t) => !t || (PROFILE_TAGS as readonly string[]).includes(t)), 'messaging.field.unknownTag'),
  topic: topicField,
  channel: channelField,
});

export const audienceSchema = z.object({ audience: z.number().int(), optedOut: z.number().int(), unreachable: z.number().int(), reachable: z.number().int() });

const progressSchema = z.object({ queued: z.number().int(), sending: z.number().int(), sent: z.number().int(), failed: z.number().int(), suppressed: z.number().int() });
export const broadcastSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  buildingIds: z.array(z.string()).nullable(),
  tags: z.array(z.string()).nullable(),
  topic: z.string(),
  channel: channelField,
  title: z.string(),
  body: z.string(),
  urgent: z.boolean(),
  audienceCount: z.number().int(),
  queuedCount: z.number().int(),
  optedOutCount: z.number().int(),
  unreachableCount: z.number().int(),
  /** 'expanding' while its messages are being written (counts above grow), then 'queued'; 'failed' if the job gave up. */
  status: z.enum(BROADCAST_STATUSES),
  /** Why the expansion gave up, while failed. */
  failure: z.string().nullable(),
  /** 'retry' on a failed broadcast, for those who may send. */
  allowedActions: z.array(z.enum(BROADCAST_ACTIONS)),
  /** Owners written so far of the audience's total (null until the expansion has counted it). */
  expansion: z.object({ done: z.number().int(), total: z.number().int().nullable() }),
  notBefore: z.string(),
  createdBy: named,
  createdAt: z.string(),
  progress: progressSchema,
});
export type BroadcastView = z.infer<typeof broadcastSchema>;
export const listBroadcastsQuery = pageQuery.extend({ projectId: idRef });
export const broadcastPageSchema = pageOf(broadcastSchema);

const optOutItem = z.object({ topic: topicField, channel: channelField });
export const preferencesSchema = z.object({
  owner: named,
  email: z.string().nullable(),
  optOuts: z.array(z.object({ topic: z.string(), channel: channelField })),
});
export const putPreferencesBody = z.object({ email: z.email().max(200).nullish(), optOuts: z.array(optOutItem).max(100) }).strict();
export type PutPreferencesBody = z.infer<typeof putPreferencesBody>;

export const templateSchema = z.object({
  topic: z.string(),
  title: z.string(),
  text: z.string(),
  smsTemplateCode: z.string().nullable(),
  /** False while the topic's default wording is used. */
  custom: z.boolean(),
  variables: z.array(z.string()),
  version: z.number().int(),
});
export const templateListSchema = z.object({ items: z.array(templateSchema) });
export const putTemplateBody = z
  .object({
    title: z.string().trim().min(1).max(60),
    text: z.string().trim().min(1).max(500),
    smsTemplateCode: z.string().trim().regex(/^SMS_\d+$/).nullish(),
    version: z.number().int().min(1).optional(),
  })
  .strict();
export type PutTemplateBody = z.infer<typeof putTemplateBody>;

export const channelStatusSchema = z.object({
  inApp: z.object({ configured: z.boolean() }),
  sms: z.object({ configured: z.boolean(), provider: z.string(), signName: z.string().nullable(), endpoint: z.string(), ratePerSecond: z.number() }),
  email: z.object({ configured: z.boolean(), from: z.string().nullable(), ratePerSecond: z.number() }),
});

export const settingsSchema = z.object({ projectId: z.string(), quietStart: z.string(), quietEnd: z.string(), isDefault: z.boolean() });
export const putSettingsBody = z.object({ projectId: idRef, quietStart: hhmm, quietEnd: hhmm }).strict();
export type PutSettingsBody = z.infer<typeof putSettingsBody>;

export const sendOwnerMessageBody = z
  .object({
    projectId: idRef,
    ownerId: idRef,
    topic: topicField,
    channel: channelField.optional(),
    text: z.string().trim().min(1).max(500).nullish(),
    variables: variablesField.nullish(),
    /** The time the owner asked for (a wake-up call). */
    sendAt: z.iso.datetime({ offset: true }).nullish(),
    idempotencyKey: z.string().min(8).max(100).optional(),
  })
  .strict();
export type SendOwnerMessageBody = z.infer<typeof sendOwnerMessageBody>;
