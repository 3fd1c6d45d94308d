import { z } from 'zod';
import { DRILL_KINDS } from '@guanjia/domain/etiquette-drills/drill-timetable';
import { dateField } from '../daily-checks/schemas.js';

const idRef = z.string().min(1).max(64);
const version = z.number().int().min(1).optional();
const person = z.object({ id: z.string(), name: z.string() });
// Dates and times are checked by the domain's peakPeriodProblem, so a bad one is a 422 naming the field.
const periodDate = z.string().max(10);
const periodTime = z.string().max(5);

export const SLOT_STATUSES = ['upcoming', 'due', 'done', 'missed'] as const;
export const hhmmField = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'field.invalidFormat');

export const idParams = z.object({ id: idRef });
export const centerQuery = z.object({ salesCenterId: idRef });
export const timetableQuery = z.object({ salesCenterId: idRef, date: dateField.optional() });
export const rangeQuery = z.object({ salesCenterId: idRef, from: dateField, to: dateField });
export const missedQuery = z.object({ projectId: idRef, from: dateField, to: dateField });

// ---- bodies

export const peakPeriodBody = z
  .object({
    salesCenterId: idRef,
    startDate: periodDate,
    endDate: periodDate,
    startTime: periodTime,
    endTime: periodTime,
    /** ISO weekdays (1 = Monday … 7 = Sunday); empty or absent: every day. */
    weekdays: z.array(z.number()).max(7).optional(),
  })
  .strict();
export type PeakPeriodBody = z.infer<typeof peakPeriodBody>;

export const updatePeakPeriodBody = peakPeriodBody.omit({ salesCenterId: true }).partial().extend({ version }).strict();
export type UpdatePeakPeriodBody = z.infer<typeof updatePeakPeriodBody>;

export const removePeakPeriodQuery = z.object({ version: z.coerce.number().int().min(1).optional() });

export const setRotationBody = z.object({ salesCenterId: idRef, kinds: z.array(z.string().max(40)).max(24), version }).strict();
export type SetRotationBody = z.infer<typeof setRotationBody>;

export const recordDrillBody = z
  .object({
    salesCenterId: idRef,
    date: dateField,
    /** The slot's start, HH:MM. */
    start: hhmmField,
    performerIds: z.array(idRef).min(1).max(30),
    photoId: idRef,
    note: z.string().trim().max(500).optional(),
  })
  .strict();
export type RecordDrillBody = z.infer<typeof recordDrillBody>;

// ---- views

const kind = z.enum(DRILL_KINDS);

export const peakPeriodSchema = z.object({
  id: z.string(),
  salesCenterId: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  weekdays: z.array(z.number().int()),
  /** Covers today (Shanghai). */
  current: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type PeakPeriodView = z.infer<typeof peakPeriodSchema>;

export const rotationSchema = z.object({
  kinds: z.array(kind),
  /** True while the sales center uses the default order (nothing saved yet). */
  isDefault: z.boolean(),
  /** 0 while nothing is saved. */
  version: z.number().int(),
});

export const settingsSchema = z.object({
  salesCenter: z.object({ id: z.string(), name: z.string(), projectId: z.string() }),
  today: z.string(),
  periods: z.array(peakPeriodSchema),
  rotation: rotationSchema,
  allowedActions: z.array(z.enum(['edit'])),
});
export type DrillSettingsView = z.infer<typeof settingsSchema>;

export const drillRecordSchema = z.object({
  id: z.string(),
  performers: z.array(person),
  photoUrl: z.string().nullable(),
  note: z.string().nullable(),
  recordedBy: person.nullable(),
  recordedAt: z.string(),
});

export const slotSchema = z.object({
  date: z.string(),
  start: z.string(),
  end: z.string(),
  kind,
  status: z.enum(SLOT_STATUSES),
  record: drillRecordSchema.nullable(),
  /** When the hourly job flagged it missed (and told the manager); null otherwise. */
  flaggedAt: z.string().nullable(),
  allowedActions: z.array(z.enum(['record'])),
});
export type SlotView = z.infer<typeof slotSchema>;

export const timetableSchema = z.object({
  salesCenter: z.object({ id: z.string(), name: z.string(), projectId: z.string() }),
  date: z.string(),
  today: z.string(),
  now: z.string(),
  slots: z.array(slotSchema),
  counts: z.object({ upcoming: z.number().int(), due: z.number().int(), done: z.number().int(), missed: z.number().int() }),
  /** Staff of the project who may be named as performers; empty for a caller who cannot record. */
  performerOptions: z.array(person),
});
export type TimetableView = z.infer<typeof timetableSchema>;

export const historySchema = z.object({
  salesCenter: z.object({ id: z.string(), name: z.string(), projectId: z.string() }),
  days: z.array(z.object({ date: z.string(), slots: z.array(slotSchema), counts: timetableSchema.shape.counts })),
});
export type HistoryView = z.infer<typeof historySchema>;

export const missedListSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      salesCenter: z.object({ id: z.string(), name: z.string() }),
      date: z.string(),
      start: z.string(),
      end: z.string(),
      kind,
      flaggedAt: z.string(),
      notified: z.array(person),
    }),
  ),
});
export type MissedListView = z.infer<typeof missedListSchema>;
