import { CONSENT_PURPOSES, ENTRY_METHODS, STAFF_ENTRY_METHODS } from '@guanjia/domain/questionnaires/index';
import { z } from 'zod';

const idRef = z.string().min(1).max(64);

export const ownerParams = z.object({ ownerId: idRef });

export const recordStaffConsentBody = z
  .object({
    purpose: z.enum(CONSENT_PURPOSES),
    granted: z.boolean(),
    method: z.enum(STAFF_ENTRY_METHODS),
    /** Where the paper sheet is kept, who was on the call. */
    note: z.string().trim().max(500).nullish(),
  })
  .strict();
export type RecordStaffConsentBody = z.infer<typeof recordStaffConsentBody>;

export const consentSchema = z.object({
  id: z.string(),
  ownerId: z.string(),
  purpose: z.enum(CONSENT_PURPOSES),
  granted: z.boolean(),
  method: z.enum(ENTRY_METHODS),
  recordedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  textVersion: z.string(),
  note: z.string().nullable(),
  at: z.string(),
});
export type ConsentView = z.infer<typeof consentSchema>;

export const ownerConsentsSchema = z.object({
  ownerId: z.string(),
  /** The consent in force per purpose (null: never asked). */
  current: z.array(z.object({ purpose: z.enum(CONSENT_PURPOSES), consent: consentSchema.nullable() })),
  history: z.array(consentSchema),
});
