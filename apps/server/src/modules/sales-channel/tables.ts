import type { ChannelItemKind } from '@guanjia/domain/sales-channel/channel-items';
import type { ChannelSide } from '@guanjia/domain/sales-channel/channel-sides';
import type { DutyArea, DutyAssignee } from '@guanjia/domain/sales-channel/duties';
import type { ActionItemStatus, JointMeetingStatus } from '@guanjia/domain/sales-channel/joint-meeting-flow';
import type { SuggestionCategory, SuggestionReminderKind, SuggestionStatus } from '@guanjia/domain/sales-channel/suggestion-flow';
import type { Stamped } from '../org/tables.js';

/** 信息共享: one item of a project's channel feed, posted by the side its kind belongs to. */
export interface SalesChannelItemTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  kind: ChannelItemKind;
  /** The posting side, copied from the kind so lists filter on a column. */
  side: ChannelSide;
  title: string;
  body: string;
  /** Effective dates (Shanghai), both optional. */
  period_start: string | null;
  period_end: string | null;
  /** JSON array of file ids. */
  attachment_ids: string;
  posted_by: string;
  posted_at: string;
  edited_by: string | null;
  edited_at: string | null;
}

/** Every version of an item as it was shared; version 1 is the original post. */
export interface SalesChannelItemVersionTable {
  id: string;
  company_id: string;
  project_id: string;
  item_id: string;
  version: number;
  title: string;
  body: string;
  period_start: string | null;
  period_end: string | null;
  attachment_ids: string;
  author_id: string;
  created_at: string;
}

/** A read receipt of the other side: who acknowledged which version, when. */
export interface SalesChannelReceiptTable {
  id: string;
  company_id: string;
  project_id: string;
  item_id: string;
  item_version: number;
  user_id: string;
  side: ChannelSide;
  acknowledged_at: string;
}

/** 明确各自的职责: one duty of the project's split between the teams. */
export interface SalesChannelDutyTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  area: DutyArea;
  assigned_to: DutyAssignee;
  title: string;
  description: string;
  sort_order: number;
  /** 0 once removed: the row and its history stay. */
  active: number;
  created_by: string;
  updated_by: string;
}

/** 建议与需求: a suggestion or request of one side to the other, numbered JY-YYYYMMDD-0001. */
export interface SalesChannelSuggestionTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  number: string;
  category: SuggestionCategory;
  title: string;
  content: string;
  attachment_ids: string;
  raised_by: string;
  raised_by_side: ChannelSide;
  addressed_to: ChannelSide;
  due_date: string;
  status: SuggestionStatus;
  answer_text: string | null;
  answered_by: string | null;
  answered_at: string | null;
  /** How many answers were given (a send-back asks for another). */
  answer_count: number;
  closed_by: string | null;
  closed_at: string | null;
}

/** 联席会议: a joint meeting of both teams, with its minutes. */
export interface SalesChannelMeetingTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  meeting_date: string;
  /** HH:mm Shanghai, optional. */
  start_time: string | null;
  title: string;
  location: string | null;
  /** JSON array of user ids of either side. */
  attendee_ids: string;
  /** JSON array of names of attendees without an account. */
  guest_names: string;
  agenda: string | null;
  minutes: string | null;
  status: JointMeetingStatus;
  created_by: string;
  finalised_by: string | null;
  finalised_at: string | null;
  cancel_reason: string | null;
}

/** An action item agreed at a joint meeting: an owner of either side and a due date. */
export interface SalesChannelActionItemTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  meeting_id: string;
  /** The meeting's date, copied so later meetings find the items carried into them. */
  raised_on: string;
  description: string;
  owner_id: string;
  due_date: string;
  status: ActionItemStatus;
  done_note: string | null;
  done_by: string | null;
  done_at: string | null;
  /** Shanghai date of done_at. */
  done_on: string | null;
  created_by: string;
}

/** The project's meeting rhythm, e.g. every 14 days from the first meeting. */
export interface SalesChannelCadenceTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  every_days: number;
  starts_on: string;
  updated_by: string;
}

/** The history of every record of the channel: one row per change, in the change's transaction. */
export interface SalesChannelEventTable {
  id: string;
  company_id: string;
  project_id: string;
  entity_type: 'item' | 'duty' | 'suggestion' | 'meeting' | 'actionItem' | 'cadence';
  entity_id: string;
  action: string;
  from_status: string | null;
  to_status: string | null;
  note: string | null;
  /** JSON of the row after the change, for records edited in place (duties). */
  snapshot: string | null;
  actor_id: string;
  created_at: string;
}

/** One reminder per record and day: the unique key makes the daily job safe to repeat. */
export interface SalesChannelReminderTable {
  id: string;
  company_id: string;
  project_id: string;
  entity_type: 'suggestion' | 'actionItem';
  entity_id: string;
  reminder_date: string;
  kind: SuggestionReminderKind;
  /** JSON array of the user ids told. */
  recipients: string;
  created_at: string;
}

export interface SalesChannelTables {
  sales_channel_items: SalesChannelItemTable;
  sales_channel_item_versions: SalesChannelItemVersionTable;
  sales_channel_receipts: SalesChannelReceiptTable;
  sales_channel_duties: SalesChannelDutyTable;
  sales_channel_suggestions: SalesChannelSuggestionTable;
  sales_channel_meetings: SalesChannelMeetingTable;
  sales_channel_action_items: SalesChannelActionItemTable;
  sales_channel_cadences: SalesChannelCadenceTable;
  sales_channel_events: SalesChannelEventTable;
  sales_channel_reminders: SalesChannelReminderTable;
}
