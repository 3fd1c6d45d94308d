import type { DealCancelReason, DealSource, DealStatus, OnboardingItem, OnboardingItemStatus } from '@guanjia/domain/deals/index';
import type { Stamped } from '../org/tables.js';

/**
 * 成交信息: one deal of a unit as the sales side recorded it. The buyer's and co-buyers' details are
 * kept as signed (the owner rows may be edited later); owner_id and household_id link the people.
 */
export interface DealTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  unit_id: string;
  household_id: string;
  /** The buyer (买受人) as an owner of the project. */
  owner_id: string;
  buyer_name: string;
  buyer_phone: string;
  buyer_id_number: string | null;
  /** JSON [{ownerId, name, phone, idNumber}] of the co-buyers (共同买受人). */
  co_buyers: string;
  signing_date: string;
  contract_number: string | null;
  sales_consultant_name: string | null;
  /** The CRM's id of the deal; a resend with the same value updates this row. */
  external_ref: string | null;
  source: DealSource;
  status: DealStatus;
  /** Why it was cancelled (退房 / 换房 / 录入错误); cancel_reason holds the free note. */
  cancel_kind: DealCancelReason | null;
  cancel_reason: string | null;
  cancelled_at: string | null;
  /** The project's butler who works the onboarding checklist. */
  butler_id: string | null;
  /** Null when the CRM's webhook recorded it. */
  recorded_by: string | null;
}

/** One item of a deal's onboarding checklist; versioned because the butler and a manager may both tick. */
export interface DealOnboardingItemTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  deal_id: string;
  item: OnboardingItem;
  status: OnboardingItemStatus;
  /** Why the item does not apply (notApplicable only). */
  reason: string | null;
  /** Null when another module ticked it (the owner signed on the phone). */
  done_by: string | null;
  done_at: string | null;
}

export interface DealEventTable {
  id: string;
  company_id: string;
  project_id: string;
  deal_id: string;
  action: 'record' | 'update' | 'cancel' | 'assignButler' | 'onboarding';
  actor_id: string | null;
  data: string | null;
  created_at: string;
}

/**
 * The CRM's shared secret per project. HMAC verification needs the secret itself, so it is stored
 * as issued (only ever shown once, never returned by a GET).
 */
export interface DealWebhookSecretTable {
  id: string;
  company_id: string;
  project_id: string;
  secret: string;
  rotated_at: string;
  rotated_by: string;
}

/** Deliveries already accepted, so a replayed X-Guanjia-Delivery is refused (409). */
export interface DealWebhookDeliveryTable {
  id: string;
  company_id: string;
  project_id: string;
  delivery_id: string;
  /** The HMAC hex of the delivery; unique too, since the delivery id itself is not signed. */
  signature: string;
  deal_id: string | null;
  received_at: string;
}

export interface DealTables {
  deals: DealTable;
  deal_onboarding_items: DealOnboardingItemTable;
  deal_events: DealEventTable;
  deal_webhook_secrets: DealWebhookSecretTable;
  deal_webhook_deliveries: DealWebhookDeliveryTable;
}
