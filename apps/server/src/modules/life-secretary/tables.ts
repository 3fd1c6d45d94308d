import type { MessageChannel } from '@guanjia/domain/messaging/index';
import type { RelayStatus, WakeUpRepeat, WakeUpStatus } from '@guanjia/domain/life-secretary/index';
import type { Stamped } from '../org/tables.js';

/** 定时叫醒: one call an owner (or the butler for them) set, once or daily, until cancelled. */
export interface WakeUpCallTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  household_id: string;
  /** The owner woken. */
  owner_id: string;
  /** 'HH:MM' Shanghai. */
  time: string;
  repeat: WakeUpRepeat;
  /** YYYY-MM-DD of a one-off call. */
  date: string | null;
  note: string | null;
  channel: MessageChannel;
  status: WakeUpStatus;
  /** The next occurrence not yet written as a message; null once done or cancelled. */
  next_at: string | null;
  last_message_id: string | null;
  created_by: string;
  cancelled_by: string | null;
  cancelled_at: string | null;
}

/** 留言转达: a message left for a household, delivered to its owners and confirmed. */
export interface MessageRelayTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  household_id: string;
  /** Who left it (a visitor, a courier, a relative), as said at the desk. */
  from_name: string;
  text: string;
  urgent: number;
  status: RelayStatus;
  recorded_by: string;
  delivered_at: string | null;
  confirmed_at: string | null;
  confirmed_by: string | null;
  /** 'owner' (on the phone) or 'call' (the butler called). */
  confirmed_how: string | null;
  reminded_at: string | null;
  cancelled_at: string | null;
}

/** A project's 节日问候 / 生日祝贺 settings and the relay reminder limit. */
export interface LifeSecretarySettingsTable {
  project_id: string;
  company_id: string;
  greetings_enabled: number;
  /** JSON array of festival keys. */
  festivals: string;
  birthdays_enabled: number;
  festival_text: string;
  birthday_text: string;
  channel: MessageChannel;
  relay_reminder_hours: number;
  updated_by: string;
  updated_at: string;
  version: number;
}

/** One greeting sent: a festival to the project (through a broadcast) or a member's birthday to the household. */
export interface GreetingSendTable {
  id: string;
  company_id: string;
  project_id: string;
  /** Shanghai date greeted. */
  date: string;
  kind: 'festival' | 'birthday';
  festival_key: string | null;
  household_id: string | null;
  member_name: string | null;
  broadcast_id: string | null;
  message_count: number;
  /** UNIQUE: project + day + kind (+ festival or household and member), so a rerun sends nothing twice. */
  idempotency_key: string;
  created_at: string;
}

export interface LifeSecretaryTables {
  wake_up_calls: WakeUpCallTable;
  message_relays: MessageRelayTable;
  life_secretary_settings: LifeSecretarySettingsTable;
  greeting_sends: GreetingSendTable;
}
