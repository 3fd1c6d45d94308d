import { z } from 'zod';

/** Years the calendar accepts; the bundled data starts in 2004. */
export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;
export const MAX_LEAD_WORKING_DAYS = 30;

const yearField = z.coerce.number().int().min(YEAR_MIN).max(YEAR_MAX);
const dateField = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'field.invalidFormat');
const dayName = z.string().trim().min(1).max(50);
const kindField = z.enum(['off', 'work']);

export const earliestServiceDateQuery = z.object({
  requestedAt: z.iso.datetime({ offset: true }),
  leadWorkingDays: z.coerce.number().int().min(0).max(MAX_LEAD_WORKING_DAYS),
});
export type EarliestServiceDateQuery = z.infer<typeof earliestServiceDateQuery>;

export const earliestServiceDateSchema = z.object({ date: z.string(), calendarComplete: z.boolean() });

export const calendarDaysQuery = z.object({ year: yearField });
export const yearParams = z.object({ year: yearField });
export const dateParams = z.object({ date: dateField });

export const calendarDaySchema = z.object({ date: z.string(), kind: kindField, name: z.string() });
export type CalendarDayView = z.infer<typeof calendarDaySchema>;

export const calendarYearSchema = z.object({
  year: z.number().int(),
  complete: z.boolean(),
  /** 'seed', 'import' or 'manual'; null when the year has no official data. */
  source: z.string().nullable(),
  updatedAt: z.string().nullable(),
  days: z.array(calendarDaySchema),
});
export type CalendarYearView = z.infer<typeof calendarYearSchema>;

/**
 * The holiday-cn format (github.com/NateScarlet/holiday-cn): extra keys such as $schema and papers
 * are ignored. isOffDay false marks a make-up workday.
 */
export const importYearBody = z.object({
  year: z.number().int().min(YEAR_MIN).max(YEAR_MAX),
  days: z
    .array(z.object({ name: dayName, date: dateField, isOffDay: z.boolean() }))
    .min(1)
    .max(366),
});
export type ImportYearBody = z.infer<typeof importYearBody>;

export const putDayBody = z.object({ kind: kindField, name: dayName }).strict();
export type PutDayBody = z.infer<typeof putDayBody>;
