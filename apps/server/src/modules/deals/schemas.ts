import { DEAL_CANCEL_REASON_LABELS, DEAL_CANCEL_REASONS, DEAL_SOURCES, DEAL_STATUSES, MAX_CO_BUYERS, ONBOARDING_ITEM_STATUSES, ONBOARDING_ITEMS } from '@guanjia/domain/deals/index';
import { z } from 'zod';
import { searchParam } from '../../platform/db/text-search.js';
import { pageOf, pageQuery } from '../../platform/http/paging.js';
import { dateField } from '../daily-checks/schemas.js';
import { idNumberField, nameField, phoneField } from '../staff/schemas.js';
import { idRef, named, optionalText } from '../../platform/http/schema-parts.js';

export const idParams = z.object({ id: idRef });
export const projectParams = z.object({ projectId: idRef });
export const itemParams = z.object({ id: idRef, item: z.enum(ONBOARDING_ITEMS) });

export const buyerField = z.object({ name: nameField.max(50), phone: phoneField, idNumber: idNumberField.nullish().transform((v) => v || null) }).strict();
export const coBuyerField = z
  .object({ name: nameField.max(50), phone: phoneField.nullish().transform((v) => v || null), idNumber: idNumberField.nullish().transform((v) => v || null) })
  .strict();

/** What every channel says about a deal besides where the unit is. */
const dealFields = {
  buyer: buyerField,
  coBuyers: z.array(coBuyerField).max(MAX_CO_BUYERS).default([]),
  signingDate: dateField,
  contractNumber: optionalText(64),
  salesConsultantName: optionalText(50),
  externalRef: optionalText(100),
};

/** 录入成交 on the web: the unit by id, optionally the butler who will onboard the buyer. */
export const recordDealBody = z.object({ ...dealFields, unitId: idRef, butlerId: idRef.nullish().transform((v) => v || null) }).strict();
export type RecordDealBody = z.infer<typeof recordDealBody>;

/** A reason by its key or by its Chinese label (退房 / 换房 / 录入错误), as sales systems tend to send it. */
const cancelReason = z.preprocess(
  (v) => (typeof v === 'string' ? (DEAL_CANCEL_REASONS.find((r) => DEAL_CANCEL_REASON_LABELS[r]['zh-CN'] === v.trim()) ?? v) : v),
  z.enum(DEAL_CANCEL_REASONS),
);

/**
 * The CRM knows building and unit codes, not our ids; its own id of the deal is required. Extra fields
 * are ignored. `status: 'cancelled'` with one of the cancel reasons (退房 / 换房 / 录入错误) cancels the
 * deal recorded under that externalRef.
 */
export const webhookDealBody = z
  .object({
    ...dealFields,
    externalRef: z.string().trim().min(1).max(100),
    buildingCode: z.string().trim().min(1).max(32),
    unitCode: z.string().trim().min(1).max(32),
    status: z.enum(['recorded', 'cancelled']).default('recorded'),
    cancelReason: cancelReason.optional(),
    cancelNote: optionalText(500),
  })
  .superRefine((b, ctx) => {
    if (b.status === 'cancelled' && !b.cancelReason) ctx.addIssue({ code: 'custom', path: ['cancelReason'], message: 'deal.field.cancelReasonRequired' });
  });
export type WebhookDealBody = z.infer<typeof webhookDealBody>;

/** 作废: the reason is one of 退房 / 换房 / 录入错误, with an optional note. */
export const cancelDealBody = z.object({ reason: cancelReason, note: optionalText(500), version: z.number().int().min(1).optional() }).strict();

/**
 * Phone and ID numbers are masked for staff: omitted ones keep the stored value. An ID number sent
 * as null is withdrawn (one entered by mistake), from the deal and from the person's owner row.
 */
