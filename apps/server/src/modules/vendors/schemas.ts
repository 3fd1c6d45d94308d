import { z } from 'zod';
import { searchParam } from '../../platform/db/text-search.js';
import { pageQuery } from '../../platform/http/paging.js';
import { nameField, phoneField } from '../staff/schemas.js';

export const vendorSchema = z.object({
  id: z.string(),
  name: z.string(),
  serviceType: z.string(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  projectIds: z.array(z.string()),
  active: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type VendorView = z.infer<typeof vendorSchema>;

export const vendorParams = z.object({ id: z.string().min(1).max(64) });

export const listVendorsQuery = pageQuery.extend({
  q: searchParam,
  projectId: z.string().min(1).max(64).optional(),
});
export type ListVendorsQuery = z.infer<typeof listVendorsQuery>;

/** Free text for now (cleaning, security, elevator maintenance, greening…): the seed text names no fixed list. */
const serviceTypeField = z.string().trim().min(1).max(50);
const projectIdsField = z.array(z.string().min(1).max(64)).max(500);

export const createVendorBody = z
  .object({
    name: nameField,
    serviceType: serviceTypeField,
    contactName: nameField.nullish(),
    contactPhone: phoneField.nullish(),
    projectIds: projectIdsField.default([]),
  })
  .strict();
export type CreateVendorBody = z.infer<typeof createVendorBody>;

export const updateVendorBody = z
  .object({
    name: nameField.optional(),
    serviceType: serviceTypeField.optional(),
    contactName: nameField.nullish(),
    contactPhone: phoneField.nullish(),
    projectIds: projectIdsField.optional(),
    active: z.boolean().optional(),
    version: z.number().int().min(1).optional(),
  })
  .strict();
export type UpdateVendorBody = z.infer<typeof updateVendorBody>;
