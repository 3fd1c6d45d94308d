import { z } from 'zod';
import { WORK_ORDER_KINDS, WORK_ORDER_STATUSES } from '@guanjia/domain';
import type { VisitType } from '@guanjia/domain/reception/index';
import { dateField, idRef } from '../reception/schemas.js';

/** Asia/Shanghai business dates; both default (the last 7 days up to today). */
export const dashboardQuery = z.object({ salesCenterId: idRef, from: dateField.optional(), to: dateField.optional() });
export type DashboardQuery = z.infer<typeof dashboardQuery>;

const count = z.number().int().min(0);
const person = z.object({ id: z.string(), name: z.string() });

export const visitTypeCounts = z.object({ appointment: count, walkIn: count, viewingGroup: count, vip: count } satisfies Record<VisitType, typeof count>);
export type VisitTypeCounts = z.infer<typeof visitTypeCounts>;

/** The figures of one day, and of the whole range (totals). */
export const visitFiguresSchema = z.object({
  /** Visits that arrived (were checked in), whatever happened next. */
  visitors: count,
  /** People in those visits (a viewing group counts its party). */
  people: count,
  /** Arrived visits by type. */
  byType: visitTypeCounts,
  walkIns: count,
  appointments: count,
  /** Appointments whose day passed without the visitor. */
  noShows: count,
  /** Visitors a consultant came out to: the visits the average wait is taken over. */
  received: count,
  /** Check-in → consultant came out, over the received visits; null when there were none. */
  averageWaitSeconds: z.number().int().min(0).nullable(),
  alertsRaised: count,
  /** Alerts a butler handled (engaged the visitor, called the consultant again), not those that closed by themselves. */
  alertsHandled: count,
  /** Seen-off visits whose accompaniment was complete, out of `departed`. */
  accompanimentComplete: count,
  departed: count,
});
export type VisitFigures = z.infer<typeof visitFiguresSchema>;

export const dayFiguresSchema = visitFiguresSchema.extend({ date: z.string() });
export type DayFigures = z.infer<typeof dayFiguresSchema>;

export const consultantFiguresSchema = z.object({
  consultant: person,
  /** Days of the range on the duty roster (rotation), 0 for a consultant only named by visitors. */
  daysOnDuty: count,
  visitors: count,
  walkIns: count,
  received: count,
  averageWaitSeconds: z.number().int().min(0).nullable(),
  /** Alerts raised because this consultant did not come out in time. */
  alerts: count,
});
export type ConsultantFigures = z.infer<typeof consultantFiguresSchema>;

export const complaintItemSchema = z.object({
  id: z.string(),
  number: z.string(),
  kind: z.enum(WORK_ORDER_KINDS),
  title: z.string(),
  status: z.enum(WORK_ORDER_STATUSES),
  replyBy: z.string().nullable(),
  overdue: z.boolean(),
  createdAt: z.string(),
  accountable: person.nullable(),
});
export type ComplaintItem = z.infer<typeof complaintItemSchema>;

export const complaintFiguresSchema = z.object({
  /** Complaints, questions and suggestions raised at this sales center and not closed or cancelled, now. */
  open: count,
  /** Of the open ones, those whose agreed reply-by date has passed unanswered. */
  overdue: count,
  /** Answered within the range by the agreed date, or with no date agreed. */
  answeredOnTime: count,
  /** Answered within the range after the agreed date. */
  answeredLate: count,
  /** Settled on the spot (现场解决) within the range. */
  settledOnSpot: count,
  /** The open ones, overdue and soonest due first (at most 20); null for a role that does not see work orders. */
  items: z.array(complaintItemSchema).nullable(),
});
export type ComplaintFigures = z.infer<typeof complaintFiguresSchema>;

export const dashboardSchema = z.object({
  salesCenter: z.object({ id: z.string(), name: z.string(), projectId: z.string() }),
  from: z.string(),
  to: z.string(),
  today: z.string(),
  days: z.array(dayFiguresSchema),
  consultants: z.array(consultantFiguresSchema),
  totals: visitFiguresSchema,
  complaints: complaintFiguresSchema,
  /** Today's opening check of this sales center; null for a role that does not read daily checks. */
  dailyCheck: z.object({ date: z.string(), state: z.enum(['notStarted', 'inProgress', 'completed']), checkId: z.string().nullable() }).nullable(),
  /** The project's liaison forms past their due date and not taken back; null for a role that does not read them. */
  liaisonForms: z.object({ overdue: count }).nullable(),
});
export type DashboardView = z.infer<typeof dashboardSchema>;
