import { z } from 'zod';
import { searchParam } from '../../platform/db/text-search.js';
import { pageOf, pageQuery } from '../../platform/http/paging.js';
import { dateField } from '../daily-checks/schemas.js';
import { idNumberField, nameField, phoneField } from '../staff/schemas.js';
import { named } from '../../platform/http/schema-parts.js';

const idRef = z.string().min(1).max(64);
const instant = z.iso.datetime({ offset: true });

export const idParams = z.object({ id: idRef });
export const projectParams = z.object({ projectId: idRef });

export const registerExternalWorkerBody = z
  .object({
    name: nameField.max(50),
    phone: phoneField,
    idNumber: idNumberField.nullish(),
    company: z.string().trim().min(1).max(100),
    purpose: z.string().trim().min(1).max(200),
    visiting: z.string().trim().min(1).max(100),
    salesCenterId: idRef.nullish(),
    /** Default now; an earlier time when the registration is written up after the fact. */
    timeIn: instant.optional(),
    note: z.string().trim().max(500).nullish(),
  })
  .strict();
export type RegisterExternalWorkerBody = z.infer<typeof registerExternalWorkerBody>;

export const signOutBody = z.object({ timeOut: instant.optional(), version: z.number().int().min(1).optional() }).strict();
export type SignOutBody = z.infer<typeof signOutBody>;

export const listExternalWorkersQuery = pageQuery.extend({
  /** Only those still on site (whatever day they came). */
  onSite: z.enum(['true', 'false']).optional(),
  /** Visit dates; without onSite, from and to the list is today's. */
  from: dateField.optional(),
  to: dateField.optional(),
  q: searchParam,
});
export type ListExternalWorkersQuery = z.infer<typeof listExternalWorkersQuery>;

export const externalWorkerSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  salesCenter: named.nullable(),
  name: z.string(),
  /** Masked (138****5678) for roles that do not need it. */
  phone: z.string().nullable(),
  idNumber: z.string().nullable(),
  /** The viewer may ask POST /api/personal-data/reveal for the full phone or ID number (the read is logged). */
  contactRevealable: z.boolean(),
  company: z.string(),
  purpose: z.string(),
  visiting: z.string(),
  note: z.string().nullable(),
  timeIn: z.string(),
  timeOut: z.string().nullable(),
  onSite: z.boolean(),
  visitDate: z.string(),
  registeredBy: named,
  signedOutBy: named.nullable(),
  version: z.number().int(),
});
export type ExternalWorkerView = z.infer<typeof externalWorkerSchema>;
export const externalWorkerPageSchema = pageOf(externalWorkerSchema).extend({ onSiteCount: z.number().int() });
