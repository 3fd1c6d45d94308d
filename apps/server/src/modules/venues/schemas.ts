import { z } from 'zod';
import { WORK_ORDER_STATUSES } from '@guanjia/domain';
import { hhmmToMinutes, MAX_SLOT_MINUTES, MIN_SLOT_MINUTES } from '@guanjia/domain/venues/venue-slots';
import { nameField } from '../staff/schemas.js';

const idRef = z.string().min(1).max(64);
const timeField = z.string().refine((v) => !Number.isNaN(hhmmToMinutes(v)), { message: 'venue.field.timeFormat' });
const dateField = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
  }, { message: 'field.invalidFormat' });

export const venueSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  name: z.string(),
  openTime: z.string(),
  closeTime: z.string(),
  slotMinutes: z.number().int(),
  capacity: z.number().int(),
  enabled: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type VenueView = z.infer<typeof venueSchema>;

export const venueParams = z.object({ id: idRef });
export const listVenuesQuery = z.object({ projectId: idRef });

export const createVenueBody = z
  .object({
    projectId: idRef,
    name: nameField,
    openTime: timeField,
    closeTime: timeField,
    slotMinutes: z.number().int().min(MIN_SLOT_MINUTES).max(MAX_SLOT_MINUTES),
    capacity: z.number().int().min(1).max(10_000),
    enabled: z.boolean().default(true),
  })
  .strict();
export type CreateVenueBody = z.infer<typeof createVenueBody>;

export const updateVenueBody = z
  .object({
    name: nameField.optional(),
    openTime: timeField.optional(),
    closeTime: timeField.optional(),
    slotMinutes: z.number().int().min(MIN_SLOT_MINUTES).max(MAX_SLOT_MINUTES).optional(),
    capacity: z.number().int().min(1).max(10_000).optional(),
    enabled: z.boolean().optional(),
    version: z.number().int().min(1).optional(),
  })
  .strict();
export type UpdateVenueBody = z.infer<typeof updateVenueBody>;

export const slotsQuery = z.object({ date: dateField });

/** Staff see who holds a slot; an owner sees only that it is taken, or that it is their own booking. */
export const slotBookingSchema = z.object({
  id: z.string(),
  mine: z.boolean(),
  workOrderId: z.string().optional(),
  workOrderNumber: z.string().optional(),
  householdId: z.string().nullable().optional(),
  householdLabel: z.string().nullable().optional(),
  partySize: z.number().int().optional(),
});

export const slotsSchema = z.object({
  venueId: z.string(),
  date: z.string(),
  /** The first date the lead time of 会所场地预定 allows for a request made now. */
  earliestDate: z.string(),
  /** False when the calendar year has no official data and Monday–Friday was assumed. */
  calendarComplete: z.boolean(),
  slots: z.array(
    z.object({
      start: z.string(),
      end: z.string(),
      status: z.enum(['free', 'booked', 'past', 'closed', 'tooEarly']),
      booking: slotBookingSchema.optional(),
    }),
  ),
});
export type SlotsView = z.infer<typeof slotsSchema>;

export const bookVenueBody = z
  .object({
    date: dateField,
    start: timeField,
    partySize: z.number().int().min(1).max(10_000),
    householdId: idRef.optional(),
    note: z.string().trim().max(500).optional(),
    leadOverrideReason: z.string().trim().min(1).max(500).optional(),
  })
  .strict();
export type BookVenueBody = z.infer<typeof bookVenueBody>;

export const bookingSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  venueId: z.string(),
  workOrderId: z.string(),
  date: z.string(),
  start: z.string(),
  end: z.string(),
  partySize: z.number().int(),
  householdId: z.string().nullable(),
  status: z.enum(['active', 'cancelled']),
  note: z.string().nullable(),
  createdAt: z.string(),
  cancelledAt: z.string().nullable(),
});
export type BookingView = z.infer<typeof bookingSchema>;

export const bookingResultSchema = z.object({
  booking: bookingSchema,
  workOrder: z.object({ id: z.string(), number: z.string(), status: z.enum(WORK_ORDER_STATUSES) }),
});

export const cancelBookingBody = z.object({ reason: z.string().trim().max(500).optional() }).strict();
export type CancelBookingBody = z.infer<typeof cancelBookingBody>;
