import { z } from 'zod';
import { ROLES, type Role } from '@guanjia/domain';
import { searchParam } from '../../platform/db/text-search.js';
import { pageQuery } from '../../platform/http/paging.js';

/** Owner accounts are created from households (POST /api/households/:id/members), never here. */
export const STAFF_ROLES = ROLES.filter((r): r is Exclude<Role, 'owner'> => r !== 'owner');

// Personal fields shared with households: one definition of what a username, phone or ID number looks like.
export const usernameField = z
  .string()
  .trim()
  .toLowerCase()
  .min(3)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9._@-]*$/);
export const passwordField = z.string().min(8).max(200);
export const nameField = z.string().trim().min(1).max(100);
export const phoneField = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 -]{4,19}$/);
export const idNumberField = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[0-9A-Z]{6,32}$/);
const idRef = z.string().min(1).max(64);

export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string(),
  phone: z.string().nullable(),
  idNumber: z.string().nullable(),
  kind: z.enum(['staff', 'owner']),
  roles: z.array(z.enum(ROLES)),
  projectIds: z.array(z.string()),
  departmentId: z.string().nullable(),
  vendorId: z.string().nullable(),
  active: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type UserView = z.infer<typeof userSchema>;

export const userParams = z.object({ id: z.string().min(1).max(64) });

export const listUsersQuery = pageQuery.extend({
  q: searchParam,
  role: z.enum(ROLES).optional(),
  projectId: idRef.optional(),
});
export type ListUsersQuery = z.infer<typeof listUsersQuery>;

const rolesField = z.array(z.enum(STAFF_ROLES)).min(1).max(STAFF_ROLES.length);
const projectIdsField = z.array(idRef).max(500);

export const createUserBody = z
  .object({
    username: usernameField,
    password: passwordField,
    name: nameField,
    phone: phoneField.nullish(),
    idNumber: idNumberField.nullish(),
    roles: rolesField,
    projectIds: projectIdsField.default([]),
    departmentId: idRef.nullish(),
    vendorId: idRef.nullish(),
  })
  .strict();
export type CreateUserBody = z.infer<typeof createUserBody>;

export const updateUserBody = z
  .object({
    name: nameField.optional(),
    phone: phoneField.nullish(),
    idNumber: idNumberField.nullish(),
    roles: rolesField.optional(),
    projectIds: projectIdsField.optional(),
    departmentId: idRef.nullish(),
    vendorId: idRef.nullish(),
    active: z.boolean().optional(),
    version: z.number().int().min(1).optional(),
  })
  .strict();
export type UpdateUserBody = z.infer<typeof updateUserBody>;

export const resetPasswordBody = z.object({ password: passwordField }).strict();
