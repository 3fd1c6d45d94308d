import { z } from 'zod';
import { pageQuery } from '../../platform/http/paging.js';
import { searchParam } from '../../platform/db/text-search.js';

/** Shared field shapes of the organisation and building modules. */
export const idParams = z.object({ id: z.string().min(1).max(64) });
export const projectParams = z.object({ projectId: z.string().min(1).max(64) });
export const refId = z.string().trim().min(1).max(64);
export const nameField = z.string().trim().min(1).max(100);
export const codeField = z.string().trim().min(1).max(32);
/** Optional free text: "" and null both clear it. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v === '' ? null : v));
export const phoneField = z
  .string()
  .trim()
  .max(32)
  .regex(/^[0-9+\-() ]*$/)
  .nullish()
  .transform((v) => (v === '' ? null : v));
export const versionField = z.number().int().min(1);
export const listQuery = pageQuery.extend({ q: searchParam });

const stamps = { version: z.number().int(), createdAt: z.string(), updatedAt: z.string() };

// Regions (地区公司) and developers (开发商): company-level records.
export const regionSchema = z.object({ id: z.string(), name: z.string(), code: z.string().nullable(), ...stamps });
export const regionCreateBody = z.object({ name: nameField, code: optionalText(32) }).strict();
export const regionPatchBody = z.object({ name: nameField, code: optionalText(32), version: versionField }).partial().strict();

export const developerSchema = regionSchema;
export const developerCreateBody = regionCreateBody;
export const developerPatchBody = regionPatchBody;

// Projects (楼盘).
export const projectSchema = z.object({
  id: z.string(),
  name: z.string(),
  code: z.string(),
  regionId: z.string(),
  developerId: z.string().nullable(),
  city: z.string().nullable(),
  address: z.string().nullable(),
  ...stamps,
});
export const projectCreateBody = z
  .object({
    name: nameField,
    code: codeField,
    regionId: refId,
    developerId: refId.nullish(),
    city: optionalText(50),
    address: optionalText(200),
  })
  .strict();
export const projectPatchBody = z
  .object({
    name: nameField,
    code: codeField,
    regionId: refId,
    developerId: refId.nullable(),
    city: optionalText(50),
    address: optionalText(200),
    version: versionField,
  })
  .partial()
  .strict();

// Sales centers (销售中心) and service centers (物业服务中心), one or more per project.
const timeOfDay = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
  .nullish();
export const salesCenterSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  name: z.string(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  openTime: z.string().nullable(),
  closeTime: z.string().nullable(),
  ...stamps,
});
const salesCenterFields = { name: nameField, address: optionalText(200), phone: phoneField, openTime: timeOfDay, closeTime: timeOfDay };
export const salesCenterCreateBody = z.object(salesCenterFields).strict();
export const salesCenterPatchBody = z
  .object({ ...salesCenterFields, version: versionField })
  .partial()
  .strict();

// A service center's opening hours are its office hours (办公时间).
export const serviceCenterSchema = salesCenterSchema;
export const serviceCenterCreateBody = salesCenterCreateBody;
export const serviceCenterPatchBody = salesCenterPatchBody;

// Departments and posts (部门 / 岗位), of the property company or of a developer (营销部).
export const POST_TYPES = ['security', 'cleaning', 'waterBar', 'concierge', 'technician', 'greening', 'reception'] as const;
export type PostType = (typeof POST_TYPES)[number];
export const DEPARTMENT_KINDS = ['department', 'post'] as const;

export const departmentSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(DEPARTMENT_KINDS),
  postType: z.enum(POST_TYPES).nullable(),
  projectId: z.string().nullable(),
  developerId: z.string().nullable(),
  parentId: z.string().nullable(),
  ...stamps,
});
export const departmentListQuery = listQuery.extend({
  projectId: refId.optional(),
  developerId: refId.optional(),
  kind: z.enum(DEPARTMENT_KINDS).optional(),
});
export const departmentCreateBody = z
  .object({
    name: nameField,
    kind: z.enum(DEPARTMENT_KINDS),
    postType: z.enum(POST_TYPES).nullish(),
    parentId: refId.nullish(),
    projectId: refId.nullish(),
    developerId: refId.nullish(),
  })
  .strict();
/** A department keeps its project and developer; moving one would strand its children. */
export const departmentPatchBody = z
  .object({
    name: nameField,
    kind: z.enum(DEPARTMENT_KINDS),
    postType: z.enum(POST_TYPES).nullable(),
    parentId: refId.nullable(),
    version: versionField,
  })
  .partial()
  .strict();
