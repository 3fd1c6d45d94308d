import { z } from 'zod';

const idRef = z.string().min(1).max(64);
const hhmm = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/);

export const serviceHoursSchema = z.object({
  start: z.string(),
  end: z.string(),
  days: z.array(z.number().int()),
});

export const serviceItemSchema = z.object({
  id: z.string(),
  categoryNumber: z.number().int(),
  number: z.number().int(),
  name: z.string(),
  note: z.string().nullable(),
  leadWorkingDays: z.number().int(),
  enabled: z.boolean(),
  priceMode: z.enum(['free', 'fixed', 'quoted']),
  priceFen: z.number().int().nullable(),
  unit: z.string().nullable(),
  handlerDepartmentId: z.string().nullable(),
  handlerVendorId: z.string().nullable(),
  serviceHours: serviceHoursSchema,
  slaAcceptMinutes: z.number().int(),
  slaCompleteMinutes: z.number().int(),
  slaBasis: z.enum(['clock', 'working']),
  returnVisitRequired: z.boolean(),
  bookable: z.boolean(),
  repairable: z.boolean(),
  origin: z.enum(['seed', 'custom']),
  version: z.number().int(),
});
export type ServiceItemView = z.infer<typeof serviceItemSchema>;

export const serviceCatalogSchema = z.object({
  projectId: z.string(),
  categories: z.array(z.object({ number: z.number().int(), name: z.string(), items: z.array(serviceItemSchema) })),
});
export type ServiceCatalogView = z.infer<typeof serviceCatalogSchema>;

export const serviceCatalogQuery = z.object({
  projectId: idRef,
  enabledOnly: z.enum(['true', 'false']).optional().transform((v) => v === 'true'),
});
export type ServiceCatalogQuery = z.infer<typeof serviceCatalogQuery>;

export const serviceItemParams = z.object({ id: idRef });

/** Day order and start < end are checked after the shape, so each bad part is named on its own. */
const serviceHoursField = z
  .object({
    start: hhmm,
    end: hhmm,
    days: z.array(z.number().int().min(1).max(7)).min(1).max(7),
  })
  .strict()
  .refine((h) => h.start < h.end, { message: 'serviceCatalog.field.hoursOrder', path: ['end'] })
  .refine((h) => new Set(h.days).size === h.days.length, { message: 'serviceCatalog.field.duplicateDays', path: ['days'] });

const minutesField = z.number().int().min(1).max(60 * 24 * 90);

/** The fields an administrator sets on an item, shared by PATCH and POST. */
const editableFields = {
  enabled: z.boolean(),
  priceMode: z.enum(['free', 'fixed', 'quoted']),
  priceFen: z.number().int().min(1).max(100_000_000).nullable(),
  unit: z.string().trim().max(20).nullable(),
  handlerDepartmentId: idRef.nullable(),
  handlerVendorId: idRef.nullable(),
  leadWorkingDays: z.number().int().min(0).max(30),
  serviceHours: serviceHoursField,
  slaAcceptMinutes: minutesField,
  slaCompleteMinutes: minutesField,
  slaBasis: z.enum(['clock', 'working']),
  returnVisitRequired: z.boolean(),
  bookable: z.boolean(),
  repairable: z.boolean(),
  name: z.string().trim().min(1).max(100),
  note: z.string().trim().max(500).nullable(),
};

const editable = z.object(editableFields);

export const updateServiceItemBody = editable
  .partial()
  .extend({ version: z.number().int().min(1).optional() })
  .strict();
export type UpdateServiceItemBody = z.infer<typeof updateServiceItemBody>;

export const createServiceItemBody = editable
  .partial()
  .extend({ projectId: idRef, categoryNumber: z.number().int().min(1).max(11), name: editableFields.name })
  .strict();
export type CreateServiceItemBody = z.infer<typeof createServiceItemBody>;