const keptPhone = phoneField.nullish().transform((v) => v || undefined);
const keptIdNumber = idNumberField.nullish().transform((v) => (v === null ? null : v || undefined));
/** 编辑: correct a recorded deal's people and signing date; the version read is required (stale → 409). */
export const updateDealBody = z
  .object({
    version: z.number().int().min(1),
    buyer: z.object({ name: nameField.max(50), phone: keptPhone, idNumber: keptIdNumber }).strict(),
    coBuyers: z
      .array(z.object({ ownerId: idRef.nullish(), name: nameField.max(50), phone: keptPhone, idNumber: keptIdNumber }).strict())
      .max(MAX_CO_BUYERS)
      .default([]),
    signingDate: dateField,
  })
  .strict();
export type UpdateDealBody = z.infer<typeof updateDealBody>;
export const assignButlerBody = z.object({ butlerId: idRef, version: z.number().int().min(1).optional() }).strict();
export const onboardingItemBody = z
  .object({ status: z.enum(ONBOARDING_ITEM_STATUSES), reason: optionalText(500), version: z.number().int().min(1).optional() })
  .strict();
export type OnboardingItemBody = z.infer<typeof onboardingItemBody>;

export const listDealsQuery = pageQuery.extend({
  status: z.enum(DEAL_STATUSES).optional(),
  buildingId: idRef.optional(),
  from: dateField.optional(),
  to: dateField.optional(),
  /** incomplete: some checklist item still to do. */
  onboarding: z.enum(['incomplete', 'complete']).optional(),
  q: searchParam,
});
export type ListDealsQuery = z.infer<typeof listDealsQuery>;

const person = z.object({ ownerId: z.string().nullable(), name: z.string(), phone: z.string().nullable(), idNumber: z.string().nullable() });
const progress = z.object({ done: z.number().int(), notApplicable: z.number().int(), todo: z.number().int(), total: z.number().int(), complete: z.boolean() });

export const dealSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  householdId: z.string(),
  unit: z.object({ id: z.string(), code: z.string(), buildingId: z.string(), buildingCode: z.string(), buildingName: z.string() }),
  buyer: person,
  coBuyers: z.array(person),
  /** True when phone and ID numbers are masked for this viewer (every staff member). */
  personalDataMasked: z.boolean(),
  /** True when this viewer may reveal a full number (POST /api/personal-data/reveal, logged). */
  personalDataRevealable: z.boolean(),
  signingDate: z.string(),
  contractNumber: z.string().nullable(),
  salesConsultantName: z.string().nullable(),
  externalRef: z.string().nullable(),
  source: z.enum(DEAL_SOURCES),
  status: z.enum(DEAL_STATUSES),
  cancelKind: z.enum(DEAL_CANCEL_REASONS).nullable(),
  /** The note given when cancelling. */
  cancelReason: z.string().nullable(),
  cancelledAt: z.string().nullable(),
  butler: named.nullable(),
  recordedBy: named.nullable(),
  onboarding: progress,
  allowedActions: z.array(z.string()),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DealView = z.infer<typeof dealSchema>;

export const onboardingItemSchema = z.object({
  id: z.string(),
  item: z.enum(ONBOARDING_ITEMS),
  label: z.string(),
  status: z.enum(ONBOARDING_ITEM_STATUSES),
  reason: z.string().nullable(),
  doneBy: named.nullable(),
  doneAt: z.string().nullable(),
  version: z.number().int(),
});

export const dealEventSchema = z.object({ id: z.string(), action: z.string(), actor: named.nullable(), data: z.record(z.string(), z.unknown()).nullable(), at: z.string() });

export const dealDetailSchema = dealSchema.extend({ checklist: z.array(onboardingItemSchema), history: z.array(dealEventSchema) });
export type DealDetailView = z.infer<typeof dealDetailSchema>;
export const dealPageSchema = pageOf(dealSchema);

export const butlerListSchema = z.object({ items: z.array(named) });
export const importResultSchema = z.object({ created: z.number().int(), updated: z.number().int() });

export const webhookStatusSchema = z.object({ configured: z.boolean(), rotatedAt: z.string().nullable(), rotatedBy: named.nullable(), endpointPath: z.string() });
/** The one answer that carries the secret: right after it is generated. */
export const webhookSecretSchema = webhookStatusSchema.extend({ secret: z.string() });
export const webhookResultSchema = z.object({ id: z.string(), status: z.enum(DEAL_STATUSES), created: z.boolean() });
