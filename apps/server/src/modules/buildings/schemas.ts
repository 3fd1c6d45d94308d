import { z } from 'zod';
import { codeField, listQuery, nameField, optionalText, refId, versionField } from '../org/schemas.js';

const stamps = { version: z.number().int(), createdAt: z.string(), updatedAt: z.string() };

export const buildingSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  name: z.string(),
  code: z.string(),
  floors: z.number().int().nullable(),
  ...stamps,
});
const floorsField = z.number().int().min(1).max(200).nullish();
export const buildingCreateBody = z.object({ name: nameField, code: codeField, floors: floorsField }).strict();
export const buildingPatchBody = z
  .object({ name: nameField, code: codeField, floors: floorsField, version: versionField })
  .partial()
  .strict();

/** Limits shared by the form and the Excel import. */
export const UNIT_LIMITS = { codeMax: 32, layoutMax: 50, floorMin: -20, floorMax: 300, areaMax: 100_000 } as const;

export const unitSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  buildingId: z.string(),
  buildingCode: z.string(),
  code: z.string(),
  floor: z.number().int().nullable(),
  areaM2: z.number().nullable(),
  layout: z.string().nullable(),
  ...stamps,
});
const unitFields = {
  buildingId: refId,
  code: z.string().trim().min(1).max(UNIT_LIMITS.codeMax),
  floor: z.number().int().min(UNIT_LIMITS.floorMin).max(UNIT_LIMITS.floorMax).nullish(),
  areaM2: z.number().positive().max(UNIT_LIMITS.areaMax).nullish(),
  layout: optionalText(UNIT_LIMITS.layoutMax),
};
export const unitCreateBody = z.object(unitFields).strict();
export const unitPatchBody = z
  .object({ ...unitFields, version: versionField })
  .partial()
  .strict();
export const unitListQuery = listQuery.extend({ buildingId: refId.optional() });

export const unitImportResult = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  /** Rows that matched an existing unit with nothing to change. */
  unchanged: z.number().int(),
});
