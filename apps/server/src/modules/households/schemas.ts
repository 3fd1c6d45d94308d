import { z } from 'zod';
import { searchParam } from '../../platform/db/text-search.js';
import { pageQuery } from '../../platform/http/paging.js';
import { idNumberField, nameField, passwordField, phoneField, usernameField } from '../staff/schemas.js';

export const RELATIONS = ['owner', 'coOwner', 'resident', 'tenant'] as const;
const refId = z.string().min(1).max(64);
const stamps = { version: z.number().int(), createdAt: z.string(), updatedAt: z.string() };

/** Phone and ID number are masked except for the member themself; staff who may see them use POST /api/personal-data/reveal (logged). */
export const memberSchema = z.object({
  id: z.string(),
  ownerId: z.string(),
  name: z.string(),
  phone: z.string().nullable(),
  idNumber: z.string().nullable(),
  relation: z.enum(RELATIONS),
  hasAccount: z.boolean(),
});

export const householdSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  name: z.string().nullable(),
  unit: z.object({
    id: z.string(),
    code: z.string(),
    floor: z.number().int().nullable(),
    buildingId: z.string(),
    buildingCode: z.string(),
    buildingName: z.string(),
  }),
  members: z.array(memberSchema),
  ...stamps,
});
export type HouseholdView = z.infer<typeof householdSchema>;

export const ownerSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  name: z.string(),
  phone: z.string().nullable(),
  idNumber: z.string().nullable(),
  ...stamps,
});

export const idParams = z.object({ id: refId });
export const projectParams = z.object({ projectId: refId });

export const listHouseholdsQuery = pageQuery.extend({ q: searchParam });
export type ListHouseholdsQuery = z.infer<typeof listHouseholdsQuery>;

export const createHouseholdBody = z.object({ unitId: refId, name: nameField.nullish() }).strict();
export type CreateHouseholdBody = z.infer<typeof createHouseholdBody>;

export const updateHouseholdBody = z.object({ name: nameField.nullish(), version: z.number().int().min(1).optional() }).strict();
export type UpdateHouseholdBody = z.infer<typeof updateHouseholdBody>;

export const addMemberBody = z
  .object({
    name: nameField,
    phone: phoneField.nullish(),
    idNumber: idNumberField.nullish(),
    relation: z.enum(RELATIONS),
    createAccount: z.object({ username: usernameField, password: passwordField }).strict().optional(),
  })
  .strict();
export type AddMemberBody = z.infer<typeof addMemberBody>;

export const updateOwnerBody = z
  .object({
    name: nameField.optional(),
    phone: phoneField.nullish(),
    idNumber: idNumberField.nullish(),
    version: z.number().int().min(1).optional(),
  })
  .strict();
export type UpdateOwnerBody = z.infer<typeof updateOwnerBody>;
