import { LIFE_INFO_CATEGORIES } from '@guanjia/domain/life-info/life-info';
import { z } from 'zod';
import { searchParam } from '../../platform/db/text-search.js';
import { pageOf, pageQuery } from '../../platform/http/paging.js';

const idRef = z.string().min(1).max(64);
const optionalText = (max: number) => z.string().trim().max(max).nullish();

export const idParams = z.object({ id: idRef });
export const projectParams = z.object({ projectId: idRef });

/** Landlines with area code and extension, 400 numbers, mobiles: digits, spaces, dashes, brackets. */
export const businessPhoneField = z
  .string()
  .trim()
  .regex(/^\+?[0-9(][0-9 ()-]{4,24}$/);

const category = z.enum(LIFE_INFO_CATEGORIES);
const tagsField = z.array(z.string().trim().max(20)).max(10);

const entryFields = {
  category,
  name: z.string().trim().min(1).max(100),
  address: optionalText(200),
  phone: z.union([z.literal(''), businessPhoneField]).nullish(),
  openingHours: optionalText(100),
  note: optionalText(500),
  tags: tagsField,
  sortOrder: z.number().int().min(0).max(9999),
};

export const createLifeInfoBody = z
  .object({ ...entryFields, tags: tagsField.default([]), sortOrder: entryFields.sortOrder.default(0), published: z.boolean().default(false) })
  .strict();
export type CreateLifeInfoBody = z.infer<typeof createLifeInfoBody>;

/** Only the fields sent change; `version` is the one the editor read (stale → 409). */
export const updateLifeInfoBody = z
  .object({
    category: category.optional(),
    name: entryFields.name.optional(),
    address: entryFields.address,
    phone: entryFields.phone,
    openingHours: entryFields.openingHours,
    note: entryFields.note,
    tags: tagsField.optional(),
    sortOrder: entryFields.sortOrder.optional(),
    version: z.number().int().min(1),
  })
  .strict();
export type UpdateLifeInfoBody = z.infer<typeof updateLifeInfoBody>;

export const publishLifeInfoBody = z.object({ version: z.number().int().min(1).optional() }).strict();
export type PublishLifeInfoBody = z.infer<typeof publishLifeInfoBody>;

export const listLifeInfoQuery = pageQuery.extend({
  q: searchParam,
  category: category.optional(),
  published: z.enum(['true', 'false']).optional(),
});
export type ListLifeInfoQuery = z.infer<typeof listLifeInfoQuery>;

export const h5LifeInfoQuery = pageQuery.extend({
  q: searchParam,
  category: category.optional(),
  /** One of the owner's projects; without it every project where the owner has a home. */
  projectId: idRef.optional(),
});
export type H5LifeInfoQuery = z.infer<typeof h5LifeInfoQuery>;

/** What an owner sees of an entry. */
export const lifeInfoPublicSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  category,
  name: z.string(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  openingHours: z.string().nullable(),
  note: z.string().nullable(),
  tags: z.array(z.string()),
});
export type LifeInfoPublicView = z.infer<typeof lifeInfoPublicSchema>;

export const lifeInfoSchema = lifeInfoPublicSchema.extend({
  published: z.boolean(),
  publishedAt: z.string().nullable(),
  sortOrder: z.number().int(),
  updatedAt: z.string(),
  updatedBy: z.object({ id: z.string(), name: z.string() }),
  version: z.number().int(),
  /** What the caller may do now: edit, publish or unpublish (none for readers). */
  allowedActions: z.array(z.enum(['edit', 'publish', 'unpublish'])),
});
export type LifeInfoView = z.infer<typeof lifeInfoSchema>;

export const lifeInfoPageSchema = pageOf(lifeInfoSchema);
export const lifeInfoPublicPageSchema = pageOf(lifeInfoPublicSchema);
