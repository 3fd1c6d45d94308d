import type { BroadcastStatus, MessageChannel, MessageStatus } from '@guanjia/domain/messaging/index';
import type { Stamped } from '../org/tables.js';

/**
 * The outbox: one row per message to one recipient on one channel. Written by sendMessage or a
 * broadcast inside the caller's transaction; moved on only by the delivery job (and a staff resend).
 */
export interface MessageTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  channel: MessageChannel;
  topic: string;
  /** An owner, or a staff user, or neither when only an address is given. */
  owner_id: string | null;
  user_id: string | null;
  /** Phone (SMS) or e-mail address; null for in-app. */
  address: string | null;
  /** The provider's SMS template code (e.g. SMS_71390007). */
  template_code: string | null;
  /** JSON object of template variables. */
  variables: string | null;
  title: string;
  /** The rendered text: what in-app and e-mail show, and what staff read for an SMS. */
  body: string;
  /** UNIQUE: a second send with the same key returns the first message. */
  idempotency_key: string;
  urgent: number;
  requested_time: number;
  /** The earliest time it may go (quiet-hours deferral, or the time the owner asked for). */
  not_before: string;
  status: MessageStatus;
  attempts: number;
  /** When a queued message is next due; the claim reads only this. */
  next_attempt_at: string;
  /** A message left 'sending' past this belongs to a worker that died and is queued again. */
  locked_until: string | null;
  provider_message_id: string | null;
  /** Why it failed or was suppressed (a reason code or the provider's words). */
  last_error: string | null;
  sent_at: string | null;
  broadcast_id: string | null;
  created_by: string | null;
}

/** Each delivery outcome of a message: deferred, retried, sent, failed, suppressed, resent. */
export interface MessageEventTable {
  id: string;
  company_id: string;
  project_id: string;
  message_id: string;
  action: 'suppress' | 'defer' | 'retryLater' | 'deliver' | 'fail' | 'resend';
  status: MessageStatus;
  detail: string | null;
  actor_id: string | null;
  created_at: string;
}

/** An owner does not want a topic on a channel. */
export interface MessageOptOutTable {
  id: string;
  company_id: string;
  project_id: string;
  owner_id: string;
  topic: string;
  channel: MessageChannel;
  created_by: string | null;
  created_at: string;
}

/** The owner's own e-mail address for messages (owner records carry only a phone). */
export interface OwnerMessageContactTable {
  owner_id: string;
  company_id: string;
  project_id: string;
  email: string | null;
  updated_at: string;
}

/** One send to many households of a project (or some of its buildings). */
export interface BroadcastTable {
  id: string;
  company_id: string;
  project_id: string;
  /** JSON: { buildingIds: string[] | null, tags?: string[] | null } (tags: care tags of the households' profiles). */
  audience: string;
  topic: string;
  channel: MessageChannel;
  title: string;
  body: string;
  template_code: string | null;
  variables: string | null;
  urgent: number;
  /** UNIQUE per company: a repeated post returns the first broadcast. */
  idempotency_key: string;
  audience_count: number;
  queued_count: number;
  opted_out_count: number;
  /** Owners without the address or account the channel needs. */
  unreachable_count: number;
  /** 'expanding' while the job writes its messages chunk by chunk, then 'queued' ('failed' if the job gave up). */
  status: BroadcastStatus;
  /** Why the expansion gave up (the last error), while failed; null otherwise. */
  failure: string | null;
  /** Owners the audience had when the expansion began (the "of y" of its progress); null until then. */
  audience_total: number | null;
  /** The last owners.id written: the next chunk starts after it, so a retried chunk resumes, never repeats. */
  expansion_cursor: string | null;
  expanded_at: string | null;
  not_before: string;
  created_by: string;
  created_at: string;
}

/** A company's wording per topic: the provider's SMS template code and the text for in-app and e-mail. */
export interface MessageTemplateTable extends Stamped {
  id: string;
  company_id: string;
  topic: string;
  sms_template_code: string | null;
  title: string;
  text: string;
  updated_by: string | null;
}

/** A project's own quiet hours (the default is 21:00–08:00). */
export interface MessagingSettingsTable {
  project_id: string;
  company_id: string;
  quiet_start: string;
  quiet_end: string;
  updated_by: string | null;
  updated_at: string;
}

/** The households a profile-tag broadcast reaches, fixed when it is posted (its expansion joins this). */
export interface BroadcastHouseholdTable {
  id: string;
  company_id: string;
  project_id: string;
  broadcast_id: string;
  household_id: string;
}

export interface MessagingTables {
  messages: MessageTable;
  message_events: MessageEventTable;
  message_opt_outs: MessageOptOutTable;
  owner_message_contacts: OwnerMessageContactTable;
  broadcasts: BroadcastTable;
  message_templates: MessageTemplateTable;
  messaging_settings: MessagingSettingsTable;
  broadcast_households: BroadcastHouseholdTable;
}
