import { FESTIVAL_KEYS, GREETING_CHANNELS, RELAY_STATUSES, WAKE_UP_CHANNELS, WAKE_UP_REPEATS, WAKE_UP_STATUSES } from '@guanjia/domain/life-secretary/index';
import { z } from 'zod';
import { pageOf, pageQuery } from '../../platform/http/paging.js';
import { named } from '../../platform/http/schema-parts.js';

const idRef = z.string().min(1).max(64);
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'field.invalidFormat');
const ymd = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'field.invalidFormat');
const householdRef = z.object({ id: z.string(), label: z.string() });

export const idParams = z.object({ id: idRef });
export const projectQuery = z.object({ projectId: idRef });

const wakeUpFields = {
  time: hhmm,
  repeat: z.enum(WAKE_UP_REPEATS),
  /** The day of a one-off call (Shanghai). */
  date: ymd.nullish(),
  note: z.string().trim().max(200).nullish(),
  channel: z.enum(WAKE_UP_CHANNELS),
};
export const createWakeUpBody = z.object({ projectId: idRef, householdId: idRef, ownerId: idRef, ...wakeUpFields }).strict();
export type CreateWakeUpBody = z.infer<typeof createWakeUpBody>;
/** The owner's own call; the household is theirs (the first, unless they name another of theirs). */
export const createMyWakeUpBody = z.object({ householdId: idRef.optional(), ...wakeUpFields }).strict();
export type CreateMyWakeUpBody = z.infer<typeof createMyWakeUpBody>;

export const listWakeUpQuery = pageQuery.extend({ projectId: idRef, status: z.enum(WAKE_UP_STATUSES).optional() });
export const myListQuery = pageQuery;

export const wakeUpSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  household: householdRef,
  owner: named,
  time: z.string(),
  repeat: z.enum(WAKE_UP_REPEATS),
  date: z.string().nullable(),
  note: z.string().nullable(),
  channel: z.enum(WAKE_UP_CHANNELS),
  status: z.enum(WAKE_UP_STATUSES),
  nextAt: z.string().nullable(),
  lastMessageId: z.string().nullable(),
  createdBy: named,
  createdAt: z.string(),
  cancelledAt: z.string().nullable(),
  version: z.number().int(),
  allowedActions: z.array(z.enum(['cancel'])),
});
export type WakeUpView = z.infer<typeof wakeUpSchema>;
export const wakeUpPageSchema = pageOf(wakeUpSchema);

export const recordRelayBody = z
  .object({
    projectId: idRef,
    householdId: idRef,
    fromName: z.string().trim().min(1).max(60),
    text: z.string().trim().min(1).max(500),
    urgent: z.boolean().optional(),
  })
  .strict();
export type RecordRelayBody = z.infer<typeof recordRelayBody>;
export const relayActionBody = z.object({ version: z.number().int().min(1).optional() }).strict().optional();
export const listRelayQuery = pageQuery.extend({ projectId: idRef, status: z.enum(RELAY_STATUSES).optional() });

export const relaySchema = z.object({
  id: z.string(),
  projectId: z.string(),
  household: householdRef,
  fromName: z.string(),
  text: z.string(),
  urgent: z.boolean(),
  status: z.enum(RELAY_STATUSES),
  recordedBy: named,
  deliveredAt: z.string().nullable(),
  /** Messages written per outcome: queued / sent / suppressed (opted out, no phone or account) … */
  deliveries: z.object({ queued: z.number().int(), sent: z.number().int(), failed: z.number().int(), suppressed: z.number().int() }),
  confirmedAt: z.string().nullable(),
  confirmedBy: named.nullable(),
  confirmedHow: z.enum(['owner', 'call']).nullable(),
  remindedAt: z.string().nullable(),
  cancelledAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
  allowedActions: z.array(z.enum(['confirm', 'confirmByCall', 'cancel'])),
});
export type RelayView = z.infer<typeof relaySchema>;
export const relayPageSchema = pageOf(relaySchema);

export const settingsSchema = z.object({
  projectId: z.string(),
  greetingsEnabled: z.boolean(),
  festivals: z.array(z.string()),
  birthdaysEnabled: z.boolean(),
  festivalText: z.string(),
  birthdayText: z.string(),
  channel: z.enum(GREETING_CHANNELS),
  relayReminderHours: z.number().int(),
  isDefault: z.boolean(),
  version: z.number().int(),
  /** The festivals a project may choose, in calendar order, named in both languages. */
  festivalChoices: z.array(z.object({ key: z.string(), name: z.object({ 'zh-CN': z.string(), en: z.string() }) })),
});
export type SettingsView = z.infer<typeof settingsSchema>;
export const putSettingsBody = z
  .object({
    projectId: idRef,
    greetingsEnabled: z.boolean(),
    festivals: z.array(z.string().refine((k) => FESTIVAL_KEYS.includes(k), 'lifeSecretary.field.unknownFestival')).max(FESTIVAL_KEYS.length),
    birthdaysEnabled: z.boolean(),
    festivalText: z.string().trim().min(1).max(300),
    birthdayText: z.string().trim().min(1).max(300),
    channel: z.enum(GREETING_CHANNELS),
    relayReminderHours: z.number().int().min(1).max(72),
    version: z.number().int().min(1).optional(),
  })
  .strict();
export type PutSettingsBody = z.infer<typeof putSettingsBody>;

export const previewSchema = z.object({
  enabled: z.boolean(),
  from: z.string(),
  days: z.number().int(),
  items: z.array(
    z.object({
      date: z.string(),
      kind: z.enum(['festival', 'birthday']),
      festival: z.object({ key: z.string(), name: z.string() }).nullable(),
      household: householdRef.nullable(),
      member: z.object({ name: z.string(), relation: z.string(), birthday: z.string() }).nullable(),
    }),
  ),
});

export const sentQuery = pageQuery.extend({ projectId: idRef });
export const greetingSendSchema = z.object({
  id: z.string(),
  date: z.string(),
  kind: z.enum(['festival', 'birthday']),
  festival: z.object({ key: z.string(), name: z.string() }).nullable(),
  household: householdRef.nullable(),
  memberName: z.string().nullable(),
  broadcastId: z.string().nullable(),
  /** Messages queued (a festival: its broadcast's, growing while it expands). */
  messageCount: z.number().int(),
  createdAt: z.string(),
});
export const greetingSendPageSchema = pageOf(greetingSendSchema);
